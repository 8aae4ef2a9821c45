package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;

/**
 * Families of work reports and completion reports (made-up texts in their shape): the year a work report's targets
 * are for, the tasks a completion report restates beside what was done, slogans that set nothing.
 */
class ReportFamiliesTest {

    private static final Map<String, DocumentYears> YEARS = Map.of(
            "W25", new DocumentYears(2025, null, 2025),
            "R24", new DocumentYears(2024, null, 2024));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    private List<IndicatorRecord> findUnder(String doc, String raw, String... headings) {
        List<IndicatorRecord> found = finder.find(doc, "own", "loc", raw, List.of(headings));
        for (IndicatorRecord r : found) {
            assertTrue(raw.contains(r.source().quote()), "quote not verbatim: " + r.source().quote());
        }
        return found;
    }

    private static IndicatorRecord valued(List<IndicatorRecord> found, double value) {
        return found.stream().filter(r -> r.value() != null && r.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + value + " in " + found));
    }

    @Test
    void aMilestoneOfTheNextFiveYearPlanDoesNotDateTheYearsTargets() {
        // "为实现"十五五"良好开局打牢基础": the plan period is what the year's work aims at, not the time of its targets
        List<IndicatorRecord> found = findUnder("W25", """
                新的一年，确保圆满完成“十四五”规划目标任务，为实现“十五五”良好开局打牢基础。
                主要预期目标是：地区生产总值增长5%；社会消费品零售总额增长6%。
                """, "二、2025年主要目标");
        assertEquals(2, found.size(), found::toString);
        assertEquals(2025, valued(found, 5.0).year());
        assertEquals(2025, valued(found, 6.0).year());
    }

    @Test
    void aCompletionReportsRestatedTaskSetsItsFiguresBesideWhatWasDone() {
        // item, "责任单位:" line, "完成情况:" line: the item is the task as the plan set it, the last line the result
        List<IndicatorRecord> found = findUnder("R24", """
                2.新建幼儿园3所，新增学位900个以上。
                责任单位：县教育局
                完成情况：已建成幼儿园3所，全县新增学位960个。
                """, "一、民生实事完成情况");
        assertEquals(IndicatorRole.TARGET, valued(found, 900.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 960.0).role(), found::toString);
        assertEquals(2, found.stream().filter(r -> r.value() == 3.0).count(), found::toString);
        assertEquals(IndicatorRole.TARGET, found.get(0).role(), found::toString);
        // the item closed by its responsibility note in brackets, or by a label line with no result yet
        for (String item : List.of("5.改造老旧小区12个；新建停车场2处，方便群众出行。(责任单位:县住建局)\n",
                "5.改造老旧小区12个；新建停车场2处，方便群众出行。\n责任单位:县住建局\n")) {
            List<IndicatorRecord> task = findUnder("R24", item, "一、民生实事完成情况");
            assertEquals(2, task.size(), task::toString);
            assertTrue(task.stream().allMatch(r -> r.role() == IndicatorRole.TARGET), task::toString);
        }
        // a result line with who did it stays a result
        IndicatorRecord done = valued(findUnder("R24", "完成情况：全县改造老旧小区15个。\n责任单位:县住建局\n",
                "一、民生实事完成情况"), 15.0);
        assertEquals(IndicatorRole.ACTUAL, done.role());
    }

    @Test
    void aSloganOfOneVerbAndADoublingSetsNothing() {
        // "学杭黄、提标杆，强信心、促翻番": a slogan, nothing named doubles
        List<IndicatorRecord> found = findUnder("W25", "学先进、提标杆，强信心、促翻番，确保粮食产量增长2%。");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2.0, found.get(0).value());
        assertEquals("%", found.get(0).unit());
        // a doubling with what doubles stays
        assertEquals("倍", findUnder("W25", "到2025年，农村居民人均可支配收入实现翻番。").get(0).unit());
    }

    @Test
    void kindsAreCounted() {
        // "免费提供7种基础药物": kinds counted, as 项 and 个 are
        List<IndicatorRecord> found = findUnder("W25", "为困难群众免费提供7种基础药物，开展5种常见病筛查。");
        assertEquals(List.of("种", "种"), found.stream().map(IndicatorRecord::unit).toList(), found::toString);
        // "等9种再生资源…利用量": a count only defining what the level is of sets nothing
        List<IndicatorRecord> level = findUnder("W25", "到2026年，废钢铁、废铜等9种再生资源循环利用量达到4600万吨。");
        assertEquals(1, level.size(), level::toString);
        assertEquals(4600.0, level.get(0).value());
    }
}
