package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;

/**
 * A page summarising a work report's plan for the year prints no title and no outline: it opens with the year's
 * targets in the plan's own voice ("全市经济社会发展主要预期目标是：…增长6%左右，…"), maybe after its 总体要求, then its tasks
 * as paragraphs under unnumbered headings. The opening names it a plan: the targets are read (no task), each paragraph
 * under a heading is a task. A news report of the same targets (a dateline, a headline, "会议提出，…") stays refused.
 * Texts written for the tests.
 */
class OpeningGoalsPagesTest {

    private static SeedReader.Submission submit(String text) {
        return submit("全市经济社会发展主要预期目标", text);
    }

    private static SeedReader.Submission submit(String title, String text) {
        return SubmittedPlans.submit("goals-opening", title, text);
    }

    @Test
    void aPageOpeningWithTheYearsTargetsIsReadAsThePlan() {
        SeedReader.Submission read = submit("""
                全市经济社会发展主要预期目标是:地区生产总值增长6%左右,粮食产量120万吨以上,一般公共预算收入增长4%,城乡居民收入增长与经济增长同步。
                全力扩大有效需求
                推动经济稳步增长
                强化项目支撑,全年实施亿元以上项目300个,基础设施投资增长6%以上。
                提振消费信心,打造市级夜间消费集聚区8个。
                增强科技创新能力
                全社会研发投入增长8%以上。
                """);
        DocumentBundle bundle = read.bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "强化项目支撑,全年实施亿元以上项目300个,基础设施投资增长6%以上。", "提振消费信心,打造市级夜间消费集聚区8个。",
                "全社会研发投入增长8%以上。");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value)
                .as("the opening's targets are read, no task").contains(6.0, 120.0, 4.0, 300.0, 8.0);
        assertThat(read.warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("read as the plan whose targets it opens with: 全市经济社会发展主要预期目标"));
    }

    @Test
    void theTargetsMayFollowThePlansGeneralRequirements() {
        DocumentBundle bundle = submit("2025年发展主要预期目标", """
                2025年政府工作总体要求:
                坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,推动经济实现质的有效提升和量的合理增长。
                2025年发展主要预期目标:
                地区生产总值增长7%、力争8%;进出口总额增长9%;城乡居民收入增长与经济增长基本同步。
                全力推动新型工业化
                更大力度抓招商。全年新引进亿元以上项目90个。
                更大力度育产业。力争新增规模以上工业企业30家。
                """).bundle();
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "更大力度抓招商。全年新引进亿元以上项目90个。", "更大力度育产业。力争新增规模以上工业企业30家。");
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(7.0, 8.0, 9.0, 90.0, 30.0);
    }

    @Test
    void aNewsReportOfTheTargetsIsStillRefused() {
        for (String text : List.of(
                // a dateline
                "本报讯 全市经济社会发展主要预期目标是:地区生产总值增长6%左右,粮食产量120万吨以上。\n全力扩大有效需求\n全年实施亿元以上项目300个。\n",
                // a clause reporting who set them
                "会议提出,全市经济社会发展主要预期目标是:地区生产总值增长6%左右,粮食产量120万吨以上。\n全力扩大有效需求\n全年实施亿元以上项目300个。\n",
                // a headline above them
                "市人代会隆重开幕\n全市经济社会发展主要预期目标是:地区生产总值增长6%左右,粮食产量120万吨以上。\n全力扩大有效需求\n全年实施亿元以上项目300个。\n",
                // targets announced without a figure
                "全市经济社会发展主要预期目标是:经济运行稳中有进。\n全力扩大有效需求\n全年实施亿元以上项目300个。\n")) {
            assertThatThrownBy(() -> submit(text)).isInstanceOf(SeedException.class)
                    .hasMessageContaining("does not read as a plan");
        }
    }

    @Test
    void theTargetsMayOpenWithWhatTheyComeFrom() {
        // a department's progress notice relays the year's targets the government set ("根据市政府工作报告，…目标任务为："),
        // then reports how far the work has come
        DocumentBundle bundle = submit("重点民生实事(农村公路改造)", """
                根据市政府工作报告,2023年重点民生实事(农村公路改造)目标任务为:改造农村公路300公里,完成投资6亿元。截至6月底,已改造农村公路180公里,完成投资3.2亿元。
                """).bundle();
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 300.0).singleElement()
                .satisfies(i -> assertThat(i.comparator()).isNotEqualTo(TargetComparator.ACTUAL));
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 180.0).singleElement()
                .satisfies(i -> assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL));
    }

    @Test
    void aReportSayingWhoSetTheTargetsIsNoBasis() {
        assertThatThrownBy(() -> submit("重点民生实事(农村公路改造)", """
                会议提出,2023年重点民生实事(农村公路改造)目标任务为:改造农村公路300公里,完成投资6亿元。截至6月底,已改造农村公路180公里。
                """)).isInstanceOf(SeedException.class).hasMessageContaining("does not read as a plan");
    }
}
