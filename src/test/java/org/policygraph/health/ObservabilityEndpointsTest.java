package org.policygraph.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The endpoints the Kubernetes manifests rely on: the three probes and the Prometheus scrape. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ObservabilityEndpointsTest {

    @Test
    void startupAndLivenessProbesAnswerUp() {
        given().when().get("/q/health/started")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsIncludeJvmAndGraphqlRequests() {
        given().contentType("application/json").body("{\"query\":\"{__typename}\"}")
                .when().post("/graphql")
                .then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/graphql\""));
    }
}
