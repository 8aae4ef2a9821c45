package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every limit and bad input answers with a clear message and an extensions.code, never a stack trace. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class LimitsAndErrorsTest {

    @Test
    void pageSizeAboveTheMaximumSaysWhatTheMaximumIs() {
        GraphQL.post("{ measures(first: 101) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"))
                .body("errors[0].message", equalTo("first must be at most 100 (got 101)"));
        GraphQL.post("{ department(name: \"市商务局\") { leads(first: 1000000000) { totalCount } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
    }

    @Test
    void negativePageSizeIsBadUserInput() {
        GraphQL.post("{ parks(first: -1) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first must not be negative (got -1)"));
    }

    @Test
    void forgedCursorIsBadUserInput() {
        for (String cursor : new String[] {"garbage", "cGc6LTU", "bm90LWEtY3Vyc29y", ""}) {
            GraphQL.post("query($c: String) { measures(first: 5, after: $c) { totalCount } }", Map.of("c", cursor))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("after is not a cursor this API issued"));
        }
    }

    @Test
    void tooDeepAQueryIsRefusedWithItsDepth() {
        GraphQL.post("""
                { documents { measures { nodes { leads { leads { nodes { leads { leads { nodes { leads {
                  leads { nodes { id } } } } } } } } } } } } }""").statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("exceeds the maximum of 10"))
                .body("data", nullValue());
    }

    @Test
    void aQueryOverTheLimitIsRefusedEveryTimeItIsSent() {
        // The engine checks each operation of a repeated document once; a refusal must not count as that check.
        String tooDeep = """
                { documents { measures { nodes { leads { leads { nodes { leads { leads { nodes { leads {
                  leads { nodes { number } } } } } } } } } } } } }""";
        for (int i = 0; i < 3; i++) {
            GraphQL.post(tooDeep).statusCode(200).body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        }
    }

    @Test
    void aDirectiveThatDeepensTheQueryIsCheckedWithEachRequestsVariables() {
        // The same document is within the limit or over it depending on $deep: checked afresh every time.
        String query = """
                query($deep: Boolean!) { documents { measures { nodes { leads { leads { nodes { leads { leads {
                  nodes { id leads @include(if: $deep) { leads { nodes { id } } } } } } } } } } } } }""";
        GraphQL.post(query, Map.of("deep", false)).statusCode(200).body("errors", nullValue());
        GraphQL.post(query, Map.of("deep", true)).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        GraphQL.post(query, Map.of("deep", false)).statusCode(200).body("errors", nullValue());
    }

    @Test
    void aFilterNestedTooDeeplyIsBadUserInputAtTheRootAndUnderAParent() {
        String filter = "{NOT: {NOT: {NOT: {NOT: {NOT: {NOT: {leadDepartment: \"市商务局\"}}}}}}}";
        GraphQL.post("{ measures(filter: " + filter + ") { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("deeper than 5"));
        GraphQL.post("{ document(id: \"003\") { measures(filter: " + filter + ") { totalCount } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void tooComplexAQueryIsRefused() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 700; i++) {
            aliases.append(" a").append(i).append(": documents { id title status }");
        }
        GraphQL.post(aliases.append(" }").toString()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void tooManyTokensIsRefusedBeforeParsingFinishes() {
        StringBuilder huge = new StringBuilder("{ documents {");
        for (int i = 0; i < 16000; i++) {
            huge.append(" id");
        }
        GraphQL.post(huge.append(" } }").toString()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }

    @Test
    void malformedGraphQLIsAParseFailure() {
        GraphQL.post("{ measures(first: 5 { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("not valid GraphQL syntax"));
    }

    @Test
    void parseFailureIs400ForClientsAcceptingGraphqlResponseJson() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ documents { id "))
                .when().post("/graphql")
                .then().statusCode(400)
                .contentType(containsString("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void aNestedConnectionTakesOneSetOfArgumentsPerRequest() {
        // The engine fetches Document.measures once for all its parents, with the first occurrence's arguments: a
        // second page under an alias would silently repeat the first. It is refused instead, naming the field.
        GraphQL.post("{ document(id: \"004\") { a: measures(first: 2) { nodes { id } } b: measures(first: 3) { nodes { id } } } }")
                .statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("Document.measures appears with different arguments"))
                .body("errors[0].locations[0].column", equalTo(64));
        // Under two parents, through a fragment: the same batch, the same rule.
        GraphQL.post("""
                { a: department(name: "市商务局") { ...led } b: department(name: "市发展改革委") { leads(first: 1) { totalCount } } }
                fragment led on Department { leads(first: 2) { totalCount } }""")
                .statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("Department.leads appears with different arguments"));
        // The same arguments twice are one fetch; root fields are not batched and take any arguments.
        var same = GraphQL.post("{ document(id: \"004\") { a: measures(first: 2) { nodes { id } } b: measures(first: 2) { nodes { id } } } }")
                .statusCode(200).body("errors", nullValue()).extract();
        assertThat(same.<List<String>>path("data.document.a.nodes.id")).hasSize(2)
                .isEqualTo(same.path("data.document.b.nodes.id"));
        var roots = GraphQL.post("{ a: document(id: \"001\") { measures(first: 1) { nodes { id } } } b: document(id: \"004\") { measures(first: 1) { nodes { id } } } }")
                .statusCode(200).body("errors", nullValue()).extract();
        assertThat(roots.<List<String>>path("data.a.measures.nodes.id")).hasSize(1)
                .doesNotContainAnyElementsOf(roots.path("data.b.measures.nodes.id"));
    }

    @Test
    void unknownFieldsAndWrongEnumValuesAreValidationFailures() {
        GraphQL.post("{ nosuchfield }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        GraphQL.post("{ indicators(filter: {kind: [SPEED]}) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void unknownIdsAndNamesAreNullOrEmptyNotErrors() {
        GraphQL.post("""
                { document(id: "999") { id } measure(id: "nope") { id } park(name: "火星") { id }
                  initiative(name: "不存在") { id } measures(filter: {leadDepartment: "不存在的部门"}) { totalCount } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.document", nullValue()).body("data.measure", nullValue())
                .body("data.park", nullValue()).body("data.initiative", nullValue())
                .body("data.measures.totalCount", equalTo(0));
    }

    @Test
    void injectionShapedInputIsJustText() {
        GraphQL.post("query($n: String!) { department(name: $n) { id } measures(filter: {textContains: $n}) { totalCount } }",
                Map.of("n", "x' OR 1=1 WITH 1 AS a MATCH (n) DETACH DELETE n //"))
                .statusCode(200).body("errors", nullValue())
                .body("data.department", nullValue())
                .body("data.measures.totalCount", equalTo(0));
        GraphQL.post("{ documents { id } }").statusCode(200).body("data.documents.size()", equalTo(4));
    }

    @Test
    void overlongAndNulInputsAreBadUserInput() {
        GraphQL.post("query($n: String!) { department(name: $n) { id } }", Map.of("n", "局".repeat(10_000)))
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("query($n: String!) { park(name: $n) { id } }", Map.of("n", "光\u0000谷"))
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void errorsNeverCarryStackTracesOrCypher() {
        GraphQL.post("{ measures(first: -5, after: \"zz\") { totalCount } }").statusCode(200)
                .body(not(containsString("Exception")))
                .body(not(containsString("MATCH")))
                .body(not(containsString("at org.")));
    }
}
