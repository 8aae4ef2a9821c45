package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Indicator tables printed one cell a line without 序号 whose 指标名称 cells print the rows' numbers ("1、地区生产总值增长率"):
 * a row opens at each numbered cell, in order; group cells (类别) printed between rows are no row's; a cell broken over
 * lines is joined back where the row prints more cells than its columns ("…占区级税收" ⏎ "比重", "提升4个" ⏎ "百分点",
 * "控制在" ⏎ "10410人内"); the 完成情况 figure that names nothing reports the row's indicator. Plans of counties the
 * vocabulary does not know, written for the tests.
 */
class NumberedIndicatorRowsTest {

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    @Test
    void numberedIndicatorCellsOpenTheRowsAndBrokenCellsAreJoined() {
        DocumentBundle bundle = SubmittedPlans.read("numbered", "2024年上半年国民经济和社会发展计划执行情况", """
                某区2024年上半年国民经济和社会发展计划执行情况
                表1:上半年主要指标完成情况
                类别
                指标名称
                年度目标
                完成情况
                责任部门
                经济发展
                1、地区生产总值增长率
                6%左右
                5.8%
                区发改委
                2、战略性新兴产业占工业总产值
                比重
                提升2个
                百分点
                提升1.5个百分点
                区经委
                区科委
                民生保障
                3、城镇登记失业人数
                控制在
                9000人内
                7100人
                区人社局
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).extracting(MeasureRecord::text).containsExactly(
                "地区生产总值增长率", "战略性新兴产业占工业总产值比重", "城镇登记失业人数控制在");
        assertThat(names(bundle, measures.get(1))).containsExactlyInAnyOrder("区经委", "区科委");
        assertThat(names(bundle, measures.get(2))).containsExactly("区人社局");
        assertThat(bundle.indicators()).extracting(NumberedIndicatorRowsTest::fact).contains(
                "地区生产总值增长率 6 % TARGET", "地区生产总值增长率 5.8 % ACTUAL", "城镇登记失业人数控制在 9000 人 TARGET",
                "城镇登记失业人数控制在 7100 人 ACTUAL");
        assertThat(bundle.indicators()).anySatisfy(i -> assertThat(fact(i)).endsWith("2 个百分点 TARGET"));
    }

    @Test
    void anotherNumberingAndFewerColumnsReadTheSame() {
        DocumentBundle bundle = SubmittedPlans.read("numbered", "2024年主要指标分解", """
                某县2024年主要指标分解
                指标名称
                目标值
                责任单位
                1.规模以上工业增加值增长率
                8%以上
                县工信局
                2.单位生产总值能耗降低率
                完成市下达
                任务
                县发改局
                3.城镇新增就业人数
                5000人
                县人社局
                """);
        List<MeasureRecord> measures = bundle.measures();
        assertThat(measures).extracting(MeasureRecord::number).containsExactly("1", "2", "3");
        assertThat(names(bundle, measures.get(0))).containsExactly("县工信局");
        assertThat(names(bundle, measures.get(1))).containsExactly("县发改局");
        assertThat(names(bundle, measures.get(2))).containsExactly("县人社局");
        assertThat(bundle.indicators()).extracting(NumberedIndicatorRowsTest::fact)
                .contains("规模以上工业增加值增长率 8 % TARGET", "城镇新增就业人数 5000 人 TARGET");
    }

    @Test
    void aProgressFigureStatingAChangeAloneReportsTheRowsIndicator() {
        // "提升1.2个百分点" / "同比下降0.6个百分点" under 完成情况 name no quantity of their own: they report the row's
        // indicator; a progress cell that names its quantity ("研发经费投入强度提高0.2个百分点") keeps its own name
        DocumentBundle bundle = SubmittedPlans.read("numbered", "2024年上半年计划执行情况", """
                某县2024年上半年计划执行情况
                表2:上半年主要指标完成情况
                指标名称
                年度目标
                完成情况
                责任部门
                1、数字经济核心产业增加值占比
                提升2个百分点
                提升1.2个百分点
                县经信局
                2、单位地区生产总值能耗
                下降3%
                同比下降0.6个百分点
                县发改局
                3、高新技术产业投资占比
                提高1个百分点
                研发经费投入强度提高0.2个百分点
                县科技局
                """);
        assertThat(bundle.indicators()).extracting(NumberedIndicatorRowsTest::fact).contains(
                "数字经济核心产业增加值占比提升 1.2 个百分点 ACTUAL", "研发经费投入强度提高 0.2 个百分点 ACTUAL");
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 0.6).singleElement()
                .satisfies(i -> assertThat(i.name()).startsWith("单位地区生产总值能耗"));
        assertThat(bundle.indicators()).extracting(IndicatorRecord::name)
                .noneMatch(name -> name.matches("(?:同比)?(?:提升|提高|下降)")); // no change verb alone as a name
    }

    private static String fact(IndicatorRecord r) {
        double v = r.value();
        return r.name() + " " + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + " " + r.unit()
                + " " + r.role();
    }

    private static List<String> names(DocumentBundle bundle, MeasureRecord m) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        VOCABULARY.vocabulary().departments().forEach(d -> names.put(d.id(), d.name()));
        bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
        return SubmittedPlans.from(bundle, LinkType.LEADS, m.id()).stream().map(id -> names.getOrDefault(id, id)).toList();
    }
}
