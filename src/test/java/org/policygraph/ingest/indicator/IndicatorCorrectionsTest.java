package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.SeedException;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

class IndicatorCorrectionsTest {

    private static final String HEADER = String.join("\t", IndicatorCorrections.HEADER) + "\n";

    private static SeedException failure(String content) {
        return assertThrows(SeedException.class, () -> IndicatorCorrections.parse("indicators.tsv", content));
    }

    @Test
    void readsFixtureWithCommentsBlankLinesAndBothActions() throws Exception {
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("/indicator/indicators-fixture.tsv"))) {
            IndicatorCorrections c = IndicatorCorrections.parse("indicators-fixture.tsv",
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(3, c.rows().size());
            IndicatorCorrection range = c.rows().get(1);
            assertEquals(IndicatorCorrection.Action.ADD, range.action());
            assertEquals(TargetComparator.RANGE, range.comparator());
            assertEquals(3.0, range.valueMax());
            assertEquals(IndicatorKind.COUNT, range.kind());
            assertEquals(6, range.line());
            assertEquals(IndicatorCorrection.Action.EXCLUDE, c.rows().get(2).action());
            assertTrue(c.rows().get(0).aspirational());
        }
    }

    @Test
    void quoteKeepsItsSpaces() {
        IndicatorCorrections c = IndicatorCorrections.parse("indicators.tsv", HEADER
                + "004\tEXCLUDE\t 全国 15 个 \t\t\t\t\t\t\t\t\tnote\n");
        assertEquals(" 全国 15 个 ", c.rows().get(0).quote());
    }

    @Test
    void tooManyCellsNamesFileAndLine() {
        SeedException e = failure(HEADER + "# comment\n\n004\tADD\tq\tname" + "\tx".repeat(12) + "\n");
        assertTrue(e.getMessage().startsWith("indicators.tsv:4: "), e.getMessage());
    }

    @Test
    void missingTrailingCellsAreEmpty() {
        SeedException e = failure(HEADER + "# comment\n\n004\tADD\tq\tname\n");
        assertTrue(e.getMessage().startsWith("indicators.tsv:4: kind must be one of"), e.getMessage());
    }

    @Test
    void unknownActionIsRejected() {
        assertTrue(failure(HEADER + "004\tDROP\tq\t\t\t\t\t\t\t\t\t\n").getMessage()
                .startsWith("indicators.tsv:2: action must be one of ADD|EXCLUDE"));
    }

    @Test
    void unknownKindIsRejected() {
        assertTrue(failure(HEADER + "004\tADD\tq\tn\t1\t\t家\t2025\tAMOUNT\tEQUAL\tfalse\t\n").getMessage()
                .startsWith("indicators.tsv:2: kind must be one of LEVEL|GROWTH_RATE|SHARE|COUNT|RANK"));
    }

    @Test
    void nonNumericValueIsRejected() {
        assertTrue(failure(HEADER + "004\tADD\tq\tn\tten\t\t家\t2025\tCOUNT\tEQUAL\tfalse\t\n").getMessage()
                .startsWith("indicators.tsv:2: value must be a number"));
    }

    @Test
    void rangeNeedsValueMax() {
        assertTrue(failure(HEADER + "004\tADD\tq\tn\t1\t\t家\t2025\tCOUNT\tRANGE\tfalse\t\n").getMessage()
                .startsWith("indicators.tsv:2: RANGE needs valueMax"));
    }

    @Test
    void excludeRowMustNotCarryAnIndicator() {
        assertTrue(failure(HEADER + "004\tEXCLUDE\tq\tn\t\t\t\t\t\t\t\t\n").getMessage()
                .startsWith("indicators.tsv:2: EXCLUDE row must leave name empty"));
    }

    @Test
    void headerIsChecked() {
        assertTrue(failure("document\taction\tquote\n").getMessage()
                .startsWith("indicators.tsv:1: header lacks column 'name'"));
        assertTrue(failure("# only a comment\n").getMessage().startsWith("indicators.tsv: no header line"));
    }

    @Test
    void badYearAndAspirationalAreRejected() {
        assertTrue(failure(HEADER + "004\tADD\tq\tn\t1\t\t家\t二〇二五\tCOUNT\tEQUAL\tfalse\t\n").getMessage()
                .startsWith("indicators.tsv:2: year must be an integer"));
        assertTrue(failure(HEADER + "004\tADD\tq\tn\t1\t\t家\t2025\tCOUNT\tEQUAL\tyes\t\n").getMessage()
                .startsWith("indicators.tsv:2: aspirational must be"));
    }
}
