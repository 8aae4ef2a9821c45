package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.TargetComparator;

/**
 * The words bounding a target's figure are one table (graph-seed/vocabulary/target-bounds.tsv): a word gives the same
 * comparator wherever the figure is printed — in prose, in a task table's target cell, in a target table one cell a
 * line, in a flattened table and in a table with a unit column.
 */
class TargetBoundsTest {

    private static final Map<String, DocumentYears> YEARS = Map.of("A19", new DocumentYears(2019, 2019, 2019));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    /** The figure 150 亿元 bounded by {@code before} and {@code after}, in each way a plan prints a target. */
    private List<TargetComparator> everyReader(String before, String after) {
        String figure = before + "150亿元" + after;
        String prose = "2019年，全县固定资产投资" + figure + "。";
        String cell = before + "150" + after;
        String vertical = "项目\n分值\n目标任务\n责任单位\n全社会固定资产投资额\n3\n" + figure + "\n区发改委";
        String unitColumn = "序号 指标名称 单位 2019年 属性\n1 全社会固定资产投资额 亿元 " + cell + " 预期性";
        String flattened = "指标名称 2018年完成值 2019年目标值 全社会固定资产投资额 120亿元 " + figure;
        return List.of(
                last(finder.find("A19", "own", "loc", prose), prose),
                finder.findInTargetCell("A19", "own", "loc", "1 全社会固定资产投资额 亿元 " + cell,
                        "全社会固定资产投资额", "亿元", cell).get(0).comparator(),
                last(finder.find("A19", "own", "loc", vertical), vertical),
                last(finder.find("A19", "own", "loc", unitColumn), unitColumn),
                last(finder.find("A19", "own", "loc", flattened), flattened));
    }

    private static TargetComparator last(List<IndicatorRecord> found, String raw) {
        assertTrue(!found.isEmpty(), () -> "no figure in " + raw);
        IndicatorRecord r = found.get(found.size() - 1);
        assertEquals(150.0, r.value(), () -> "in " + raw);
        assertTrue(raw.contains(r.source().quote()));
        return r.comparator();
    }

    @ParameterizedTest(name = "{0}150亿元{1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|以上|AT_LEAST", "不低于|-|AT_LEAST", "不少于|-|AT_LEAST",
            // 超过 and 高于 pass the mark: EXCEED everywhere (a table one cell a line read them AT_LEAST)
            "超过|-|EXCEED", "高于|-|EXCEED", "突破|-|EXCEED",
            // a ceiling, strict or not
            "不超过|-|AT_MOST", "低于|-|AT_MOST", "-|以内|AT_MOST", "控制在|以内|AT_MOST",
            "-|左右|ABOUT", "达到|-|EQUAL", "-|-|EQUAL"})
    void aBoundWordGivesOneComparatorWhereverTheFigureIsPrinted(String before, String after,
                                                               TargetComparator expected) {
        List<TargetComparator> read = everyReader(before == null ? "" : before, after == null ? "" : after);
        assertEquals(List.of(expected, expected, expected, expected, expected), read,
                "prose, target cell, one cell a line, unit column, flattened");
    }

    @Test
    void theSeedListsEachWordOnceWithAComparatorOfTheSchema() {
        TargetBounds bounds = TargetBounds.read(SeedSource.directory(Path.of("graph-seed")));
        assertEquals(TargetComparator.EXCEED, bounds.comparator("超过"));
        assertEquals(TargetComparator.AT_MOST, bounds.comparator("不超过"));
        assertEquals(TargetComparator.AT_LEAST, bounds.comparator("以上"));
        assertEquals(null, bounds.comparator("力争")); // an aspiration, no bound
    }

    @Test
    void aWordListedTwiceOrAComparatorThatIsNoBoundIsRefused() {
        String head = "word\tplace\tcomparator\tnote\n";
        assertThrows(SeedException.class, () -> TargetBounds.from(TsvTable.parse("target-bounds.tsv",
                head + "以上\tAFTER\tAT_LEAST\t\n以上\tAFTER\tABOUT\t\n", TargetBounds.HEADER)));
        assertThrows(SeedException.class, () -> TargetBounds.from(TsvTable.parse("target-bounds.tsv",
                head + "约\tBEFORE\tACTUAL\t\n", TargetBounds.HEADER)));
        assertThrows(SeedException.class, () -> TargetBounds.from(TsvTable.parse("target-bounds.tsv",
                head + "约\tAROUND\tABOUT\t\n", TargetBounds.HEADER)));
    }
}
