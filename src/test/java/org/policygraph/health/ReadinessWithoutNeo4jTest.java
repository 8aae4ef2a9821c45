package org.policygraph.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
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

    /** The compiled path (api.resolve.CompiledQueries) hands a failed read to the engine, which reports it as usual. */
    @Test
    void compiledQueriesAnswerDatabaseUnavailableToo() {
        org.policygraph.support.GraphQL.post("{ document(id: \"003\") { title measures(first: 5) { nodes { id } } } }")
                .statusCode(200)
                .body("data.document", org.hamcrest.Matchers.nullValue())
                .body("errors[0].path[0]", equalTo("document"))
                .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));
        org.policygraph.support.GraphQL.post("{ search(text: \"服务外包\") { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    /** The budget a request may spend on an unreachable database (application.properties). */
    @ConfigProperty(name = "quarkus.neo4j.pool.connection-acquisition-timeout")
    Duration budget;

    /**
     * Fail fast, also under concurrency: 32 requests at once all answer DATABASE_UNAVAILABLE well inside the budget.
     * (With the driver's managed retry every read waited about 7 s, and SmallRye GraphQL runs blocking fetchers one at
     * a time per event loop, so 32 requests took over a minute. bench/fault.sh checks the same under 64 clients.)
     */
    @Test
    void readsFailFastWithinTheBudgetEvenWhenManyArriveAtOnce() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { id } measures(first: 5) { totalCount } }\"}"))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).join(); // warm-up, not timed
        List<CompletableFuture<Long>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            long start = System.nanoTime();
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> {
                        assertThat(response.statusCode()).isEqualTo(200);
                        assertThat(response.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"")
                                .doesNotContain("INTERNAL_SERVER_ERROR");
                        return (System.nanoTime() - start) / 1_000_000;
                    }));
        }
        long slowestMs = calls.stream().mapToLong(CompletableFuture::join).max().orElseThrow();
        assertThat(slowestMs).as("slowest of 32 concurrent requests, ms").isLessThan(budget.toMillis() / 2);
    }

    @Test
    void livenessStaysUpSoKubernetesDoesNotRestartAHealthyPod() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
