package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/** The field count of an operation with its fragments expanded, counted without expanding them (no Quarkus needed). */
class ExpandedFieldCountTest {

    private static long count(String query) {
        Document document = new Parser().parseDocument(query);
        return ExpandedFieldCount.of(document, document.getDefinitionsOfType(OperationDefinition.class).get(0));
    }

    @Test
    void everySelectedFieldCountsOne() {
        assertThat(count("{ documents { id title } }")).isEqualTo(3);
        assertThat(count("{ a: documents { id } b: documents { id } }")).isEqualTo(4);
    }

    @Test
    void fragmentsCountOncePerSpreadAsIfExpanded() {
        assertThat(count("{ ...F ...F } fragment F on Query { documents { id } }")).isEqualTo(4);
        assertThat(count("{ documents { ... on Document { id } } }")).isEqualTo(2);
    }

    @Test
    void aFragmentBombIsCountedInstantly() {
        long start = System.nanoTime();
        assertThat(count(bomb(50))).isEqualTo(1L << 51); // 2^50 copies of "documents { id }"
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        assertThat(count(bomb(500))).as("saturates, never overflows").isGreaterThan(1L << 60);
    }

    /** F0 spreads F1 twice, F1 spreads F2 twice ... F{n} selects documents { id }. */
    private static String bomb(int n) {
        StringBuilder bomb = new StringBuilder("{ ...F0 } ");
        for (int i = 0; i < n; i++) {
            bomb.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1).append(" } ");
        }
        return bomb.append("fragment F").append(n).append(" on Query { documents { id } }").toString();
    }

    @Test
    void cyclesAndUnknownFragmentsCountNothingAndAreLeftToValidation() {
        assertThat(count("{ ...A } fragment A on Query { ...B documents { id } } fragment B on Query { ...A }")).isEqualTo(2);
        assertThat(count("{ ...Missing documents { id } }")).isEqualTo(2);
    }
}
