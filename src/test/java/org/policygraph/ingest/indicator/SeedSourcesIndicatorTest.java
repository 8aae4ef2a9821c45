package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.IndicatorRecord;

/** Runs the finder with the seed corrections over the four real sources (see {@link SourceHarness}). */
class SeedSourcesIndicatorTest {

    private static final String[] DOCS = {"001", "002", "003", "004"};
    private static final Map<String, List<IndicatorRecord>> FOUND = new TreeMap<>();
    private static IndicatorCorrections corrections;

    @BeforeAll
    static void run() {
        corrections = SourceHarness.seedCorrections();
        RuleBasedIndicatorFinder finder = PackagedFinder.of(corrections, SourceHarness.seedYears());
        for (String doc : DOCS) {
            List<IndicatorRecord> list = new ArrayList<>();
            SourceHarness.run(finder, doc).forEach(f -> list.add(f.record()));
            FOUND.put(doc, list);
        }
    }

    private static IndicatorRecord one(String doc, Predicate<IndicatorRecord> p, String what) {
        List<IndicatorRecord> hits = FOUND.get(doc).stream().filter(p).toList();
        if (hits.size() != 1) {
            fail(doc + ": expected exactly one " + what + ", found " + hits);
        }
        return hits.get(0);
    }

    private static Predicate<IndicatorRecord> named(String name, double value) {
        return r -> name.equals(r.name()) && r.value() != null && r.value() == value;
    }

    private static void check(IndicatorRecord r, String unit, Integer year, IndicatorKind kind, TargetComparator cmp,
                              boolean aspirational) {
        assertEquals(unit, r.unit(), r::toString);
        assertEquals(year, r.year(), r::toString);
        assertEquals(kind, r.kind(), r::toString);
        assertEquals(cmp, r.comparator(), r::toString);
        assertEquals(aspirational, r.aspirational(), r::toString);
    }

    @Test
    void everyQuoteIsASubstringOfTheRawFile() {
        for (String doc : DOCS) {
            String raw = SourceHarness.read(doc);
            for (IndicatorRecord r : FOUND.get(doc)) {
                assertTrue(raw.contains(r.source().quote()), doc + " quote not verbatim: " + r.source().quote());
                assertFalse(r.name() == null || r.name().isBlank() || r.name().contains(" "), "bad name " + r);
            }
        }
    }

    @Test
    void everyCorrectionQuoteIsVerbatimInItsSource() {
        for (IndicatorCorrection c : corrections.rows()) {
            assertTrue(SourceHarness.read(c.document()).contains(c.quote()),
                    "indicators.tsv:" + c.line() + ": quote not in source " + c.document() + ": " + c.quote());
        }
    }

    @Test
    void everyAddRowIsEmittedExactlyOnce() {
        for (IndicatorCorrection c : corrections.rows()) {
            if (c.action() != IndicatorCorrection.Action.ADD) {
                continue;
            }
            long n = FOUND.get(c.document()).stream()
                    .filter(r -> r.source().quote().equals(c.quote()) && r.name().equals(c.name())
                            && java.util.Objects.equals(r.value(), c.value()))
                    .count();
            assertEquals(1, n, "indicators.tsv:" + c.line() + " emitted " + n + " times");
        }
    }

    @Test
    void serviceTradeFrameworkOf001HasNoIndicators() {
        assertEquals(List.of(), FOUND.get("001"));
    }

    @Test
    void handCounted002() {
        // hand count of 002 (see report): 2+6+2+3+2+2+2+2+1+6+2+1+1+5+2 = 39
        assertEquals(39, FOUND.get("002").size());
    }

