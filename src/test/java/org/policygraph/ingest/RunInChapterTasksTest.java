package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;

/**
 * A work report's chapter that numbers nothing under it prints its tasks as paragraphs each opened by a short task
 * phrase closed by 。 ("加快重大项目建设。聚焦…"): each such paragraph is a task; a paragraph whose first sentence runs on
 * in clauses is the chapter's aims. The year's goals may stand in the line leading into the chapters after a report's
 * lead sentence ("…开幕。政府工作报告指出，…主要预期目标建议为：…"): they are read, no task. Texts written for the tests.
 */
class RunInChapterTasksTest {

    @Test
    void paragraphsOpenedByATaskPhraseAreTheChaptersTasks() {
        DocumentBundle bundle = SubmittedPlans.read("run-in", "扩大内需", """
                一、更好统筹消费和投资,全方位扩大内需
                大力提振消费,提高投资效益,不断增强发展内生动力。
                加快重大项目建设。实施市级重点项目200个,争取更多项目纳入省级规划。
                推动消费提质扩容。培育区域消费中心城市,发展银发经济。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "加快重大项目建设。实施市级重点项目200个,争取更多项目纳入省级规划。",
                "推动消费提质扩容。培育区域消费中心城市,发展银发经济。");
        assertThat(bundle.sections()).extracting(SectionRecord::text)
                .containsExactly("大力提振消费,提高投资效益,不断增强发展内生动力。");
    }

    @Test
    void paragraphsRunningOnInClausesStayTheChaptersText() {
        DocumentBundle bundle = SubmittedPlans.read("run-in", "扩大内需", """
                一、更好统筹消费和投资,全方位扩大内需
                大力提振消费,提高投资效益,不断增强发展内生动力。
                加快重大项目建设,实施市级重点项目200个。
                推动消费提质扩容,培育区域消费中心城市。
                """);
        assertThat(bundle.measures()).isEmpty();
    }

    @Test
    void goalsAfterAReportsLeadBeforeTheChaptersAreRead() {
        DocumentBundle bundle = SubmittedPlans.read("run-in", "主要预期目标", """
                1月10日上午,某市人民代表大会开幕。政府工作报告指出,2025年全市经济社会发展主要预期目标建议为:地区生产总值增长5%左右,产业投资增长7%左右,一般公共预算收入增长2.1%。为此,要重点做好以下工作:
                一、千方百计扩大内需
                加快重大项目建设。实施市级重点项目350个。
                推动消费提质扩容。培育区域消费中心城市。
                """);
        assertThat(bundle.indicators()).extracting(IndicatorRecord::value).contains(5.0, 7.0, 2.1, 350.0);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 5.0).singleElement()
                .satisfies(i -> assertThat(i.name()).isEqualTo("地区生产总值"));
        assertThat(bundle.measures()).hasSize(2);
    }
}
