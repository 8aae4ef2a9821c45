package org.policygraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.policygraph.config.PolicyGraphConfig;

import io.vertx.core.Vertx;

/**
 * Runs read statements, each as the auto-commit transaction of a read-access session: routed to followers (readers)
 * on a cluster like any read transaction, without the BEGIN and COMMIT messages around it (one exchange instead of
 * two: a read of one statement has nothing to commit). Counts the statements it runs, so tests and benchmarks
 * can see how many round trips a GraphQL request costs.
 *
 * <p><b>Fail fast.</b> When Neo4j is gone, stopping or not answering, a request gets DATABASE_UNAVAILABLE within the
 * budget, never a long wait:
 * <ul>
 * <li>a read is one attempt, not the driver's managed retry loop (which backs off for
 * {@code max-transaction-retry-time} and then some: 1 + 2 + 4 s ≈ 7 s for 5 s);</li>
 * <li>a read waits at most {@code policy-graph.graph.read-timeout} for its answer — a Neo4j that is shutting down
 * keeps open connections silent for seconds, a frozen one forever, and the driver has no read timeout of its
 * own;</li>
 * <li>after a read found Neo4j unreachable, silent (no answer to any read within the read timeout: a slow read
 * while others answer fails alone) or saying that its database is unavailable (what a stopping or
 * starting Neo4j answers, after holding the transaction for about 3 s), reads fail without touching the driver
 * until {@link GraphAvailability}'s probe gets an answer again.</li>
 * </ul>
 * This matters more than it seems because SmallRye GraphQL (Quarkus 3.34) runs blocking fetchers one at a time per
 * event loop: every read that waits delays all requests queued behind it, so a 7 s wait per read became client
 * time-outs under load (bench/fault.sh, docs/reliability.md). Clients retry; readiness is DOWN meanwhile.
 */
@ApplicationScoped
public class GraphReads {

    /** What a Neo4j that is stopping or starting answers (after holding the transaction for about 3 s). */
    static final String DATABASE_UNAVAILABLE = "Neo.TransientError.General.DatabaseUnavailable";

    private static final String REQUEST_MET_UNAVAILABLE = GraphReads.class.getName() + ".unavailable";

    private final AtomicLong statementsRun = new AtomicLong();

    @Inject
    Driver driver;

    @Inject
    GraphAvailability availability;

    /** The longest a read may wait for Neo4j's answer; below the 5 s request budget (connection-acquisition-timeout). */
    Duration readTimeout;

    @Inject
    void configure(PolicyGraphConfig config) {
        readTimeout = config.graph().readTimeout();
    }

    private volatile SessionConfig readSession;

    /**
     * Runs a statement read from a Cypher resource (or filled from a template by {@link CypherTemplate}); values
     * are always parameters.
     */
    public List<Record> run(String statement, Map<String, Object> parameters) {
        try {
            return runAsync(statement, parameters).toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphUnavailableException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@link #run} without blocking a thread: completes with the records, or exceptionally with
     * {@link GraphUnavailableException} (unreachable, unwilling or silent beyond the read timeout) or the driver's error.
     */
    public CompletionStage<List<Record>> runAsync(String statement, Map<String, Object> parameters) {
        io.vertx.core.Context request = Vertx.currentContext();
        if (request != null && request.getLocal(REQUEST_MET_UNAVAILABLE) != null) {
            return CompletableFuture.failedFuture(new GraphUnavailableException());
        }
        long arrived = System.nanoTime();
        return availability.admission(readTimeout).thenCompose(admission -> {
            if (admission == GraphAvailability.Admission.REFUSED) {
                return CompletableFuture.failedFuture(new GraphUnavailableException());
            }
            // Time spent waiting for a place while Neo4j warms up counts against the read's own timeout.
            long left = readTimeout.toNanos() - (System.nanoTime() - arrived);
            return read(statement, parameters, admission, Math.max(left, 0));
        });
    }

    private CompletableFuture<List<Record>> read(String statement, Map<String, Object> parameters,
            GraphAvailability.Admission admission, long timeoutNanos) {
        statementsRun.incrementAndGet();
        AsyncSession session;
        CompletableFuture<List<Record>> read;
        try {
            session = driver.session(AsyncSession.class, readSession());
            read = session.runAsync(statement, parameters).thenCompose(ResultCursor::listAsync).toCompletableFuture();
        } catch (RuntimeException e) {
            availability.done(admission, false);
            return CompletableFuture.failedFuture(unavailableOrAsIs(e));
        }
        return read
                .orTimeout(timeoutNanos, TimeUnit.NANOSECONDS)
                .handle((records, error) -> {
                    session.closeAsync();
                    availability.done(admission, error == null);
                    if (error == null) {
                        return records;
                    }
                    Throwable cause = cause(error);
                    if (cause instanceof TimeoutException) {
                        availability.noAnswerWithin(readTimeout, new ServiceUnavailableException(
                                "no answer within policy-graph.graph.read-timeout (" + readTimeout.toMillis() + " ms)"));
                        throw new GraphUnavailableException(cause);
                    }
                    throw unavailableOrAsIs(cause);
                });
    }

    /**
     * After a read of the current request (its Vert.x duplicated context) found Neo4j unavailable, the request's
     * further reads fail at once: a request spends the read timeout once, not once per attempt — the engine answers
     * a request the compiled path could not (api.http), and a second wait there took it past the 5 s budget (fault
     * run: 8.8 s). No-op off a Vert.x context or for other errors.
     */
    public static void failFastForThisRequest(Throwable error) {
        Throwable cause = cause(error);
        io.vertx.core.Context request = Vertx.currentContext();
        if (cause instanceof GraphUnavailableException && request != null) {
            request.putLocal(REQUEST_MET_UNAVAILABLE, Boolean.TRUE);
        }
    }

    /** The error a stage failed with, unwrapped from the {@link CompletionException} that composed stages add. */
    public static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Statements run since start-up. */
    public long statementsRun() {
        return statementsRun.get();
    }

    /** The driver's error as the API sees it: DATABASE_UNAVAILABLE for an unreachable or unwilling Neo4j. */
    RuntimeException unavailableOrAsIs(Throwable error) {
        Throwable cause = cause(error);
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof TransientException stopping && DATABASE_UNAVAILABLE.equals(stopping.code())) {
            availability.unreachable(cause);
            return new GraphUnavailableException(cause);
        }
        if (cause instanceof AuthenticationException || cause instanceof TransientException) {
            return new GraphUnavailableException(cause);
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
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
