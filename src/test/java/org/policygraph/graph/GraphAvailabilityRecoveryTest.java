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

        availability.unreachable(new IllegalStateException("simulated: connection refused"));
        // Until the probe's first answer (it waits 200 ms before asking) reads do not reach Neo4j.
        GraphQL.post("{ documents { id } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!availability.available() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(availability.available()).as("probe got an answer within 5 s").isTrue();
        GraphQL.post("{ documents { id } }").statusCode(200).body("errors", nullValue())
                .body("data.documents.size()", equalTo(4));
    }
}
