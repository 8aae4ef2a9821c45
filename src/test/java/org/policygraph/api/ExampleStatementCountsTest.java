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
 * Every question in README "Ask it" and the benchmark's Q1–Q5 (bench/queries.mjs) costs one Cypher statement,
 * whatever it selects and however many rows it returns: the read plan (read.plan) folds every field under a root
 * field into that root field's statement.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExampleStatementCountsTest {

    @Inject
    GraphReads reads;

    @ParameterizedTest(name = "{0}: {2} statements")
    @CsvSource(delimiter = '|', textBlock = """
            leads of 市商务局 with document, co-leads, supporters, roles | { department(name: "市商务局") { name leads(first: 50) { totalCount nodes { id number text document { title docNumber } leads { name } supporters { name } roles { role department { name } source { location quote document { id } } } } } } } | 1
            all 2027 targets | { indicators(filter: {year: 2027}, first: 100) { totalCount nodes { name value unit kind comparator aspirational source { quote document { title } } } } } | 1
            measures concerning 光谷 by alias | { park(name: "东湖新技术开发区") { name aliases measures(first: 50) { nodes { id text document { title } } } } } | 1
            设计之都 through the plans | { initiative(name: "设计之都") { measures { nodes { document { issuedOn title } text source { quote } } } } } | 1
            search 服务外包 | { search(text: "服务外包", first: 10) { score kind snippet document { title } measure { id leads { name } } } } | 1
            a plan and its first measures with their leads | { document(id: "003") { title measures(first: 20) { totalCount nodes { id number text leads { name } } } } } | 1
            bench Q1 | { department(name: "市商务局") { leads(first: 50) { nodes { id text document { title } } } } } | 1
            bench Q2 | { department(name: "市商务局") { leads(first: 50) { nodes { id text document { title } leads { name } supporters { name } indicators { id name value unit year kind } } } } } | 1
            bench Q3 | { document(id: "003") { title measures(first: 20) { nodes { id number text leads { name } } } } } | 1
            bench Q4 | { search(text: "服务外包", first: 20) { kind measure { id text } } } | 1
            a metric's series, target against actual | { metric(name: "服务外包规模") { id name series { year role period value unit indicator { id name periodFrom periodTo document { id } source { quote } metric { id } } } } } | 1
            bench Q5 | { indicators(filter: { yearFrom: 2020, yearTo: 2030, kind: [LEVEL, COUNT] }, first: 20, after: "cGc6MTk") { totalCount nodes { id name value unit year kind } } } | 1
            """)
    void exampleQueryCost(String question, String query, int expectedStatements) {
        long before = reads.statementsRun();
        GraphQL.post(query).statusCode(200).body("errors", nullValue());
        assertThat(reads.statementsRun() - before).as(question).isEqualTo(expectedStatements);
    }
}
