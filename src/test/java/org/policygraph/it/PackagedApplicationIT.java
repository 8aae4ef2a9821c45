package org.policygraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * The packaged application (the JVM jar that `./mvnw verify` builds; the native executable with -Dnative),
 * started as a separate process against a real Neo4j: it seeds the graph, answers GraphQL and reports health.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(Neo4jTestResource.class)
class PackagedApplicationIT {

    @Test
    void seedsTheGraphAndAnswersTheCommerceBureauQuestion() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ department(name: \"商务局\") { name leads { totalCount } } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.department.name", equalTo("市商务局"))
                .body("data.department.leads.totalCount", equalTo(12));
    }

    @Test
    void readinessIncludesNeo4jAndTheSeed() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'graph-seed' }.data.state", equalTo("LOADED"));
    }

    @Test
    void limitsAndErrorCodesWorkInThePackagedApplication() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ measures(first: 101) { totalCount } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ nosuch }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void metricsIncludeGraphQLOperationTimings() {
        // Timed per operation by the GraphQL engine: a directive keeps this one off the engine-free path, which
        // http_server_requests times instead (docs/operations.md).
        given().contentType(ContentType.JSON).body(Map.of("query", "{ documents @include(if: true) { id } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue());
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("mp_graphql"));
    }
}
