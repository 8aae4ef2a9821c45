package org.policygraph.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.policygraph.graph.SchemaMigrations;
import org.policygraph.support.ControllableNeo4jTestResource;
import org.policygraph.support.Credentials;
import org.policygraph.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * What each probe says when Neo4j is partly or wholly lost (docs/operations.md, "Health"), against a real server:
 * <ul>
 * <li>no writer (a cluster electing a leader; here the database refuses writes): readiness and liveness stay UP,
 * queries are answered, changes answer DATABASE_UNAVAILABLE and write nothing;</li>
 * <li>a full outage: readiness DOWN (the pod leaves the Service), liveness UP (no restart), queries answer
 * DATABASE_UNAVAILABLE at once.</li>
 * </ul>
 * Ordered: the outage is last, it stops this class's own Neo4j.
 */
@QuarkusTest
@TestProfile(ReadinessUnderNeo4jLossTest.OwnNeo4j.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessUnderNeo4jLossTest {

    public static class OwnNeo4j implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ControllableNeo4jTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    static final String ALIAS = "mutation { addDepartmentAlias(department: \"市经济和信息化委\", alias: \"只读期间的经信委\") { added } }";

    @Test
    @Order(1)
    void readinessIsTheServicesOwnReadAndSchemaChecksNotTheExtensionsWriteSessionCheck() {
        String expected = SchemaMigrations.expected().get(SchemaMigrations.expected().size() - 1).label();
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("neo4j-read"))
                .body("checks.name", hasItem("graph-schema"))
                .body("checks.name", not(hasItem("Neo4j connection health check")))
                .body("checks.find { it.name == 'neo4j-read' }.data.accessMode", equalTo("READ"))
                .body("checks.find { it.name == 'graph-schema' }.data.expected", equalTo(expected))
                .body("checks.find { it.name == 'graph-schema' }.data.state", containsString("schema at " + expected));
    }

    @Test
    @Order(2)
    void withoutAWriterReadinessStaysUpQueriesAreAnsweredAndChangesAnswerDatabaseUnavailable() {
        long before = ControllableNeo4jTestResource.graphSize();
        ControllableNeo4jTestResource.readOnly(true);
        try {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            GraphQL.post("{ documents { id } }")
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.documents[0].id", notNullValue());
            given().contentType(ContentType.JSON).accept(ContentType.JSON)
                    .header("Authorization", "Bearer " + Credentials.editorToken("alice"))
                    .body(Map.of("query", ALIAS))
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));
        } finally {
            ControllableNeo4jTestResource.readOnly(false);
        }
        assertThat(ControllableNeo4jTestResource.graphSize()).as("nothing written while read-only").isEqualTo(before);
    }

    @Test
    @Order(3)
    void inAFullOutageReadinessGoesDownLivenessStaysUpAndQueriesFailFast() {
        ControllableNeo4jTestResource.stopNeo4j();
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'neo4j-read' }.status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        GraphQL.post("{ documents { id } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"));
        // Once a read has failed, reads (and the readiness read) fail fast without waiting on the driver.
        long start = System.nanoTime();
        given().when().get("/q/health/ready").then().statusCode(503);
        assertThat((System.nanoTime() - start) / 1_000_000).as("readiness answer, ms").isLessThan(1000);
    }
}
