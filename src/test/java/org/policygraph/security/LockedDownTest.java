package org.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Credentials;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** What an operator can switch off in production by configuration: anonymous reads, introspection, the GraphQL UI. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
@TestProfile(LockedDownTest.LockedDown.class)
class LockedDownTest {

    public static class LockedDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "policy-graph.security.anonymous-reads", "false",
                    "quarkus.smallrye-graphql.field-visibility", "no-introspection",
                    "quarkus.smallrye-graphql.ui.enabled", "false");
        }
    }

    static final String READ = "{ department(name: \"市商务局\") { name } }";

    @Test
    void anonymousQueriesAreUnauthenticated() {
        given().contentType(ContentType.JSON).body(Map.of("query", READ)).post("/graphql").then()
                .statusCode(401)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void authenticatedReadersStillGetAnswers() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Credentials.readerToken("bob"))
                .body(Map.of("query", READ)).post("/graphql").then()
                .statusCode(200)
                .body("data.department.name", equalTo("市商务局"));
    }

    @Test
    void introspectionIsRefused() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Credentials.readerToken("bob"))
                .body(Map.of("query", "{ __schema { queryType { name } } }")).post("/graphql").then()
                .body("data.__schema", nullValue())
                .body("errors[0].extensions.code", not(nullValue()));
    }

    @Test
    void theGraphQLUiIsNotServed() {
        given().get("/q/graphql-ui/").then().statusCode(404);
    }
}
