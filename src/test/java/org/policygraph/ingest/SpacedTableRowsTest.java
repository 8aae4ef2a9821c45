package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;

/**
 * Tables printed one row a line with spaces between the cells, as web pages copied to text print them: a row whose
 * long cell (a 责任单位 naming several bodies) goes on one name a line below it, the cells after it following on
 * lines of their own, and group headings (二、… ⏎ （一）…) between rows. Texts written for the tests.
 */
class SpacedTableRowsTest {

    private static final String TITLE = "某区2025年政府工作报告目标任务上半年推进情况汇总表";
    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("spaced-rows", TITLE, TITLE + "\n" + text);
    }

    @Test
    void aCellOfNamesContinuedOnLinesOfItsOwnKeepsTheTableOpen() {
        DocumentBundle bundle = read("""
                序号 目标任务 责任单位 上半年推进情况
                一、主要预期目标
                1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
                2 第一产业增加值增长5%。 区农业农村委
                区林业局
                区供销联社
                第一产业增加值同比增长3.4%。
                3 固定资产投资增长10%。 区发展改革委 固定资产投资同比增长5.1%。
                二、重点工作
                (一)更大力度推动科技创新
                4 实施创新平台建设行动,启动创建科技型企业孵化器。 区科技局 全面启动孵化器创建工作。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("地区生产总值增长6%以上。",
                "第一产业增加值增长5%。", "固定资产投资增长10%。", "实施创新平台建设行动,启动创建科技型企业孵化器。");
        MeasureRecord second = bundle.measures().get(1);
        assertThat(names(bundle, LinkType.LEADS, second)).containsExactlyInAnyOrder("区农业农村委", "区林业局", "区供销联社");
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 3.4).singleElement().satisfies(i -> {
            assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL);
            assertThat(i.ownerId()).isEqualTo(second.id());
        });
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 10.0).singleElement()
                .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(names(bundle, LinkType.LEADS, bundle.measures().get(3))).containsExactly("区科技局");
    }

    @Test
    void aParagraphAfterARowPrintingAllItsCellsEndsTheTableEvenWhenANumberedLineFollows() {
        DocumentBundle bundle = read("""
                序号 目标任务 责任单位 上半年推进情况
                1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。
                各单位要按季度报送进展情况。
                2 联系人：张某某 电话：1234567。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly("地区生产总值增长6%以上。");
    }

    private static List<String> names(DocumentBundle bundle, LinkType type, MeasureRecord m) {
        Map<String, String> names = new HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, type, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
