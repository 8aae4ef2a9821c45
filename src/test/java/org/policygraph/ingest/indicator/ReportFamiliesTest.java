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
        return PackagedFinder.findVerbatim(finder, doc, raw, headings);
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

    @Test
    void whatAReportSaysWasReallyDoneOrIsUnderWayIsAResult() {
        // "已开展", "已开工建设", "实际新增", "正在开展": the item's aim first, then what was done so far
        List<IndicatorRecord> found = findUnder("W25",
                "1.开展职业培训3万人次，新建公办幼儿园40所。已开展职业培训9200人次；已开工建设公办幼儿园35所、正在开展前期工作5所；"
                        + "实际新增养老床位320张。");
        assertEquals(IndicatorRole.TARGET, valued(found, 3.0).role(), found::toString);
        assertEquals(IndicatorRole.TARGET, valued(found, 40.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 9200.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 35.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 5.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 320.0).role(), found::toString);
        // done so far: at the time of writing, the year of issue
        assertEquals(2025, valued(found, 9200.0).year(), found::toString);
        assertEquals(2025, valued(found, 5.0).year(), found::toString);
    }

    @Test
    void howManyOfThePlansOwnItemsThereAreOrAreDoneIsNoFigure() {
        // "十件民生实事目标任务18项", "18项目标任务已完成3项", "共计9类30项": the plan's own items, counted
        List<IndicatorRecord> found = findUnder("W25",
                "全市十件民生实事目标任务18项，截至5月底，18项目标任务已提前完成3项。实事项目共计9类30项。新建公园6个。");
        assertEquals(1, found.size(), found::toString);
        assertEquals(6.0, found.get(0).value());
    }

    @Test
    void aNoticeSpeakingOfThisYearAnnouncesThatYearsPlan() {
        // "今年将继续…": the dated notice's year is the plan's; "今年以来" dates reported results, not a plan
        assertEquals(2019, DocumentYears.ofSubmitted("2019-02-01", null, "为民办实事",
                "近日，省政府研究决定，今年将继续为民办15项实事。\n一、新建学校10所。\n").annual());
        assertEquals(null, DocumentYears.ofSubmitted("2019-02-01", null, "工作情况",
                "今年以来，全区各项工作稳步推进。\n一、新建学校10所。\n").annual());
        assertEquals(null, DocumentYears.ofSubmitted("2019-02-01", "2025", "规划",
                "今年是规划实施的第一年。\n一、新建学校10所。\n").annual());
    }

    @Test
    void goalsAimingAtTheYearsWorkAreTheYearOfIssues() {
        // "聚焦全年工作重点,…力争…": an undated overall plan's goals are for the year it is issued in
        assertEquals(2024, DocumentYears.ofSubmitted("2024-03-13", null, "某市实施“五大行动”总体方案",
                "某市实施“五大行动”总体方案\n一、总体目标\n围绕全年经济工作重点,大力实施“五大行动”,力争地区生产总值"
                        + "增长6%左右。\n").annual());
        // "全年完成地区生产总值…": a result the text reports dates nothing it plans
        assertEquals(null, DocumentYears.ofSubmitted("2024-03-13", null, "某市工作情况",
                "某市工作情况\n全年完成地区生产总值300亿元,实现目标任务。\n").annual());
    }

    @Test
    void theShareOfTheYearsAimAResultMakesIsNotReadBesideTheAmount() {
        // the amount is the actual; the share of the aim is derived from it (bench README, shexian-2024)
        List<IndicatorRecord> found = findUnder("R24", "上半年实现区级税收收入12.6亿元，完成全年目标的48.5%。",
                "一、上半年计划执行情况");
        assertEquals(List.of(12.6), found.stream().map(IndicatorRecord::value).toList(), found::toString);
        // alone, the share is the report of progress, and is read
        assertEquals(List.of(48.5), findUnder("R24", "上半年区级税收收入完成全年目标的48.5%。", "一、上半年计划执行情况")
                .stream().map(IndicatorRecord::value).toList());
    }

    @Test
    void aReviewOfThePastYearsReportsUpToTheYearBeforeIssue() {
        // "过去四年工作回顾" under a report of 2025: the period's figures, dated by its last year (2024)
        List<IndicatorRecord> found = findUnder("W25", "全县生产总值累计完成180亿元,年均增长4.2%。",
                "一、过去四年工作回顾");
        for (IndicatorRecord r : found) {
            assertEquals(IndicatorRole.ACTUAL, r.role(), found::toString);
            assertEquals(2024, r.year(), found::toString);
        }
        assertEquals(2, found.size(), found::toString);
        // a review heading printing its years dates them itself
        assertEquals(2023, valued(findUnder("W25", "全县生产总值年均增长4.2%。", "一、2019-2023年工作回顾"), 4.2).year());
    }

    @Test
    void aPageOpeningWithTheExpectedTargetsIsTheYearOfIssuesPlan() {
        // "主要预期目标": the targets a work report expects for the year it is delivered in; a year printed dates them
        assertEquals(2025, DocumentYears.ofSubmitted("2025-01-09", null, "主要预期目标",
                "全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上。\n促进消费\n引进首店品牌100家。\n").annual());
        assertEquals(null, DocumentYears.ofSubmitted("2025-01-09", null, "主要目标",
                "全市经济社会发展主要目标是:地区生产总值增长5.5%以上。\n促进消费\n引进首店品牌100家。\n").annual());
        // (a year printed: the figures are dated by it, the year of issue is not the plan's)
        assertEquals(null, DocumentYears.ofSubmitted("2025-01-09", null, "主要预期目标",
                "2024年全市经济社会发展主要预期目标是:地区生产总值增长5.5%以上。\n").annual());
    }

    @Test
    void theNextFiveYearsOfAWorkReportRunFromItsYear() {
        // "今后五年" under a report of 2025: the goals of 2025-2029, not of the report's year
        List<IndicatorRecord> found = findUnder("W25", "2.地区生产总值年均增长6%左右，城镇化率达到65%。",
                "(一)今后五年工作的总体要求和主要预期目标");
        assertEquals(2029, valued(found, 6.0).year(), found::toString);
        assertEquals(2029, valued(found, 65.0).year(), found::toString);
        // a heading of the year keeps its year
        assertEquals(2025, valued(findUnder("W25", "2.城镇化率达到65%。", "(二)2025年主要预期目标"), 65.0).year());
    }

    @Test
    void aTaskAReportQuotesByItsWordingKeepsItsFigureAsSet() {
        // "除“新建12所学校”项目外…", "“为3000人次提供培训”等15项": the quoted task is the plan's, what follows the result
        List<IndicatorRecord> found = findUnder("R24",
                "除“新建12所学校”项目受疫情影响取消外，其余项目均已完成，其中“为3000人次劳动者提供培训”等15项超额完成。全年新建公园7个。",
                "一、民生实事完成情况");
        assertEquals(IndicatorRole.TARGET, valued(found, 12.0).role(), found::toString);
        assertEquals(IndicatorRole.TARGET, valued(found, 3000.0).role(), found::toString);
        assertEquals(IndicatorRole.ACTUAL, valued(found, 7.0).role(), found::toString);
    }
}
