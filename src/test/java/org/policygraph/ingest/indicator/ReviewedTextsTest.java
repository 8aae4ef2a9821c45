package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;

/**
 * Reports of what was achieved: a text that opens as a review of its year, results judged against the schedule, ranks
 * listed after one verb, runs of years, and the names reviews print their figures under.
 */
class ReviewedTextsTest {

    /** R23: a text reviewing 2023, its date unknown; P24: a plan of 2024; A19: issued 2019. */
    private static final Map<String, DocumentYears> YEARS = Map.of(
            "R23", new DocumentYears(null, null, 2023, null, 2023),
            "P24", new DocumentYears(null, null, 2024),
            "A19", new DocumentYears(2019, 2019, 2019),
            "E26", new DocumentYears(2026, null, null));

    private final RuleBasedIndicatorFinder finder = PackagedFinder.of(IndicatorCorrections.empty(), YEARS);

    private List<IndicatorRecord> find(String doc, String raw, String... headings) {
        return PackagedFinder.findVerbatim(finder, doc, raw, headings);
    }

    private static IndicatorRecord only(List<IndicatorRecord> found) {
        assertEquals(1, found.size(), () -> "expected one indicator, got " + found);
        return found.get(0);
    }

    @Test
    void aTextOpeningWithItsYearAndACompletedVerbReviewsThatYear() {
        String review = "2023年,某市坚持稳中求进,推动各项工作迈上了新台阶,全市经济回升向好。\n(一)产业发展更加稳固。规上工业增加值增长8.2%。";
        assertEquals(2023, ReviewOpening.reviewedYear(review, null));
        assertEquals(2023, ReviewOpening.reviewedYear("某市2023年工作总结\n" + review + "\n2024年1月6日", 2024));
        // a plan opening with its year looks ahead, or completes nothing
        assertNull(ReviewOpening.reviewedYear("2024年,某区乡村振兴工作将坚持…,推动取得了的成果巩固。", null));
        assertNull(ReviewOpening.reviewedYear("2024年,全区要以…为指导,推动高质量发展。", null));
        // a text looking ahead to a later year is no review of one year
        assertNull(ReviewOpening.reviewedYear(review + "\n2024年工作目标:地区生产总值增长6%。", null));
        // a year after the year of issue is the plan's
        assertNull(ReviewOpening.reviewedYear(review, 2022));
    }

    @Test
    void theFiguresOfAReviewedTextAreThatYearsResultsUnlessAHeadingPlans() {
        IndicatorRecord r = only(find("R23", "产业投资完成120亿元。", "(一)产业发展更加稳固"));
        assertEquals(IndicatorRole.ACTUAL, r.role());
        assertEquals(2023, r.year());
        // under a heading announcing what is to be done, the text's review is over another part
        assertEquals(IndicatorRole.TARGET, only(find("R23", "产业投资完成120亿元。", "(一)2024年工作安排")).role());
        // a plan whose text opens with its year: targets
        assertEquals(IndicatorRole.TARGET, only(find("P24", "产业投资完成120亿元。")).role());
    }

    @Test
    void placesListedAfterOneVerbOfRankAreRanksEach() {
        List<IndicatorRecord> found = find("R23", "一季度、上半年工业增加值分别增长5.1%、4.8%,分别排全省第3、第5位。");
        List<IndicatorRecord> ranks = found.stream().filter(r -> r.kind() == IndicatorKind.RANK).toList();
        assertEquals(List.of(3.0, 5.0), ranks.stream().map(IndicatorRecord::value).toList(), found::toString);
        ranks.forEach(r -> assertEquals("工业增加值（全省）", r.name()));
        ranks.forEach(r -> assertEquals(IndicatorRole.ACTUAL, r.role()));
        // places counted without a verb of rank are batches, not ranks
        assertTrue(find("P24", "下达第2、第3批资金。").stream().noneMatch(r -> r.kind() == IndicatorKind.RANK));
        // 排 ranks only right before the whole territory: "排某某市第一" is not read so
        assertTrue(find("R23", "投资增长7.9%,排某某市第一。").stream().noneMatch(r -> r.kind() == IndicatorKind.RANK));
    }

    @Test
    void aScopeBeforeTheVerbOfRankIsTheRanksScope() {
        List<IndicatorRecord> found = find("R23", "固定资产投资同比增长17.6%,增幅全省排名第四名;");
        IndicatorRecord rank = only(found.stream().filter(r -> r.kind() == IndicatorKind.RANK).toList());
        assertEquals("固定资产投资增幅（全省）", rank.name());
        assertEquals(4.0, rank.value());
    }

    @Test
    void aSpanOfYearsIsNoPartOfAName() {
        List<IndicatorRecord> found = find("R23", "地区生产总值保持较快增长,2019-2023年年均增长7.4%。");
        IndicatorRecord r = only(found);
        assertEquals("地区生产总值", r.name());
        assertEquals(2019, r.periodFrom());
    }

    @Test
    void aThresholdARunOfYearsPassedIsNotRead() {
        assertTrue(find("R23", "地区生产总值增速连续四年超过6%。").isEmpty());
        assertEquals(6.0, only(find("R23", "地区生产总值增速超过6%。")).value());
    }

    @Test
    void aShareOfTheTerritoryNamedByAGenericWordIsOfTheSubjectBefore() {
        List<IndicatorRecord> found = find("R23", "外贸进出口总额实现500亿元,总量占全省30%。");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(1).name().startsWith("外贸进出口总额"), found.get(1).name());
    }

    @Test
    void aResultJudgedAgainstTheSchedulesPaceIsAnActualAndTheGapIsNoFigure() {
        IndicatorRecord r = only(find("A19", "2.产业投资(第7项):完成852.9亿元,滞后序时进度11.8个百分点。"));
        assertEquals("产业投资", r.name());
        assertEquals(852.9, r.value());
        assertEquals(IndicatorRole.ACTUAL, r.role());
        assertEquals(2019, r.year());
        // without the judgement, the same words set a figure
        assertEquals(IndicatorRole.TARGET, only(find("A19", "2.产业投资(第7项):完成852.9亿元。")).role());
    }

    @Test
    void aFiveYearPlanNamedAsTheYearsMilestoneDatesNothing() {
        IndicatorRecord r = only(find("E26", "2025年是“十四五”规划收官和“十五五”谋篇布局之年。一般公共预算收入完成23.69亿元。"));
        assertEquals(2025, r.year());
        assertEquals(IndicatorRole.ACTUAL, r.role());
        // a period named as the time of what follows still dates it
        assertEquals(2030, only(find("E26", "“十五五”期间,一般公共预算收入年均增长5%。")).year());
    }

    @Test
    void theProjectsOfAProgrammeForThePeopleAreItsOwnItemsAndASubsidyCountsWhereItGoes() {
        // "为民办实事项目": the items the programme lists; their number says how it is cut
        assertTrue(find("P24", "今年将实施36个为民办实事项目。").isEmpty());
        IndicatorRecord r = only(find("P24", "继续补助全市158家村卫生所;"));
        assertEquals(158.0, r.value());
        assertTrue(r.name().contains("卫生所"), r.name());
    }
}
