package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.api.resolve.CompiledQueries;
import org.policygraph.graph.GraphReads;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

/**
 * Query operations the read plan covers (read.plan: every root field and field the shapes declare, README's and the
 * benchmark's questions among them) are answered without the GraphQL engine ({@link CompiledQueries}) — with exactly
 * the bytes the engine gives. The engine's answer is obtained by the same
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
            a page's totalCount and pageInfo | { document(id: "003") {{D}} { measures(first: 3, after: "cGc6MQ") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } } }
            a keyed page's cursors | { department(name: "市商务局") {{D}} { leads(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id roles { role department { id } source { location quote document { id } } } } } } } }
            two root fields | { document(id: "003") {{D}} { id } measure(id: "003/附件-12") {{D}} { id number coordinators { name } parks { name } initiatives { name } restates { kind targetId source { location } } } }
            a measure's roles | { document(id: "003") {{D}} { measures(first: 1) { nodes { roles { role } } } } }
            README: leads of 市商务局 | { department(name: "市商务局") {{D}} { name leads(first: 50) { totalCount nodes { id number text document { title docNumber } leads { name } supporters { name } roles { role department { name } source { location quote } } } } } }
            README: all 2027 targets | { indicators(filter: {year: 2027}, first: 100) {{D}} { totalCount nodes { name value valueMax unit kind comparator aspirational source { quote document { title } } } } }
            README: measures concerning 光谷 | { park(name: "东湖新技术开发区") {{D}} { name aliases measures(first: 50) { nodes { id text document { title } } } } }
            README: 设计之都 through the plans | { initiative(name: "设计之都") {{D}} { measures { nodes { document { issuedOn title } text source { quote } } } } }
            README: search 服务外包 | { search(text: "服务外包", first: 10) {{D}} { score kind snippet document { title } measure { id leads { name } } } }
            bench Q2 | { department(name: "市商务局") {{D}} { leads(first: 50) { nodes { id text document { title } leads { name } supporters { name } indicators { id name value unit year kind } } } } }
            bench Q5 | { indicators(filter: { yearFrom: 2020, yearTo: 2030, kind: [LEVEL, COUNT] }, first: 20, after: "cGc6MTk") {{D}} { totalCount nodes { id name value unit year kind } } }
            indicators with their owners and metric | { indicators(filter: {documentId: "002"}, first: 30, orderBy: [{field: YEAR, direction: DESC}]) {{D}} { nodes { id role period periodFrom periodTo printedUnit each measure { id } section { id label title text } metric { id name aliases kind } document { id } } } }
            measures filtered and ordered | { measures(filter: {OR: [{leadDepartment: "商务局"}, {hasIndicator: true}], NOT: {documentId: "001"}}, orderBy: [{field: POSITION, direction: DESC}], first: 7) {{D}} { totalCount nodes { id } } }
            a metric's series | { metric(name: "服务外包规模") {{D}} { id name series { year role period value valueMax unit indicator { id name periodFrom periodTo document { id } source { quote } metric { id } } } } }
            departments, parks, lists | { departments(filter: {nameContains: "商务"}, first: 5) {{D}} { totalCount nodes { id name curated issued { id } administers { id } } } parks(first: 3) {{D}} { totalCount nodes { id name administrators { name } } } documents {{D}} { id cites { id } implements { id } issuers { name } sections { id label sections { id } measures { id } roles { role } indicators { id } } } initiatives {{D}} { id name } metrics {{D}} { id name } }
            a section and a metric by name | { section(id: "001/二(一)") {{D}} { id label title text source { location quote document { title } } document { id } } metric(name: "社零额") {{D}} { id name kind } }
            """)
    void answersAsTheEngineDoes(String question, String query) {
        long answered = compiled.answered();
        String compiledAnswer = GraphQL.post(query.replace("{{D}}", "")).statusCode(200).body("errors", nullValue())
                .extract().asString();
        assertThat(compiled.answered() - answered).as("answered by the compiled path").isEqualTo(1);

        String engineAnswer = GraphQL.post(query.replace("{{D}}", ENGINE)).statusCode(200).extract().asString();
        assertThat(compiled.answered() - answered).as("the directive sends it to the engine").isEqualTo(1);
        assertThat(engineAnswer).doesNotContain("\"errors\"");
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
    void anOperationIsPlannedOnceForEachSetOfVariables() {
        String query = "query Page($id: ID!, $n: Int) { document(id: $id) { measures(first: $n) { nodes { id } } } }";
        long planned = compiled.planned();
        GraphQL.post(query, Map.of("id", "003", "n", 2)).statusCode(200).body("data.document.measures.nodes", hasSize(2));
        GraphQL.post(query, Map.of("id", "003", "n", 2)).statusCode(200).body("data.document.measures.nodes", hasSize(2));
        assertThat(compiled.planned() - planned).as("the same variables again").isEqualTo(1);

        GraphQL.post(query, Map.of("id", "003", "n", 4)).statusCode(200).body("data.document.measures.nodes", hasSize(4));
        GraphQL.post(query, Map.of("id", "002", "n", 2)).statusCode(200)
                .body("data.document.measures.nodes[0].id", startsWith("Measure:002/"));
        assertThat(compiled.planned() - planned).as("other variables, another plan each").isEqualTo(3);
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
            facets | { document(id: "003") { measures(first: 1) { facets { hasIndicator { value count } } } } } | data.document.measures.facets.hasIndicator | []
            node(id) | { node(id: "Measure:003/附件-12") { id } } | data.node.id | Measure:003/附件-12
            responsibilities | { department(name: "市商务局") { responsibilities(first: 1) { totalCount } } } | data.department.responsibilities.totalCount | []
            a page nested under a page | { documents { measures(first: 1) { nodes { document { measures(first: 1) { nodes { id } } } } } } } | data.documents | []
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