    @Test
    void spotFacts002() {
        check(one("002", named("武汉天河机场国际及地区航线", 20), "航线"), "条", 2027, IndicatorKind.COUNT,
                TargetComparator.AT_LEAST, false);
        check(one("002", named("机场年旅客吞吐量", 3500), "吞吐量"), "万人次", 2027, IndicatorKind.LEVEL,
                TargetComparator.EQUAL, false);
        check(one("002", named("中欧班列年开行量", 1500), "中欧班列"), "列", 2027, IndicatorKind.COUNT,
                TargetComparator.EQUAL, false);
        check(one("002", named("知识密集型服务贸易占比", 47), "知识密集型"), "%", 2027, IndicatorKind.SHARE,
                TargetComparator.AT_LEAST, true);
        check(one("002", named("全市服务贸易进出口", 10), "服务贸易进出口"), "%", 2027, IndicatorKind.GROWTH_RATE,
                TargetComparator.EQUAL, true);
        check(one("002", named("规模以上工程设计业年营业收入", 1300), "工程设计业"), "亿元", 2027,
                IndicatorKind.LEVEL, TargetComparator.EQUAL, true);
        check(one("002", named("数据标注规模", 20), "数据标注"), "%", 2027, IndicatorKind.GROWTH_RATE,
                TargetComparator.EXCEED, false);
        IndicatorRecord fairs = one("002", named("每年举办国际性展会", 80), "展会");
        check(fairs, "场", 2027, IndicatorKind.COUNT, TargetComparator.EQUAL, true);
        assertEquals("场次", fairs.printedUnit());
        assertEquals(IndicatorPeriod.PER_YEAR, fairs.period());
        check(one("002", named("成长型企业", 500), "成长型企业"), "家", 2027, IndicatorKind.COUNT,
                TargetComparator.EQUAL, false);
        IndicatorRecord port = one("002", r -> r.kind() == IndicatorKind.RANK && "首位".equals(r.unit()), "首位");
        assertEquals("武汉港港口集装箱吞吐量（长江中上游）", port.name());
    }

    @Test
    void spotFacts003() {
        check(one("003", named("全市服务贸易进出口总额", 120), "120亿美元"), "亿美元", 2017, IndicatorKind.LEVEL,
                TargetComparator.EXCEED, true);
        check(one("003", named("服务贸易占对外贸易的比重", 30), "30%"), "%", 2020, IndicatorKind.SHARE,
                TargetComparator.EQUAL, false);
        IndicatorRecord range = one("003", r -> r.valueMax() != null && r.value() == 10 && r.valueMax() == 20, "10—20家");
        check(range, "家", 2020, IndicatorKind.COUNT, TargetComparator.RANGE, false);
        check(one("003", named("社会物流总费用占GDP的比重", 13), "物流费用"), "%", 2020, IndicatorKind.SHARE,
                TargetComparator.ABOUT, false);
        IndicatorRecord now = one("003", named("旅游业收入占服务业比重", 25), "由目前的 25%");
        assertEquals(TargetComparator.ACTUAL, now.comparator());
        assertNull(now.year());
        check(one("003", named("金融机构本外币各项贷款余额", 20), "同比增长 20% 以上"), "%", 2016,
                IndicatorKind.GROWTH_RATE, TargetComparator.AT_LEAST, true);
        check(one("003", named("工程设计行业中高级人才占从业人员", 40), "从业人员的 40%"), "%", 2020,
                IndicatorKind.SHARE, TargetComparator.EQUAL, false);
        assertTrue(FOUND.get("003").stream().noneMatch(r -> r.value() != null && (r.value() == 15 || r.value() == 8)
                && "%".equals(r.unit())), "tax rates are not indicators");
    }

    @Test
    void spotFacts004BaselinesAndTable() {
        check(one("004", r -> "社会消费品零售总额".equals(r.name()) && r.value() == 6149.84, "社零额 2020"), "亿元",
                2020, IndicatorKind.LEVEL, TargetComparator.ACTUAL, false);
        check(one("004", r -> "社会消费品零售总额".equals(r.name()) && r.kind() == IndicatorKind.GROWTH_RATE
                && r.value() == 10, "社零额 年均增幅"), "%", 2025, IndicatorKind.GROWTH_RATE, TargetComparator.AT_LEAST, false);
        check(one("004", named("电子商务交易额", 22000), "电商 2025"), "亿元", 2025, IndicatorKind.LEVEL,
                TargetComparator.EQUAL, false);
        IndicatorRecord fdi = one("004", named("实际利用外资", 125), "外资 2025");
        check(fdi, "亿美元", 2025, IndicatorKind.LEVEL, TargetComparator.EQUAL, false);
        assertEquals(IndicatorPeriod.PER_YEAR, fdi.period(), "125 亿美元/年 is a yearly figure");
        assertEquals("亿美元/年", fdi.printedUnit());
        check(one("004", named("全年展会节事数量", 1000), "展会 2025"), "场", 2025, IndicatorKind.COUNT,
                TargetComparator.EQUAL, false);
        long table = FOUND.get("004").stream().filter(r -> r.source().quote().contains("亿") && r.source().quote()
                .matches(".*(社会消费品零售总额|电子商务交易额|实际利用外资|货物贸易进出口|服务外包合同执行额|对外承包工程完成营业额) [0-9.]+ 亿.*"))
                .count();
        assertEquals(13, table, "表1: 6 actuals + 2 levels + 5 growth rates");
        check(one("004", named("全市电子商务交易规模", 21.5), "十三五 电商"), "%", 2020, IndicatorKind.GROWTH_RATE,
                TargetComparator.ACTUAL, false);
        check(one("004", named("全市有进出口实绩的企业", 6000), "6000家"), "家", 2025, IndicatorKind.COUNT,
                TargetComparator.EXCEED, false);
        check(one("004", named("机电产品进出口占全市外贸比重", 70), "机电 70%"), "%", 2025, IndicatorKind.SHARE,
                TargetComparator.AT_LEAST, false);
        check(one("004", r -> "前三".equals(r.unit()), "口岸通关效率前三"), "前三", 2025, IndicatorKind.RANK,
                TargetComparator.AT_LEAST, true);
        assertTrue(FOUND.get("004").stream().noneMatch(r -> r.name().contains("分别")), "分别 statements give one subject per value");
        assertTrue(FOUND.get("004").stream().noneMatch(r -> r.source().quote().contains("年均增幅 2020")),
                "the flattened table is read by its columns, not by the prose rules");
    }

