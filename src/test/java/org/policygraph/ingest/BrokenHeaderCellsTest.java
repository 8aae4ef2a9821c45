package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
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

    private static List<String> names(DocumentBundle bundle, LinkType type, MeasureRecord m) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, type, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
