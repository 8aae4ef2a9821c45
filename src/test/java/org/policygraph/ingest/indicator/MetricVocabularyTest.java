package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.IndicatorKind;

class MetricVocabularyTest {

    private static final String HEADER = "id\tname\tkind\taliases\tnote\n";

    private static MetricVocabulary parse(String content) {
        return MetricVocabulary.from(TsvTable.parse("metrics.tsv", content, MetricVocabulary.HEADER));
    }

    @Test
    void anIndicatorMeasuresAMetricByNameOrAliasAndKind() {
        MetricVocabulary v = parse(HEADER
                + "retail\t社会消费品零售总额\tLEVEL\t社零额\t\n"
                + "retail-growth\t社会消费品零售总额增速\tGROWTH_RATE\t社会消费品零售总额|社零额\t\n");
        assertEquals("retail", v.metricOf("社零额", IndicatorKind.LEVEL));
        assertEquals("retail", v.metricOf("全市社会消费品零售总额", IndicatorKind.LEVEL), "全市 is the city's own scope");
        assertEquals("retail-growth", v.metricOf("社零额", IndicatorKind.GROWTH_RATE));
        assertNull(v.metricOf("社零额", IndicatorKind.SHARE));
        assertNull(v.metricOf("网络零售额", IndicatorKind.LEVEL));
    }

    @Test
    void aSpellingNamingTwoMetricsOfOneKindIsRefusedWithItsLine() {
        SeedException e = assertThrows(SeedException.class, () -> parse(
                HEADER + "a\t甲\tLEVEL\t乙\t\n" + "b\t丙\tLEVEL\t乙\t\n"));
        assertTrue(e.getMessage().startsWith("metrics.tsv:3: "), e.getMessage());
        assertTrue(e.getMessage().contains("already names metric 'a'"), e.getMessage());
    }

    @Test
    void anUnknownKindADuplicateIdOrAMissingColumnIsRefusedWithItsLine() {
        assertTrue(assertThrows(SeedException.class, () -> parse(HEADER + "a\t甲\tLEVELS\t\t\n"))
                .getMessage().startsWith("metrics.tsv:2: kind must be one of"));
        assertTrue(assertThrows(SeedException.class, () -> parse(HEADER + "a\t甲\tLEVEL\t\t\n" + "a\t乙\tLEVEL\t\t\n"))
                .getMessage().startsWith("metrics.tsv:3: duplicate id 'a'"));
        assertTrue(assertThrows(SeedException.class, () -> parse("id\tname\tkind\tnote\n" + "a\t甲\tLEVEL\t\n"))
                .getMessage().contains("header lacks column 'aliases'"));
    }

    @Test
    void theSeedMetricsRead() {
        MetricVocabulary v = MetricVocabulary.read(SeedSource.directory(Path.of("graph-seed")), "vocabulary/metrics.tsv");
        assertEquals(20, v.metrics().size());
        assertEquals("service-outsourcing-growth", v.metricOf("服务外包规模", IndicatorKind.GROWTH_RATE));
        assertSame(MetricVocabulary.empty(), MetricVocabulary.read(SeedSource.directory(Path.of("graph-seed")),
                "vocabulary/no-such-file.tsv"));
    }
}