    // ---- the known errors of issue 14, fixed by rules (no correction row involved) ------------------------------

    @Test
    void knownError003BanksAreOneEach() {
        IndicatorRecord banks = one("003", named("新引进中资、外资银行", 1), "各 1 家");
        assertTrue(banks.each(), "各 1 家: one of each, not one in all");
        assertEquals(2016, banks.year());
    }

    @Test
    void knownError004ShiSanWuTotalsAreCumulativeActuals() {
        for (IndicatorRecord total : List.of(one("004", named("举办展会节事活动", 3347), "3347 场"),
                one("004", named("对外经济合作完成营业额", 223.23), "223.23 亿美元"))) {
            assertEquals(IndicatorPeriod.CUMULATIVE, total.period(), total::toString);
            assertEquals(2016, total.periodFrom(), total::toString);
            assertEquals(2020, total.periodTo(), total::toString);
            assertEquals(IndicatorRole.ACTUAL, total.role(), total::toString);
        }
    }

    @Test
    void knownError004TableFigurePrintedPerYearIsPerYear() {
        IndicatorRecord fdi = one("004", named("实际利用外资", 125), "125 亿美元/年");
        assertEquals(IndicatorPeriod.PER_YEAR, fdi.period());
        assertEquals(IndicatorRole.TARGET, fdi.role());
        IndicatorRecord actual = one("004", r -> "实际利用外资".equals(r.name()) && r.value() == 111.6
                && r.source().quote().contains("125"), "表1 2020年完成值");
        assertEquals(IndicatorRole.ACTUAL, actual.role());
        assertEquals(2020, actual.year());
    }

    @Test
    void knownError002YearlyEventsAndTalentHaveTheirYear() {
        for (IndicatorRecord yearly : List.of(one("002", named("每年举办国际性展会", 80), "80 场次"),
                one("002", named("高品质演出活动", 100), "100 场"), one("002", named("国际体育赛事", 10), "10 项"))) {
            assertEquals(2027, yearly.year(), yearly::toString);
            assertEquals(IndicatorPeriod.PER_YEAR, yearly.period(), yearly::toString);
            assertTrue(yearly.aspirational(), yearly::toString);
        }
        IndicatorRecord talent = one("002", named("吸引海外人才", 2000), "2000 人");
        assertEquals(2027, talent.year());
        assertEquals(IndicatorPeriod.YEAR, talent.period(), "吸引 starts its own clause: 每年 does not reach it");
    }

    @Test
    void correctionsKeepOnlyWhatNoRuleCanRead() {
        // was 34 ADD + 24 EXCLUDE; every remaining row says in indicators.tsv why it is not a rule
        assertTrue(corrections.rows().stream().noneMatch(c -> c.action() == IndicatorCorrection.Action.EXCLUDE));
        assertTrue(corrections.rows().size() <= 10, () -> corrections.rows().size() + " rows");
    }

    @Test
    void printCountsPerDocument() {
        for (String doc : DOCS) {
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Integer> cmps = new TreeMap<>();
            for (IndicatorRecord r : FOUND.get(doc)) {
                kinds.merge(r.kind().name(), 1, Integer::sum);
                cmps.merge(r.comparator().name(), 1, Integer::sum);
            }
            System.out.println("indicators " + doc + ": " + FOUND.get(doc).size() + " kind " + kinds + " comparator " + cmps);
        }
    }
}
