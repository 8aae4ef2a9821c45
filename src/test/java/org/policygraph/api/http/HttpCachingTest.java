package org.policygraph.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Read-only GET responses are cacheable: Cache-Control (policy-graph.http.get-cache-control), ETag, 304. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpCachingTest {

    private static Response get(String query) {
        return given().accept("application/graphql-response+json").queryParam("query", query).when().get("/graphql");
    }

    @Test
    void getQueryCarriesCacheControlAndEtag() {
        Response first = get("{ documents { id title } }");
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", equalTo("Accept, Authorization"));
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(get("{ documents { id title } }").header("ETag")).as("same body, same ETag").isEqualTo(etag);
        assertThat(get("{ documents { id } }").header("ETag")).as("other body, other ETag").isNotEqualTo(etag);
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIs304() {
        String etag = get("{ parks { totalCount } }").header("ETag");
        given().accept("application/graphql-response+json").queryParam("query", "{ parks { totalCount } }")
                .header("If-None-Match", etag).when().get("/graphql").then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body(emptyString());
        given().accept("application/graphql-response+json").queryParam("query", "{ parks { totalCount } }")
                .header("If-None-Match", "\"stale\"").when().get("/graphql").then()
                .statusCode(200).header("ETag", equalTo(etag));
    }

    /** With credentials the answer is the caller's alone (the editor-only audit trail, for one): never shared. */
    @Test
    void getQueriesWithCredentialsArePrivateAndNotStored() {
        given().accept("application/graphql-response+json").queryParam("query", "{ changes(first: 5) { id actor } }")
                .header("Authorization", "Bearer " + org.policygraph.support.Credentials.editorToken("alice"))
                .when().get("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue())
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Vary", equalTo("Accept, Authorization"));
        given().accept("application/graphql-response+json").queryParam("query", "{ documents { id } }")
                .header("Authorization", "Bearer " + org.policygraph.support.Credentials.readerToken("bob"))
                .when().get("/graphql").then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        given().accept("application/graphql-response+json").queryParam("query", "{ documents { id } }")
                .auth().preemptive().basic("reader", "reader-secret")
                .when().get("/graphql").then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        // The same query anonymously stays publicly cacheable.
        get("{ documents { id } }").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60"));
    }

    @Test
    void responsesWithErrorsAreNotCached() {
        get("{ parks(first: 101) { totalCount } }").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        get("{ nosuchfield }").then().statusCode(400)
                .header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
    }

    @Test
    void postResponsesCarryNoCacheHeaders() {
        given().contentType("application/json").body("{\"query\":\"{ documents { id } }\"}").when().post("/graphql")
                .then().statusCode(200).header("ETag", nullValue()).header("Cache-Control", nullValue());
    }
}
