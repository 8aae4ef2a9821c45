package org.policygraph.api.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The GraphQL over HTTP spec's status-code rules, each for both response media types: the spec's
 * application/graphql-response+json ("Gql") and the legacy application/json ("Json"). Test names say the rule.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpConformanceTest {

    static final String GQL = "application/graphql-response+json";
    static final String JSON = "application/json";

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static RequestSpecification post(String accept, String body) {
        return given().contentType(JSON).accept(accept).body(body);
    }

    // ---- request-level failures: 400 for both media types ----------------------------------------------------

    @Test
    void jsonParseFailureIs400Gql() {
        post(GQL, "{\"query\": ").when().post("/graphql").then().statusCode(400)
                .contentType(containsString(GQL)).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void jsonParseFailureIs400Json() {
        post(JSON, "{\"query\": ").when().post("/graphql").then().statusCode(400)
                .contentType(containsString(JSON)).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void bodyNotAJsonObjectIs400BothMediaTypes() {
        for (String accept : new String[] {GQL, JSON}) {
            post(accept, "[{\"query\": \"{ documents { id } }\"}]").when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void missingQueryIs400Gql() {
        post(GQL, "{\"variables\": {}}").when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("query"));
    }

    @Test
    void missingQueryIs400Json() {
        post(JSON, "{\"variables\": {}}").when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().accept(JSON).when().get("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void nonStringQueryIs400Gql() {
        for (String query : new String[] {"1", "true", "{}", "[\"{ documents { id } }\"]"}) {
            post(GQL, "{\"query\": " + query + "}").when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nonStringQueryIs400Json() {
        for (String query : new String[] {"1", "true", "{}", "[\"{ documents { id } }\"]"}) {
            post(JSON, "{\"query\": " + query + "}").when().post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nonStringOperationNameIs400Gql() {
        for (String name : new String[] {"1", "false", "{}", "[]"}) {
            post(GQL, "{\"query\": \"{ documents { id } }\", \"operationName\": " + name + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nonStringOperationNameIs400Json() {
        for (String name : new String[] {"1", "false", "{}", "[]"}) {
            post(JSON, "{\"query\": \"{ documents { id } }\", \"operationName\": " + name + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nonObjectVariablesIs400Gql() {
        for (String variables : new String[] {"\"{}\"", "1", "true", "[]"}) {
            post(GQL, "{\"query\": \"{ documents { id } }\", \"variables\": " + variables + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        given().accept(GQL).queryParam("query", "{ documents { id } }").queryParam("variables", "[1]")
                .when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void nonObjectVariablesIs400Json() {
        for (String variables : new String[] {"\"{}\"", "1", "true", "[]"}) {
            post(JSON, "{\"query\": \"{ documents { id } }\", \"variables\": " + variables + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        given().accept(JSON).queryParam("query", "{ documents { id } }").queryParam("variables", "{not json")
                .when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void nonObjectExtensionsIs400Gql() {
        for (String extensions : new String[] {"\"x\"", "2", "[]"}) {
            post(GQL, "{\"query\": \"{ documents { id } }\", \"extensions\": " + extensions + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
    }

    @Test
    void nonObjectExtensionsIs400Json() {
        for (String extensions : new String[] {"\"x\"", "2", "[]"}) {
            post(JSON, "{\"query\": \"{ documents { id } }\", \"extensions\": " + extensions + "}").when().post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        }
        given().accept(JSON).queryParam("query", "{ documents { id } }").queryParam("extensions", "5")
                .when().get("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void nullOperationNameVariablesAndExtensionsAreAllowedBothMediaTypes() {
        for (String accept : new String[] {GQL, JSON}) {
            post(accept, "{\"query\": \"{ documents { id } }\", \"operationName\": null, \"variables\": null, \"extensions\": null}")
                    .when().post("/graphql").then().statusCode(200).body("data.documents.size()", equalTo(4));
        }
    }

    // ---- GraphQL request errors: 400 for application/graphql-response+json, 200 with errors for application/json --

    @Test
    void documentParseFailureIs400Gql() {
        post(GQL, "{\"query\": \"{ documents { id \"}").when().post("/graphql").then().statusCode(400)
                .contentType(containsString(GQL))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED")).body("$", not(hasKey("data")));
    }

    @Test
    void documentParseFailureIs200Json() {
        post(JSON, "{\"query\": \"{ documents { id \"}").when().post("/graphql").then().statusCode(200)
                .contentType(containsString(JSON))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void validationFailureIs400Gql() {
        post(GQL, "{\"query\": \"{ nosuchfield }\"}").when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1)).body("$", not(hasKey("data")));
    }

    @Test
    void validationFailureIs200Json() {
        post(JSON, "{\"query\": \"{ nosuchfield }\"}").when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void variableCoercionFailureIs400Gql() {
        post(GQL, "{\"query\": \"query($id: ID!) { document(id: $id) { id } }\", \"variables\": {\"id\": null}}")
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT")).body("$", not(hasKey("data")));
        post(GQL, "{\"query\": \"query($id: ID!) { document(id: $id) { id } }\"}")
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(GQL, "{\"query\": \"query($f: IndicatorFilter) { indicators(filter: $f) { totalCount } }\", \"variables\": {\"f\": {\"kind\": [\"SPEED\"], \"year\": 2027}}}")
                .when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", allOf(containsString("Variable 'f'"), containsString("SPEED")));
        post(GQL, "{\"query\": \"query($f: IndicatorFilter) { indicators(filter: $f) { totalCount } }\", \"variables\": {\"f\": {\"kind\": \"COUNT\", \"year\": 2027}}}")
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void variableCoercionFailureIs200Json() {
        post(JSON, "{\"query\": \"query($y: Int) { indicators(filter: {year: $y}) { totalCount } }\", \"variables\": {\"y\": \"soon\"}}")
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void unknownOperationNameIs400GqlAnd200Json() {
        String body = "{\"query\": \"query A { documents { id } } query B { parks { totalCount } }\", \"operationName\": \"C\"}";
        post(GQL, body).when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("OPERATION_RESOLUTION_FAILURE"));
        post(JSON, body).when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("OPERATION_RESOLUTION_FAILURE"));
    }

    @Test
    void queryTooDeepWithoutDataIs400GqlAnd200Json() {
        String deep = "{ documents { measures { nodes { leads { leads { nodes { leads { leads { nodes { leads { leads { nodes { id } } } } } } } } } } } } }";
        post(GQL, new io.vertx.core.json.JsonObject().put("query", deep).encode()).when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        post(JSON, new io.vertx.core.json.JsonObject().put("query", deep).encode()).when().post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    // ---- execution started: 200 -----------------------------------------------------------------------------

    @Test
    void executionStartedIs200GqlEvenWithFieldErrors() {
        post(GQL, "{\"query\": \"{ documents { id } }\"}").when().post("/graphql").then().statusCode(200)
                .contentType(containsString(GQL)).body("data.documents.size()", equalTo(4));
        post(GQL, "{\"query\": \"{ parks(first: 101) { totalCount } }\"}").when().post("/graphql").then().statusCode(200)
                .body("$", hasKey("data"))
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
    }

    @Test
    void executionStartedIs200Json() {
        post(JSON, "{\"query\": \"{ parks(first: 101) { totalCount } }\"}").when().post("/graphql").then().statusCode(200)
                .contentType(containsString(JSON)).body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
    }

    // ---- media types ----------------------------------------------------------------------------------------

    @Test
    void responseMediaTypeMatchesTheNegotiatedOne() {
        given().contentType(JSON).accept(GQL + ", " + JSON + ";q=0.9").body("{\"query\": \"{ documents { id } }\"}")
                .when().post("/graphql").then().statusCode(200).contentType(containsString(GQL));
        given().contentType(JSON).accept(GQL + ";q=0.5, " + JSON).body("{\"query\": \"{ documents { id } }\"}")
                .when().post("/graphql").then().statusCode(200).contentType(containsString(JSON));
        given().contentType(JSON).accept("*/*").body("{\"query\": \"{ documents { id } }\"}")
                .when().post("/graphql").then().statusCode(200).contentType(containsString(JSON));
    }

    @Test
    void noAcceptHeaderGetsApplicationJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ nosuchfield }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(JSON));
        assertThat(response.body()).contains("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void unacceptableAcceptHeaderIs406() {
        given().contentType(JSON).accept("text/html").body("{\"query\": \"{ documents { id } }\"}")
                .when().post("/graphql").then().statusCode(406).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void missingContentTypeIs415() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.toURI())
                .header("Accept", GQL).POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ documents { id } }\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("BAD_REQUEST");
    }

    @Test
    void unsupportedContentTypeIs415BothMediaTypes() throws Exception {
        for (String accept : new String[] {GQL, JSON}) {
            for (String type : new String[] {"text/plain", "application/graphql", "application/x-www-form-urlencoded",
                    "application/json; charset=ISO-8859-1"}) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.toURI())
                        .header("Accept", accept).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ documents { id } }\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(type).isEqualTo(415);
                assertThat(response.body()).contains("BAD_REQUEST");
            }
        }
    }

    // ---- methods --------------------------------------------------------------------------------------------

    @Test
    void getTakesQueryOperationNameVariablesAndExtensionsAsUrlParameters() {
        for (String accept : new String[] {GQL, JSON}) {
            given().accept(accept)
                    .queryParam("query", "query Other { parks { totalCount } } query ByNumber($id: ID!) { document(id: $id) { docNumber } }")
                    .queryParam("operationName", "ByNumber")
                    .queryParam("variables", "{\"id\":\"003\"}")
                    .queryParam("extensions", "{\"client\":{\"name\":\"test\"}}")
                    .when().get("/graphql").then().statusCode(200).contentType(containsString(accept))
                    .body("errors", nullValue())
                    .body("data.document.docNumber", equalTo("武政〔2016〕33号"));
        }
    }

    @Test
    void mutationOverGetIs405BothMediaTypes() {
        for (String accept : new String[] {GQL, JSON}) {
            // The schema has no mutations: still 405, decided from the operation type, not a validation error.
            given().accept(accept).queryParam("query", "mutation { doSomething }").when().get("/graphql").then()
                    .statusCode(405).header("Allow", equalTo("POST"))
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
            given().accept(accept).queryParam("query", "query Q { documents { id } } mutation M { x }")
                    .queryParam("operationName", "M").when().get("/graphql").then().statusCode(405);
            // Selecting the query of the same document is not a 405 (the document then fails validation: no mutations).
            given().accept(accept).queryParam("query", "query Q { documents { id } } mutation M { x }")
                    .queryParam("operationName", "Q").when().get("/graphql").then().statusCode(accept.equals(GQL) ? 400 : 200)
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        }
    }

    @Test
    void mutationOverPostIsAValidationFailureSinceTheSchemaHasNone() {
        post(GQL, "{\"query\": \"mutation { doSomething }\"}").when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void otherMethodsAre405() {
        given().contentType(JSON).accept(GQL).body("{\"query\": \"{ documents { id } }\"}").when().put("/graphql")
                .then().statusCode(405).header("Allow", containsString("POST"));
        given().accept(JSON).when().delete("/graphql").then().statusCode(405);
    }

    // ---- error codes ----------------------------------------------------------------------------------------

    @Test
    void everyErrorHasACodeAndNoClassNameOrClassification() {
        for (String body : new String[] {"{\"query\": \"{ nosuchfield }\"}", "{\"query\": \"{ parks(first: -1) { totalCount } }\"}",
                "{\"query\": \"{ measures(first: 5, after: \\\"zz\\\") { totalCount } }\"}", "{\"query\": \"{ documents { \"}"}) {
            post(JSON, body).when().post("/graphql").then()
                    .body("errors.extensions.code", everyItem(notNullValue()))
                    .body("errors.extensions", everyItem(not(hasKey("classification"))))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("org.policygraph")));
        }
    }

    @Test
    void postWithPlainJsonStillWorksForExistingClients() {
        given().contentType(JSON).body(Map.of("query", "{ documents { id } }")).when().post("/graphql")
                .then().statusCode(200).body("data.documents.size()", equalTo(4));
    }
}
