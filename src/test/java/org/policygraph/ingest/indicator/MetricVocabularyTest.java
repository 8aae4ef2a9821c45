package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorKind;

class MetricVocabularyTest {

    private static final String HEADER = "id\tname\tkind\taliases\tnote\n";

    @Test
    void anIndicatorMeasuresAMetricByNameOrAliasAndKind() {
        MetricVocabulary v = MetricVocabulary.read(new StringReader(HEADER
                + "retail\t社会消费品零售总额\tLEVEL\t社零额\t\n"
                + "retail-growth\t社会消费品零售总额增速\tGROWTH_RATE\t社会消费品零售总额|社零额\t\n"), "metrics.tsv");
        assertEquals("retail", v.metricOf("社零额", IndicatorKind.LEVEL));
        assertEquals("retail", v.metricOf("全市社会消费品零售总额", IndicatorKind.LEVEL), "全市 is the city's own scope");
        assertEquals("retail-growth", v.metricOf("社零额", IndicatorKind.GROWTH_RATE));
        assertNull(v.metricOf("社零额", IndicatorKind.SHARE));
        assertNull(v.metricOf("网络零售额", IndicatorKind.LEVEL));
    }

    @Test
    void aSpellingNamingTwoMetricsOfOneKindIsRefusedWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricVocabulary.read(
                new StringReader(HEADER + "a\t甲\tLEVEL\t乙\t\n" + "b\t丙\tLEVEL\t乙\t\n"), "metrics.tsv"));
        assertTrue(e.getMessage().startsWith("metrics.tsv:3: "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MetricVocabulary.read(
                new StringReader(HEADER + "a\t甲\tLEVELS\t\t\n"), "metrics.tsv"));
    }

    @Test
    void theSeedMetricsRead() throws IOException {
        MetricVocabulary v = MetricVocabulary.read(
                new StringReader(Files.readString(Path.of("graph-seed/vocabulary/metrics.tsv"))), "metrics.tsv");
        assertEquals(20, v.metrics().size());
        assertEquals("service-outsourcing-growth", v.metricOf("服务外包规模", IndicatorKind.GROWTH_RATE));
    }
}
