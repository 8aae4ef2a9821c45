package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.graph.GraphReads;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The README's example questions cost one Cypher statement per field that reaches across the graph, whatever
 * the number of rows — less where a page of measures brings its measures' leads and document along
 * (graph.MeasurePrefetch: leads, supporters, indicators, document) and where document(id) or department(name) brings its one page of measures
 * (graph.PageParent): these are the measured counts.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExampleStatementCountsTest {

    @Inject
    GraphReads reads;

    @ParameterizedTest(name = "{0}: {2} statements")
    @CsvSource(delimiter = '|', textBlock = """
            leads of 市商务局 with document, co-leads, supporters, roles | { department(name: "市商务局") { name leads(first: 50) { totalCount nodes { id number text document { title docNumber } leads { name } supporters { name } roles { role department { name } source { location quote document { id } } } } } } } | 3
            all 2027 targets | { indicators(filter: {year: 2027}, first: 100) { totalCount nodes { name value unit kind comparator aspirational source { quote document { title } } } } } | 2
            measures concerning 光谷 by alias | { park(name: "东湖新技术开发区") { name aliases measures(first: 50) { nodes { id text document { title } } } } } | 2
            设计之都 through the plans | { initiative(name: "设计之都") { measures { nodes { document { issuedOn title } text source { quote } } } } } | 2
            search 服务外包 | { search(text: "服务外包", first: 10) { score kind snippet document { title } measure { id leads { name } } } } | 3
            a plan and its first measures with their leads | { document(id: "003") { title measures(first: 20) { totalCount nodes { id number text leads { name } } } } } | 1
            """)
    void exampleQueryCost(String question, String query, int expectedStatements) {
        long before = reads.statementsRun();
        GraphQL.post(query).statusCode(200).body("errors", nullValue());
        assertThat(reads.statementsRun() - before).as(question).isEqualTo(expectedStatements);
    }
}
