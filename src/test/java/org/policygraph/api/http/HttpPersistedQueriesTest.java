package org.policygraph.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Automatic persisted queries (Apollo APQ): extensions.persistedQuery = {version: 1, sha256Hash}. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpPersistedQueriesTest {

    static final String GQL = "application/graphql-response+json";
    static final String JSON = "application/json";

    private static String extensions(String hash) {
        return new JsonObject().put("persistedQuery", Map.of("version", 1, "sha256Hash", hash)).encode();
    }

    private static String body(String query, String hash) {
        JsonObject body = new JsonObject().put("extensions", new JsonObject(extensions(hash)));
        if (query != null) {
            body.put("query", query);
        }
        return body.encode();
    }

    @Test
    void unknownHashWithoutQueryIsPersistedQueryNotFound() {
        String hash = PersistedQueries.sha256Hex("{ never { sent } }");
        given().contentType(JSON).accept(JSON).body(body(null, hash)).when().post("/graphql").then()
                .statusCode(200)
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(JSON).accept(GQL).body(body(null, hash)).when().post("/graphql").then()
                .statusCode(404)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        given().accept(JSON).queryParam("extensions", extensions(hash)).when().get("/graphql").then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache, must-revalidate"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void hashAndQueryRegistersAndExecutesThenTheHashAloneWorks() {
        String query = "query Apq1 { documents { id } }";
        String hash = PersistedQueries.sha256Hex(query);
        given().contentType(JSON).accept(GQL).body(body(query, hash)).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.documents.size()", equalTo(4));
        given().contentType(JSON).accept(GQL).body(body(null, hash)).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.documents.size()", equalTo(4));
    }

    @Test
    void getByHashAfterRegistration() {
        String query = "query Apq2($id: ID!) { document(id: $id) { docNumber } }";
        String hash = PersistedQueries.sha256Hex(query);
        given().accept(GQL).queryParam("query", query).queryParam("extensions", extensions(hash))
                .queryParam("variables", "{\"id\":\"003\"}")
                .when().get("/graphql").then().statusCode(200).body("data.document.docNumber", equalTo("武政〔2016〕33号"));
        given().accept(GQL).queryParam("extensions", extensions(hash)).queryParam("variables", "{\"id\":\"003\"}")
                .when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.document.docNumber", equalTo("武政〔2016〕33号"));
    }

    @Test
    void hashThatDoesNotMatchTheQueryIs400() {
        String wrong = PersistedQueries.sha256Hex("{ something { else } }");
        for (String accept : new String[] {GQL, JSON}) {
            given().contentType(JSON).accept(accept).body(body("{ documents { id } }", wrong)).when().post("/graphql")
                    .then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"))
                    .body("data", nullValue());
        }
        // …and nothing was stored under that hash.
        given().contentType(JSON).accept(JSON).body(body(null, wrong)).when().post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void invalidDocumentsAreNotStored() {
        String query = "{ nosuchfield }";
        String hash = PersistedQueries.sha256Hex(query);
        given().contentType(JSON).accept(GQL).body(body(query, hash)).when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(JSON).accept(JSON).body(body(null, hash)).when().post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void malformedPersistedQueryExtensionIs400() {
        given().contentType(JSON).accept(JSON)
                .body("{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}}")
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(JSON).accept(JSON)
                .body("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"xyz\"}}}")
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
