package org.policygraph.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.policygraph.graph.SchemaMigrations;

/**
 * Readiness "graph-schema": UP once every migration this code expects is recorded in the graph with its file's
 * checksum (graph.SchemaMigrations). A new release's pods therefore stay out of the Service until its migrate Job has
 * run, while the old pods keep serving (migrations only add: a newer schema is fine for older code). A verified
 * schema is trusted for {@link #RECHECK}, then read again.
 */
@Readiness
@ApplicationScoped
public class GraphSchemaCheck implements HealthCheck {

    static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    GraphReadiness readiness;

    private final AtomicLong verifiedAt = new AtomicLong();
    private volatile String verified = "";

    @Override
    public HealthCheckResponse call() {
        var expected = SchemaMigrations.expected();
        var response = HealthCheckResponse.named("graph-schema")
                .withData("expected", expected.get(expected.size() - 1).label());
        long at = verifiedAt.get();
        if (at != 0 && System.nanoTime() - at < RECHECK.toNanos()) {
            return response.up().withData("state", verified).build();
        }
        GraphReadiness.Answer answer = readiness.readSchemaRecords();
        if (!answer.answered()) {
            return response.down().withData("state", "unknown: the migration records could not be read ("
                    + answer.failure() + ")").build();
        }
        SchemaMigrations.Verification verification = SchemaMigrations.verify(SchemaMigrations.applied(answer.records()));
        if (verification.current()) {
            verified = verification.toString();
            verifiedAt.set(System.nanoTime());
        }
        return response.status(verification.current()).withData("state", verification.toString()).build();
    }
}
