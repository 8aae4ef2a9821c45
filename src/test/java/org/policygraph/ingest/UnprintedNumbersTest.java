package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Tables printed one cell a line whose header names 序号 but whose rows print no number (the page numbered them by
 * itself): the rows are told apart as a table's without 序号, by what their cells hold; the officials named one a line
 * (牵头领导, 责任领导: persons) are neither a row's task nor bodies. A table whose first row follows a group heading still
 * reads its rows by their numbers. Plans of counties the vocabulary does not know, written for the tests.
 */
class UnprintedNumbersTest {

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    @Test
    void rowsWithoutTheirNumbersAreToldApartByTheirCells() {
        DocumentBundle bundle = SubmittedPlans.read("unprinted", "2024年政府工作报告工作任务分解表", """
                某县2024年政府工作报告工作任务分解表
                序号
                重点工作任务
                牵头领导
                牵头单位
                县经济开发区要加快推进新材料产业园建设，力争规上工业增加值增长8%。
                张某某
                李  某
                县经济开发区
                县发改局要统筹推进重大项目建设，全年完成固定资产投资50亿元。
                王某某
                县发改局
                县文旅局要推进全域旅游，力争接待游客500万人次。
                赵某某
                钱某
                县文旅局
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).hasSize(3);
        assertThat(measures.get(0).text()).startsWith("县经济开发区要加快推进").doesNotContain("张某某");
        assertThat(names(bundle, measures.get(0))).containsExactly("县经济开发区");
        assertThat(names(bundle, measures.get(1))).containsExactly("县发改局");
        assertThat(names(bundle, measures.get(2))).containsExactly("县文旅局");
    }

    @Test
    void aGroupHeadingBeforeTheFirstNumberKeepsTheNumbers() {
        DocumentBundle bundle = SubmittedPlans.read("unprinted", "2024年政府工作报告工作任务分解表", """
                某县2024年政府工作报告工作任务分解表
                序号
                重点工作任务
                责任领导
                责任单位
                一、扩大有效投资
                1
                统筹推进重大项目建设，全年完成固定资产投资50亿元。
                王某某
                县发改局
                2
                推进全域旅游，力争接待游客500万人次。
                赵某某
                县文旅局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::number).containsExactly("1", "2");
        assertThat(names(bundle, bundle.measures().get(1))).containsExactly("县文旅局");
    }

    private static List<String> names(DocumentBundle bundle, MeasureRecord m) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, LinkType.LEADS, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
