package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.policygraph.graph.GraphReads;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Nested fields are resolved per level in batches: statements grow with query depth, not with rows. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BatchingTest {

    @Inject
    GraphReads reads;

    @Test
    void aThreeLevelQueryOverOneHundredMeasuresCostsOneStatementPerField() {
        long before = reads.statementsRun();
        var response = GraphQL.post("""
                { measures(first: 100) {
                    nodes { id
                      document { title }
                      leads { name leads(first: 3) { totalCount nodes { id document { id } } } }
                      parks { name }
                    } } }""").statusCode(200).body("errors", nullValue()).extract();
        long statements = reads.statementsRun() - before;
        List<String> ids = response.path("data.measures.nodes.id");
        assertThat(ids).hasSize(100);
        // measures, document, leads, parks (level 2); leads-of-department (level 3); their document (level 4)
        assertThat(statements).isLessThanOrEqualTo(6);
    }

    @Test
    void statementCountDoesNotGrowWithPageSize() {
        String query = """
                query($n: Int) { measures(first: $n) { nodes { document { id } leads { name } supporters { name }
                  indicators { name } initiatives { name } } } }""";
        long before = reads.statementsRun();
        GraphQL.post(query, java.util.Map.of("n", 5)).statusCode(200).body("errors", nullValue());
        long small = reads.statementsRun() - before;
        before = reads.statementsRun();
        GraphQL.post(query, java.util.Map.of("n", 100)).statusCode(200).body("errors", nullValue());
        long large = reads.statementsRun() - before;
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(6);
    }
}
