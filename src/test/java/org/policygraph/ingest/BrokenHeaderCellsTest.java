package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Tables printed one cell a line whose bodies' column name is broken over two lines ("牵头责任" ⏎ "单位", "配合" ⏎ "部门"):
 * the second line ends the column's name, it is no column of its own (单位 alone would be a 计量单位 column). A cell of
 * bodies may be closed like a sentence, by 等 and a full stop. Plans of counties the vocabulary does not know, written
 * for the tests.
 */
class BrokenHeaderCellsTest {

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    @Test
    void aBodiesColumnNameBrokenOverTwoLinesIsOneColumn() {
        DocumentBundle bundle = SubmittedPlans.read("broken", "2024年重点工作落实情况", """
                某县2024年重点工作落实情况的通报
                序号
                督查内容
                牵头责任
                单位
                协同责任单位
                落实情况
                1
                地区生产总值增长6%以上。
                县发改局
                县统计局、县财政局等。
                全年增长6.5%。
                2
                一般公共预算收入增长5%以上。
                县财政局
                县税务局。
                全年增长5.2%。
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).extracting(MeasureRecord::text)
                .containsExactly("地区生产总值增长6%以上。", "一般公共预算收入增长5%以上。");
        assertThat(names(bundle, LinkType.LEADS, measures.get(0))).containsExactly("县发改局");
        assertThat(names(bundle, LinkType.SUPPORTS, measures.get(0))).containsExactlyInAnyOrder("县统计局", "县财政局");
        assertThat(names(bundle, LinkType.LEADS, measures.get(1))).containsExactly("县财政局");
        assertThat(names(bundle, LinkType.SUPPORTS, measures.get(1))).containsExactly("县税务局");
    }

    @Test
    void theSecondLineMayEndAnySupportingColumnsName() {
        DocumentBundle bundle = SubmittedPlans.read("broken", "2024年重点工作任务分解", """
                某县2024年重点工作任务分解表
                序号
                主要任务
                牵头单位
                配合
                部门
                完成时限
                1
                推进重点项目建设，全年完成投资50亿元。
                县发改局
                县自然资源局、县住建局
                12月底前
                """);
        MeasureRecord m = bundle.measures().get(0);
        assertThat(m.text()).isEqualTo("推进重点项目建设，全年完成投资50亿元。");
        assertThat(names(bundle, LinkType.LEADS, m)).containsExactly("县发改局");
        assertThat(names(bundle, LinkType.SUPPORTS, m)).containsExactlyInAnyOrder("县自然资源局", "县住建局");
    }

    @Test
    void aUnitColumnAfterATaskStaysAColumn() {
        // 单位 after the task (no bodies' name before it) is the 计量单位 column: its cell is no body
        DocumentBundle bundle = SubmittedPlans.read("broken", "2024年主要指标分解表", """
                某县2024年主要指标分解表
                序号
                主要任务
                单位
                年度目标
                责任单位
                1
                新增城镇就业
                人
                3000
                县人社局
                """);
        MeasureRecord m = bundle.measures().get(0);
        assertThat(names(bundle, LinkType.LEADS, m)).containsExactly("县人社局");
        assertThat(bundle.indicators()).anySatisfy(i -> {
            assertThat(i.value()).isEqualTo(3000.0);
            assertThat(i.unit()).isEqualTo("人");
        });
    }

    @Test
    void headerCellsBrokenOverTwoLinesAreJoinedDownToTheFirstRowsCells() {
        // 7 cells in row 1, 10 header lines: 责任/领导 (persons), 攻坚目标/任务 and 第二季度/完成情况 are one cell each,
        // so the 责任科室 column holds the row's body (not the official's name, not the target's text)
        DocumentBundle bundle = SubmittedPlans.read("broken", "2024年度重点工作计划二季度执行情况", """
                某镇2024年度重点工作计划二季度执行情况

                序号

                重点工作

                责任

                领导

                责任

                科室

                攻坚目标

                任务

                工作任务安排

                第二季度

                完成情况

                1

                老旧小区改造

                张建国

                镇城建办

                完成5个小区改造。

                推进施工。

                完成2个小区改造。

                2

                农村公路提升

                李明华

                镇农业农村办

                成功创建省级美丽乡镇。

                开展施工。

                已完成8公里。
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).hasSize(2);
        assertThat(measures.get(0).text()).contains("老旧小区改造").doesNotContain("镇城建办");
        assertThat(names(bundle, LinkType.LEADS, measures.get(0))).containsExactly("镇城建办");
        // every cell printed: the row is read by position, its target text (closed like a town's name, 镇。) is no body
        assertThat(names(bundle, LinkType.LEADS, measures.get(1))).containsExactly("镇农业农村办");
        assertThat(measures.get(1).text()).contains("成功创建省级美丽乡镇。").doesNotContain("已完成8公里");
        // the 第二季度完成情况 cell reports what was done
        assertThat(bundle.indicators()).anySatisfy(i -> {
            assertThat(i.value()).isEqualTo(8.0);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
        });
    }

    @Test
    void aProjectTableHeaderOfMoreLinesThanColumnsIsReadToItsFirstRow() {
        // 13 header lines (建设起/止年限, 2025年度/计划, 资金/来源, 责任/单位 broken) over 9 columns, rows of 10 and 9
        // cells (row 1's name broken too): the header is read on to the first row's number and joined down to the
        // fewer cells, so each row's content is its task's and its last cell its 责任单位
        DocumentBundle bundle = SubmittedPlans.read("broken", "2025年民生实事项目实施计划", """
                2025年民生实事项目实施计划表
                序号
                项目名称
                项目建设规模及内容
                建设起
                止年限
                总投资
                (万元)
                当年投资
                (万元)
                2025年度
                计划
                资金
                来源
                责任
                单位
                1
                城区供水
                管网改造
                改造供水管网20公里。
                2025.01-2025.12
                800
                800
                完工投用
                政府投资
                县住建局
                2
                乡村道路提升工程
                提升乡村道路35公里。
                2025.01-2025.12
                1500
                1500
                基本完工
                政府投资
                县交通运输局
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).hasSize(2);
        assertThat(names(bundle, LinkType.LEADS, measures.get(0))).containsExactly("县住建局");
        assertThat(names(bundle, LinkType.LEADS, measures.get(1))).containsExactly("县交通运输局");
        assertThat(measures.get(0).text()).contains("城区供水", "改造供水管网20公里。").doesNotContain("县住建局");
        assertThat(measures.get(1).text()).contains("乡村道路提升工程", "提升乡村道路35公里。");
        assertThat(bundle.indicators()).anySatisfy(i -> {
            assertThat(i.value()).isEqualTo(20.0);
            assertThat(i.unit()).isEqualTo("公里");
        });
    }

    private static List<String> names(DocumentBundle bundle, LinkType type, MeasureRecord m) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, type, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
