package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Where a task table's header is found and what it names: a header standing above the table's first group row
 * (一、…, which is the table's, not a chapter before it), and a target table whose only text column is its 预期目标
 * (maybe with its year: 2024年预期目标). Plans of a county the vocabulary does not know, written for the tests.
 */
class TableHeadersTest {

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    @Test
    void aHeaderAboveTheFirstGroupRowOpensTheTable() {
        DocumentBundle bundle = SubmittedPlans.read("heads", "2024年政府工作报告主要工作任务分解表", """
                某县人民政府关于印发2024年政府工作报告主要工作任务分解表的通知
                各乡镇人民政府，县政府各部门：
                现将分解表印发给你们，请认真对照各自承担的工作任务，确保各项任务如期完成。
                某县人民政府
                2024年1月15日
                2024年政府工作报告主要工作任务分解表
                序号
                主要工作举措
                牵头单位
                配合单位
                责任领导
                一、做大做强主导产业
                1
                推进重点项目建设，全年完成投资50亿元。
                县发改局
                县财政局、县自然资源局
                张某某
                2
                优化营商环境，压缩审批时限。
                县政务服务中心
                县财政局
                张某某
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "推进重点项目建设，全年完成投资50亿元。", "优化营商环境，压缩审批时限。");
        assertThat(roles(bundle, bundle.measures().get(0).id()))
                .isEqualTo("LEADS 县发改局 | SUPPORTS 县自然资源局,县财政局");
        assertThat(roles(bundle, bundle.measures().get(1).id())).isEqualTo("LEADS 县政务服务中心 | SUPPORTS 县财政局");
    }

    @Test
    void aTargetTableRowsTargetIsItsTask() {
        DocumentBundle bundle = SubmittedPlans.read("heads", "2024年政府工作报告目标任务", """
                某县人民政府办公室关于印发2024年政府工作报告目标任务的通知

                各乡镇人民政府，县级各部门：

                现将目标任务分解表印发给你们，请认真贯彻落实。

                附件1

                2024年政府工作报告经济社会发展预期目标任务分解表

                序号

                2024年预期目标

                责任单位

                1

                地区生产总值增长6%左右

                县发展改革委

                2

                固定资产投资增长8%左右

                县财政局
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "地区生产总值增长6%左右", "固定资产投资增长8%左右");
        assertThat(roles(bundle, bundle.measures().get(0).id())).isEqualTo("LEADS 县发展改革委");
        assertThat(roles(bundle, bundle.measures().get(1).id())).isEqualTo("LEADS 县财政局");
    }

    /** The roles on a measure, as "LEADS a,b | SUPPORTS c", names as printed. */
    private static String roles(DocumentBundle bundle, String measure) {
        Map<String, String> names = new HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return java.util.stream.Stream.of(LinkType.LEADS, LinkType.SUPPORTS)
                .map(type -> {
                    TreeSet<String> from = bundle.links().stream()
                            .filter(l -> l.type() == type && l.toId().equals(measure))
                            .map(l -> names.getOrDefault(l.fromId(), l.fromId()))
                            .collect(Collectors.toCollection(TreeSet::new));
                    return from.isEmpty() ? null : type + " " + String.join(",", from);
                })
                .filter(s -> s != null).collect(Collectors.joining(" | "));
    }
}
