package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.graph.GraphReads;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A plan with its first measures, what a department leads and full-text search are answered without the GraphQL engine
 * ({@link CompiledQueries}) — with exactly the bytes the engine gives. The engine's answer is obtained by the same
 * query with {@code @include(if: true)} on its root field (the compiled path leaves directives to the engine).
 * Whatever the compiled path does not answer goes to the engine, with the engine's errors.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class CompiledQueriesTest {

    private static final String ENGINE = "@include(if: true)";

    @Inject
    CompiledQueries compiled;

    @Inject
    GraphReads reads;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a plan's first measures with their leads | { document(id: "003") {{D}} { title measures(first: 20) { nodes { id number text leads { name } } } } }
            every compiled field, aliases, a cursor | { plan: document(id: "004") {{D}} { __typename id title docNumber issuedOn status horizon external items: measures(first: 5, after: "cGc6NA") { __typename nodes { __typename id number list title text timeline source { __typename location quote } leads { __typename id name aliases level } in: document { id title docNumber issuedOn status horizon external } } } } }
            a plan by its global id | { document(id: "Document:003") {{D}} { id title measures(first: 3) { nodes { id document { id } } } } }
            a draft plan without its measures | { document(id: "002") {{D}} { title status horizon issuedOn } }
            a cited document | { document(id: "ext/国办发〔2024〕44号") {{D}} { id title external docNumber measures(first: 3) { nodes { id } } } }
            an unknown document | { document(id: "no-such-plan") {{D}} { title measures(first: 2) { nodes { id } } } }
            an empty page | { document(id: "001") {{D}} { measures(first: 0) { nodes { id } } } }
            what a department leads, found by alias | { department(name: "商务局") {{D}} { __typename id name aliases level leads(first: 10) { __typename nodes { id number text source { location quote } document { title issuedOn } leads { name } supporters { id name level } } } } }
            measures with their indicators | { document(id: "002") {{D}} { measures(first: 20) { nodes { id indicators { __typename id name value valueMax unit year kind comparator aspirational source { location quote } } } } } }
            measures with their indicators (004) | { document(id: "004") {{D}} { measures(first: 100) { nodes { id supporters { name } indicators { id value year } } } } }
            a department alone | { dept: department(name: "市商务局") {{D}} { id name aliases level } }
            an unknown department | { department(name: "无此部门") {{D}} { name leads(first: 2) { nodes { id } } } }
            search with the matched measure, sections among the hits | { search(text: "服务外包", first: 10) {{D}} { __typename score kind id snippet measure { id number title text source { location quote } } } }
            search with its default page | { hits: search(text: "自由贸易") {{D}} { id kind snippet } }
            search without hits | { search(text: "不存在的词语组合", first: 5) {{D}} { id } }
            """)
    void answersAsTheEngineDoes(String question, String query) {
        long answered = compiled.answered();
        String compiledAnswer = GraphQL.post(query.replace("{{D}}", "")).statusCode(200).body("errors", nullValue())
                .extract().asString();
        assertThat(compiled.answered() - answered).as("answered by the compiled path").isEqualTo(1);

        String engineAnswer = GraphQL.post(query.replace("{{D}}", ENGINE)).statusCode(200).extract().asString();
        assertThat(compiled.answered() - answered).as("the directive sends it to the engine").isEqualTo(1);
        assertThat(compiledAnswer).isEqualTo(engineAnswer);
    }

    @Test
    void takesItsArgumentsFromVariables() {
        String query = "query Plan($id: ID!, $n: Int, $after: String) { document(id: $id) %s { title measures(first: $n, after: $after) { nodes { id leads { name } } } } }";
        Map<String, Object> variables = Map.of("id", "003", "n", 3, "after", "cGc6MQ");
        long answered = compiled.answered();
        String compiledAnswer = GraphQL.post(query.formatted(""), variables).statusCode(200)
                .body("data.document.measures.nodes", hasSize(3))
                .body("data.document.measures.nodes[0].id", equalTo("Measure:003/附件-3"))
                .extract().asString();
        String engineAnswer = GraphQL.post(query.formatted(ENGINE), variables).statusCode(200).extract().asString();
        assertThat(compiled.answered() - answered).isEqualTo(1);
        assertThat(compiledAnswer).isEqualTo(engineAnswer);
    }

    @Test
    void aPlanWithItsMeasuresTheirLeadsAndDocumentIsOneStatement() {
        long before = reads.statementsRun();
        GraphQL.post("{ document(id: \"003\") { title measures(first: 40) { nodes { id leads { name } document { title } } } } }")
                .statusCode(200).body("data.document.measures.nodes", hasSize(40));
        assertThat(reads.statementsRun() - before).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a fragment | { document(id: "003") { ...Plan } } fragment Plan on Document { title } | data.document.title | 武汉市服务贸易创新发展试点实施方案
            totalCount | { document(id: "003") { measures(first: 1) { totalCount } } } | data.document.measures.totalCount | 40
            another root field beside | { document(id: "003") { id } measure(id: "003/附件-12") { id } } | data.measure.id | Measure:003/附件-12
            a measure's roles | { document(id: "003") { measures(first: 1) { nodes { roles { role } } } } } | data.document.measures.nodes[0].roles | []
            """)
    void leavesEverythingElseToTheEngine(String what, String query, String path, String expected) {
        long answered = compiled.answered();
        var response = GraphQL.post(query).statusCode(200).body("errors", nullValue());
        if (expected.equals("[]")) {
            response.body(path, notNullValue());
        } else if (expected.matches("\\d+")) {
            response.body(path, equalTo(Integer.parseInt(expected)));
        } else {
            response.body(path, equalTo(expected));
        }
        assertThat(compiled.answered()).as(what).isEqualTo(answered);
    }

    @Test
    void valuesTheResolverRefusesGetTheEnginesErrors() {
        long answered = compiled.answered();
        GraphQL.post("{ document(id: \"003\") { measures(first: 101) { nodes { id } } } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"))
                .body("errors[0].path", equalTo(java.util.List.of("document", "measures")));
        GraphQL.post("{ search(text: \"鲲\") { id } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ document(id: \"003\") { measures(first: 2, after: \"not-a-cursor\") { nodes { id } } } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertThat(compiled.answered()).isEqualTo(answered);
    }

    @Test
    void aVariableLeftToItsDefaultGoesToTheEngine() {
        long answered = compiled.answered();
        GraphQL.post("query($n: Int = 2) { document(id: \"003\") { measures(first: $n) { nodes { id } } } }")
                .statusCode(200).body("data.document.measures.nodes", hasSize(2));
        assertThat(compiled.answered()).isEqualTo(answered);
    }

    @Test
    void getAnswersCarryTheSameValidatorAsTheEngines() {
        String query = "{ document(id: \"002\") %s { title } }";
        String compiledTag = given().accept(ContentType.JSON).queryParam("query", query.formatted(""))
                .when().get("/graphql").then().statusCode(200).extract().header("ETag");
        String engineTag = given().accept(ContentType.JSON).queryParam("query", query.formatted(ENGINE))
                .when().get("/graphql").then().statusCode(200).extract().header("ETag");
        assertThat(compiledTag).isNotNull().isEqualTo(engineTag);
        given().accept(ContentType.JSON).header("If-None-Match", compiledTag).queryParam("query", query.formatted(""))
                .when().get("/graphql").then().statusCode(304);
    }
}
