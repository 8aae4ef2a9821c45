package org.policygraph.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness "neo4j-read": UP while a read transaction gets an answer. Replaces the Neo4j extension's check
 * ({@code quarkus.neo4j.health.enabled=false}), which runs in a write session and so needs a cluster leader: during
 * an election it took every pod out of the Service although followers could still answer every query.
 */
@Readiness
@ApplicationScoped
public class Neo4jReadCheck implements HealthCheck {

    @Inject
    GraphReadiness readiness;

    @Override
    public HealthCheckResponse call() {
        GraphReadiness.Answer answer = readiness.readSchemaRecords();
        var response = HealthCheckResponse.named("neo4j-read").status(answer.answered())
                .withData("accessMode", "READ");
        if (!answer.answered()) {
            response.withData("reason", answer.failure());
        }
        return response.build();
    }
}
