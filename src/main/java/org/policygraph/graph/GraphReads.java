package org.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs read statements in read transactions (routed to followers on a cluster). Counts the statements it runs, so
 * tests and benchmarks can see how many round trips a GraphQL request costs.
 *
 * <p><b>Fail fast.</b> A read is one attempt, not the driver's managed retry loop: when Neo4j cannot be reached the
 * request gets DATABASE_UNAVAILABLE at once (a refused connection fails in milliseconds; a connection that cannot be
 * made at all is bounded by {@code quarkus.neo4j.pool.connection-acquisition-timeout}), and from then on reads fail
 * without touching the driver until {@link GraphAvailability}'s probe gets an answer again. The managed loop retried
 * with back-off for {@code max-transaction-retry-time} and then some (1 + 2 + 4 s ≈ 7 s for 5 s), and SmallRye
 * GraphQL runs blocking fetchers one at a time per event loop, so every waiting read delayed all requests queued
 * behind it: under load an outage became client time-outs instead of DATABASE_UNAVAILABLE answers (bench/fault.sh,
 * docs/reliability.md). Clients retry; readiness is DOWN meanwhile.
 */
@ApplicationScoped
public class GraphReads {

    private final AtomicLong statementsRun = new AtomicLong();

    @Inject
    Driver driver;

    @Inject
    GraphAvailability availability;

    private volatile SessionConfig readSession;

    /**
     * Runs a statement read from a Cypher resource (or filled from a template by {@link CypherTemplate}); values
     * are always parameters.
     */
    public List<Record> run(String statement, Map<String, Object> parameters) {
        if (!availability.available()) {
            throw new GraphUnavailableException();
        }
        statementsRun.incrementAndGet();
        try (Session session = driver.session(readSession());
                Transaction tx = session.beginTransaction()) {
            List<Record> records = tx.run(statement, parameters).list();
            tx.commit();
            return records;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            availability.unreachable(e);
            throw new GraphUnavailableException(e);
        } catch (AuthenticationException | TransientException e) {
            throw new GraphUnavailableException(e);
        }
    }

    /** Statements run since start-up. */
    public long statementsRun() {
        return statementsRun.get();
    }

    /** Read access (followers on a cluster), chained like the driver's executable queries (same bookmark manager). */
    private SessionConfig readSession() {
        SessionConfig config = readSession;
        if (config == null) {
            config = SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .withBookmarkManager(driver.executableQueryBookmarkManager())
                    .build();
            readSession = config;
        }
        return config;
    }
}
