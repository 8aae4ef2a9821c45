package org.policygraph.health;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.GraphReads;

/**
 * The one read both readiness checks make: the recorded schema migrations, through {@link GraphReads} — the same
 * read-access session (followers on a cluster), timeout and fail-fast gate as every GraphQL query. So readiness
 * follows the service's own ability to read: a leader election (no writer) leaves it UP, a Neo4j no reader can
 * answer for takes it DOWN. Bounded by {@value #TIMEOUT_MS} ms, inside the probe's timeoutSeconds (3).
 */
@ApplicationScoped
public class GraphReadiness {

    static final long TIMEOUT_MS = 2000;

    @Inject
    GraphReads reads;

    /** The migration records, or the reason they could not be read. */
    public record Answer(List<Record> records, String failure) {
        boolean answered() {
            return failure == null;
        }
    }

    public Answer readSchemaRecords() {
        try {
            return new Answer(reads.runAsync(Cypher.statement("migration/applied"), Map.of()).toCompletableFuture()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(List.of(), "interrupted");
        } catch (TimeoutException e) {
            return new Answer(List.of(), "no answer within " + TIMEOUT_MS + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null && e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            return new Answer(List.of(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (RuntimeException e) {
            return new Answer(List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
