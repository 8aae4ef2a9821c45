package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Task tables copied from web pages print every cell on a line of its own: a grouping column (分块, 事项分类) whose
 * cells are empty or printed only on a group's first row, a responsibility cell of several names printed one name a
 * line. Their rows are still tasks with the right roles. The texts are written for the tests.
 */
class OneCellALineTablesTest {

    private static DocumentBundle read(String title, String text) {
        return SubmittedPlans.read("list", title, text);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void aNoticesAnnexPrintedAfterItsSignatureIsATaskListWhoseGroupingColumnHoldsNoTask() {
        DocumentBundle bundle = read("重点工作责任清单", """
                某市人民政府办公室关于印发重点工作责任清单的通知
                各镇人民政府,市政府各部门:
                现将重点工作责任清单印发给你们,请认真抓好落实。
                附件:重点工作责任清单
                某市人民政府办公室
                2024年3月1日
                (此件公开发布)
                附件
                重点工作责任清单
                板块
                序号
                主要工作
                责任单位
                1
                推进重点项目开工建设
                ▲市发展改革委,市财政局,各镇乡(街道)
                2
                开展促消费活动
                市商务局,相关部门
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("推进重点项目开工建设", "开展促消费活动");
        String first = bundle.measures().get(0).id();
        String second = bundle.measures().get(1).id();
        // ▲ marks the lead of the list; the others share the task
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, first)).containsExactlyInAnyOrder("wh-finance", generic("各镇乡(街道)"));
        // no sign: every body named leads
        assertThat(from(bundle, LinkType.LEADS, second)).containsExactlyInAnyOrder("wh-commerce", generic("相关部门"));
        assertThat(bundle.links()).allMatch(l -> l.source().quote().contains("市"));
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void aMergedGroupCellAndNamesOneALineAreReadByWhatTheCellsHold() {
        DocumentBundle bundle = read("民生实事任务分解方案", """
                民生实事任务分解方案
                序号
                事项分类
                事项名称
                项目内容
                牵头单位
                协同单位
                1
                促进消费工程
                办好促消费活动
                全年举办促消费活动20场。
                市商务局
                市财政局
                各街道
                2
                建设消费新场景
                新建消费新场景3个。
                市商务局
                /
                3
                稳定投资工程
                推进重点项目建设
                新开工重点项目10个。
                市发展改革委
                市财政局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "办好促消费活动\n全年举办促消费活动20场。", "建设消费新场景\n新建消费新场景3个。",
                "推进重点项目建设\n新开工重点项目10个。");
        List<String> rows = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.LEADS, rows.get(0))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(0))).containsExactlyInAnyOrder("wh-finance",
                generic("各街道"));
        // row 2 prints no group cell (merged with row 1's) and "/" for no 协同单位
        assertThat(from(bundle, LinkType.LEADS, rows.get(1))).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(1))).isEmpty();
        assertThat(from(bundle, LinkType.LEADS, rows.get(2))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, rows.get(2))).containsExactly("wh-finance");
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void namedTownsAndBrigadesAreBodiesAndAGroupingHeaderIsNoTaskColumn() {
        assertThat(UnknownBodies.isBodyLike("东山街道")).isTrue();
        assertThat(UnknownBodies.isBodyLike("西河镇")).isTrue();
        assertThat(UnknownBodies.isBodyLike("区消防救援大队")).isTrue();
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.directory(RealSeed.ROOT));
        assertThat(TaskTables.headerColumns(labels, List.of("序号", "事项分类", "事项名称", "牵头单位"))).containsExactly(
                TaskTables.Column.NUMBER, TaskTables.Column.CATEGORY, TaskTables.Column.TASK, TaskTables.Column.LEAD);
        assertThat(TaskTables.headerColumns(labels, List.of("分块", "序号", "主要工作", "责任单位"))).containsExactly(
                TaskTables.Column.CATEGORY, TaskTables.Column.NUMBER, TaskTables.Column.TASK,
                TaskTables.Column.RESPONSIBLE);
    }
}
