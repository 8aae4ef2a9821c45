package org.policygraph.ingest.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;

/**
 * table-columns.tsv's CLOSING rows: a task table reads them as CONTAINS rows (TableHeadersTest and the task tables'
 * tests), an indicator table printed one row a line reads the word closing a head cell; its CONTAINS rows and its other
 * columns' rows (but UNIT EXACT) stay the task tables'.
 */
class IndicatorTableHeadsTest {

    private static IndicatorTableHeads heads(String rows) {
        return IndicatorTableHeads.from(TsvTable.parse(IndicatorTableHeads.FILE,
                "column\tmatch\tphrase\tmax_length\tunless\tnote\n" + rows,
                "column", "match", "phrase", "max_length", "unless"));
    }

    @Test
    void aClosingWordNamesThePresentColumnClosingTheCellAfterAtMostFourCharacters() {
        IndicatorTableHeads heads = heads("BASELINE\tCLOSING\t实测\t8\n");
        assertThat(heads.namesPresent("实测")).isTrue();
        assertThat(heads.namesPresent("实测值")).isTrue();
        assertThat(heads.namesPresent("全市实测值")).isTrue();
        assertThat(heads.namesPresent("实测年份")).isFalse(); // the word does not close it
        assertThat(heads.namesPresent("五个字前缀实测")).isFalse(); // five characters before it
        assertThat(heads.marksPresent("实测值")).isTrue(); // after a year: "2020年实测值"
        assertThat(heads.marksPresent("目标值")).isFalse();
    }

    @Test
    void aContainsRowAndOtherColumnsStayTheTaskTables() {
        IndicatorTableHeads heads = heads("BASELINE\tCONTAINS\t基准值\t8\nUNIT\tEXACT\t计量单位\nTASK\tEXACT\t单位\n");
        assertThat(heads.namesPresent("基准值")).isFalse();
        assertThat(heads.marksPresent("基准值")).isFalse();
        assertThat(heads.namesUnit("计量单位")).isTrue();
        assertThat(heads.namesUnit("单位")).isFalse();
    }

    @Test
    void theShippedPresentWordsReachAnIndicatorTable() {
        RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(),
                Map.of("U1", new DocumentYears(2023, 2025)));
        List<IndicatorRecord> found = finder.find("U1", "own", "loc",
                "序号 指标名称 单位 全市现值 2025年\n1 社会消费品零售总额 亿元 1180 1500\n");
        assertThat(found).extracting(IndicatorRecord::value, IndicatorRecord::role)
                .containsExactlyInAnyOrder(tuple(1180.0, IndicatorRole.ACTUAL),
                        tuple(1500.0, IndicatorRole.TARGET));
    }

    @Test
    void theShippedFileReads() {
        IndicatorTableHeads heads = IndicatorTableHeads.read(SeedSource.classpath());
        assertThat(heads.namesUnit("单位")).isTrue();
        assertThat(heads.namesPresent("现状值")).isTrue();
    }
}
