package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpTransportTest {

    @Test
    void queriesWorkOverGetWithUrlEncodedVariables() {
        given().queryParam("query", "query($id: ID!) { document(id: $id) { docNumber } }")
                .queryParam("variables", "{\"id\":\"003\"}")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.document.docNumber", equalTo("武政〔2016〕33号"));
    }

    @Test
    void graphqlResponseJsonIsAccepted() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ documents { id } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .contentType(containsString("application/graphql-response+json"))
                .body("data.documents.size()", equalTo(4));
    }

    @Test
    void configuredFrontendOriginsGetCorsHeaders() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }
}
