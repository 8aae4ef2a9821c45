package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * After reads found Neo4j unreachable they fail fast with DATABASE_UNAVAILABLE, and resume by themselves as soon as
 * the availability probe gets an answer: no restart, no request needed.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class GraphAvailabilityRecoveryTest {

    @Inject
    GraphAvailability availability;

    @Test
    void readsFailFastWhileMarkedUnreachableAndResumeOnceTheProbeGetsAnAnswer() throws InterruptedException {
        GraphQL.post("{ documents { id } }").statusCode(200).body("errors", nullValue());

        // Until the probe's first answer (it waits 200 ms before asking) reads do not reach Neo4j. A request that
        // outlasts those 200 ms (the first through a cold engine path) may find the gate open again and be answered;
        // then the gate is closed once more and the request repeated.
        String code = null;
        for (int attempt = 0; attempt < 5 && !"DATABASE_UNAVAILABLE".equals(code); attempt++) {
            availability.unreachable(new IllegalStateException("simulated: connection refused"));
            code = GraphQL.post("{ documents { id } }").statusCode(200).extract().path("errors[0].extensions.code");
            if (code == null) {
                assertThat(availability.available()).as("answered only once the probe had reopened the gate").isTrue();
            }
            awaitAvailable();
        }
        assertThat(code).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(availability.available()).as("probe got an answer within 5 s").isTrue();
        GraphQL.post("{ documents { id } }").statusCode(200).body("errors", nullValue())
                .body("data.documents.size()", equalTo(4));
    }

    private void awaitAvailable() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!availability.available() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
