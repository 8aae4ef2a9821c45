package org.policygraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With Neo4j unreachable the service still starts, and says so: readiness DOWN, liveness UP. */
@QuarkusTest
@TestProfile(ReadinessWithoutNeo4jTest.UnreachableNeo4j.class)
class ReadinessWithoutNeo4jTest {

    public static class UnreachableNeo4j implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.neo4j.uri", "bolt://127.0.0.1:" + unusedPort(),
                    "policy-graph.seed.on-start", "true");
        }

        private static int unusedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void readinessIsDownWhenNeo4jIsUnreachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"));
    }

    @Test
    void queriesAnswerDatabaseUnavailableWithoutLeakingDriverDetails() {
        org.policygraph.support.GraphQL.post("{ documents { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"))
                .body("errors[0].message", equalTo("The graph database is unavailable; try again shortly."));
    }

    @Test
    void livenessStaysUpSoKubernetesDoesNotRestartAHealthyPod() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
