package org.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs read statements in read transactions: managed (retried on transient failures) and routed to
 * followers on a cluster. Counts the statements it runs, so tests and benchmarks can see how many
 * round trips a GraphQL request costs.
 */
@ApplicationScoped
public class GraphReads {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final AtomicLong statementsRun = new AtomicLong();

    @Inject
    Driver driver;

    /**
     * Runs a statement read from a Cypher resource (or filled from a template by {@link CypherTemplate}); values
     * are always parameters.
     */
    public List<Record> run(String statement, Map<String, Object> parameters) {
        statementsRun.incrementAndGet();
        try {
            return driver.executableQuery(statement)
                    .withParameters(parameters)
                    .withConfig(READ)
                    .execute()
                    .records();
        } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException
                | TransientException e) {
            throw new GraphUnavailableException(e);
        }
    }

    /** Statements run since start-up. */
    public long statementsRun() {
        return statementsRun.get();
    }
}
