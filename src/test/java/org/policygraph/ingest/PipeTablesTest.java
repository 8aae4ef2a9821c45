package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.MeasureRecord;

/**
 * Lines with " | " between cells and no leading '|' are a table's rows only inside a table a header of known column
 * names opened (序号 | 主要任务 | 牵头单位 |), up to the last line of that shape. Elsewhere such a line is text: a rule
 * reading every "a | b |" line as a row read page text as rows on plans nobody tuned on. Texts written for the tests.
 */
class PipeTablesTest {

    private static final String TITLE = "某县2024年重点工作任务分工方案";

    @Test
    void aLineWithPipesOutsideATableStaysText() {
        DocumentBundle bundle = SubmittedPlans.read("pipes", TITLE, TITLE + """

                首页 | 政务公开 | 规划计划 |
                一、重点工作
                1.推进重点项目建设 | 全年完成投资50亿元。（牵头单位：县发改局）
                2.优化营商环境，压缩审批时限。（牵头单位：县财政局）
                二、保障措施
                （一）加强组织领导。各单位要高度重视，确保各项任务落到实处。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("推进重点项目建设").contains("全年完成投资50亿元"));
    }

    @Test
    void theTableEndsWhereItsShapeEnds() {
        DocumentBundle bundle = SubmittedPlans.read("pipes", TITLE, TITLE + """

                序号 | 主要任务 | 牵头单位 | 配合单位 |
                1 | 推进重点项目建设，全年完成投资50亿元。 | 县发改局 | 县财政局 |
                2 | 优化营商环境，压缩审批时限。 | 县财政局 | ||
                各单位要按季度报送进展情况，逾期不报的予以通报。
                3 | 联系人：张某某 | 电话：1234567 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进重点项目建设，全年完成投资50亿元。", "优化营商环境，压缩审批时限。");
    }

    @Test
    void anAnnexAfterTheNoticesPrintedLineIsStillTheDocuments() {
        // web pages print the 版记's "…印发" line above the notice's 附件: the annex's table is read
        DocumentBundle bundle = SubmittedPlans.read("pipes", TITLE, """
                各乡镇人民政府，县直各单位：
                现将《某县2024年重点工作任务分工方案》印发给你们，请认真抓好落实。
                附件：某县2024年重点工作任务分工方案
                某县人民政府办公室
                2024年3月1日
                某县人民政府办公室 2024年3月1日印发
                附件
                某县2024年重点工作任务分工方案
                序号 | 主要任务 | 牵头单位 |
                1 | 推进重点项目建设，全年完成投资50亿元。 | 县发改局 |
                2 | 优化营商环境，压缩审批时限。 | 县财政局 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进重点项目建设，全年完成投资50亿元。", "优化营商环境，压缩审批时限。");
    }

    @Test
    void aTableWithSpacesBetweenCellsEndsAtAParagraph() {
        DocumentBundle bundle = SubmittedPlans.read("spaces", TITLE, TITLE + """

                序号 主要任务 牵头单位 配合单位
                一、扩大有效投资
                1 推进重点项目建设，全年完成投资50亿元。 县发改局 县财政局
                2 优化营商环境，压缩审批时限。 县财政局 县住建局
                各单位要按季度报送进展情况，逾期不报的予以通报。
                3 联系人：张某某 电话：1234567。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进重点项目建设，全年完成投资50亿元。", "优化营商环境，压缩审批时限。");
    }

    @Test
    void aSpacedLineWithoutAHeaderStaysText() {
        DocumentBundle bundle = SubmittedPlans.read("spaces", TITLE, TITLE + """

                一、重点工作
                1.推进重点项目建设 全年完成投资50亿元 县发改局牵头
                2.优化营商环境，压缩审批时限。（牵头单位：县财政局）
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("推进重点项目建设全年完成投资50亿元"));
    }

    @Test
    void aRowWhoseBodiesAreMergedFromTheRowAboveSlidesItsCellsLeftAndKeepsThoseBodies() {
        String title = "某县民生实事项目进展情况汇总表";
        DocumentBundle bundle = SubmittedPlans.read("pipes", title, title + """

                序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
                1 | 新建养老服务中心3个。 | 4月:完成选址。 | 市民政局 | 已完成。选址3处。 |
                2 | 改造敬老院10个。 | 4月:完成设计。 | 已完成。完成设计5个。 | |
                3 | 新增公办学位500个。 | 4月:启动建设。 | 市教育局 | 已启动。 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(3);
        String second = bundle.measures().get(1).id();
        assertThat(SubmittedPlans.from(bundle, org.policygraph.model.LinkType.LEADS, second))
                .containsExactly("wh-civil-affairs");
        assertThat(SubmittedPlans.from(bundle, org.policygraph.model.LinkType.LEADS, bundle.measures().get(2).id()))
                .containsExactly("wh-education");
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void aCompletionReportsColumnOfVerdictsIsAColumnOfItsHeaderAndTheTableIsRead() {
        // 实施成效 judges each row (完成任务, 超额完成): a column the header names, so the line opens a table
        String title = "某区2023年民生实事项目实施情况";
        DocumentBundle bundle = SubmittedPlans.read("pipes", title, title + """

                序号 | 项目名称 | 全年完成情况 | 实施成效 | 责任单位 | 责任人 |
                1 | 建成社区食堂6家 | 建成社区食堂7家。 | 超额完成 | 市民政局 | 陈某 |
                2 | 改造农村公路30公里 | 改造农村公路30公里。 | 完成任务 | 市交通运输局 | 刘某 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("建成社区食堂6家", "改造农村公路30公里");
        assertThat(SubmittedPlans.from(bundle, org.policygraph.model.LinkType.LEADS, bundle.measures().get(0).id()))
                .containsExactly("wh-civil-affairs");
        assertThat(bundle.links()).noneMatch(l -> l.source().quote().contains("完成"));
    }
}
