package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.valued;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.LinkType;
import org.policygraph.model.TargetComparator;

/**
 * A target table that sets each row's figure for several years, beside the figure as it stands ("现值 | 2023年目标 |
 * 2025年目标 | 2027年目标 | 责任单位"): each year column's figure is a target for that year, the 现值 / 基期 column's an
 * actual (of the year its header prints, none where it prints none); the unit is the row's 单位 cell or the bracket
 * closing its name ("（%）"); the bodies' column gives the row's roles. Plans written for the tests.
 */
class HorizonTablesTest {

    @Test
    void eachYearColumnSetsItsYearsTargetAndThePresentColumnAnActual() {
        DocumentBundle bundle = SubmittedPlans.read("horizons", "发展目标", """
                序号 | 指标名称 | 全市现值 | 2026年目标 | 2028年目标 | 2030年目标 | 责任单位 |
                |
                一、发展目标 |
                1 | 常住人口城镇化率(%) | 61.5 | 62 | 64 | 66.5 | 市发展改革委、市统计局 |
                |
                2 | 新建养老服务中心(个)、完成投资额(亿元) | — | 12、3.5 | — | 40、9.8 | 市民政局 |
                |
                3 | 普惠托育机构建成率(%) | 4.8% | 30% | 72% | 100% | 市卫生计生委 |
                |
                """);
        assertThat(bundle.measures()).hasSize(3);
        assertThat(valued(bundle, 61.5)).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("常住人口城镇化率");
            assertThat(i.unit()).isEqualTo("%");
            assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.year()).isNull();
        });
        assertThat(valued(bundle, 62.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2026);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
            assertThat(i.unit()).isEqualTo("%");
        });
        assertThat(valued(bundle, 64.0)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2028));
        assertThat(valued(bundle, 66.5)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2030));
        // two quantities in one row, each with its unit: a figure each, in order
        assertThat(valued(bundle, 12.0)).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("新建养老服务中心");
            assertThat(i.unit()).isEqualTo("个");
            assertThat(i.year()).isEqualTo(2026);
        });
        assertThat(valued(bundle, 3.5)).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("完成投资额");
            assertThat(i.unit()).isEqualTo("亿元");
        });
        assertThat(valued(bundle, 9.8)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2030));
        assertThat(valued(bundle, 4.8)).singleElement().satisfies(i -> {
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.name()).isEqualTo("普惠托育机构建成率");
        });
        assertThat(valued(bundle, 100.0)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2030));
        assertThat(bundle.indicators()).hasSize(12);
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, bundle.measures().get(0).id()))
                .contains("wh-ndrc", "wh-stats");
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, bundle.measures().get(1).id()))
                .containsExactly("wh-civil-affairs");
    }

    @Test
    void aBaseYearColumnAndAUnitColumnInATabbedTable() {
        DocumentBundle bundle = SubmittedPlans.read("horizons", "主要指标", """
                某市主要指标表
                序号\t指标名称\t单位\t2020年(基期)\t2025年\t2035年\t牵头单位
                1\t城镇新增就业人数\t万人\t12.6\t13\t15\t市人社局
                2\t人均预期寿命\t岁\t78.2\t79\t81\t市卫生计生委
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 12.6)).singleElement().satisfies(i -> {
            assertThat(i.unit()).isEqualTo("万人");
            assertThat(i.year()).isEqualTo(2020);
            assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL);
        });
        assertThat(valued(bundle, 15.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2035);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
            assertThat(i.name()).isEqualTo("城镇新增就业人数");
        });
        assertThat(valued(bundle, 81.0)).singleElement().satisfies(i -> assertThat(i.unit()).isEqualTo("岁"));
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, bundle.measures().get(1).id()))
                .containsExactly("wh-health");
    }

    @Test
    void aPresentColumnBesideOneYearsTarget() {
        DocumentBundle bundle = SubmittedPlans.read("horizons", "2026年重点工作目标", """
                某区2026年重点工作目标表
                序号 | 指标名称 | 单位 | 现状 | 2026年目标 | 责任单位 |
                1 | 城镇新增就业 | 万人 | 1.1 | 1.2 | 区人社局 |
                """);
        assertThat(bundle.measures()).hasSize(1);
        assertThat(valued(bundle, 1.2)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2026);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
        });
        assertThat(valued(bundle, 1.1)).singleElement().satisfies(i -> {
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.unit()).isEqualTo("万人");
        });
    }
    @Test
    void aTablePrintedOneCellALine() {
        DocumentBundle bundle = SubmittedPlans.read("horizons", "发展目标", """
                某市发展目标表
                序号
                指标名称
                现状值
                2025年目标
                2030年目标
                责任单位
                1
                常住人口城镇化率(%)
                61.5
                64
                66.5
                市发展改革委
                2
                新建养老服务中心(个)
                20
                40
                60
                市民政局
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 61.5)).singleElement().satisfies(i -> {
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.year()).isNull();
        });
        assertThat(valued(bundle, 64.0)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2025));
        assertThat(valued(bundle, 60.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2030);
            assertThat(i.unit()).isEqualTo("个");
            assertThat(i.name()).isEqualTo("新建养老服务中心");
        });
        assertThat(bundle.indicators()).hasSize(6);
        assertThat(SubmittedPlans.from(bundle, LinkType.LEADS, bundle.measures().get(1).id()))
                .containsExactly("wh-civil-affairs");
    }

    @Test
    void aRatioPrintedWithoutUnitIsReadAndAnyOtherBareNumberIsNot() {
        // "城乡居民收入倍差 | 1.54 | 1.58": a ratio has no unit; a count printed bare says nothing of what it counts
        DocumentBundle bundle = SubmittedPlans.read("ratios", "发展目标", """
                序号 | 指标名称 | 全市现值 | 2026年目标 | 2028年目标 | 责任单位 |
                |
                一、发展目标 |
                1 | 城乡居民收入倍差 | 1.71 | 1.69 | 1.66 | 市发展改革委 |
                |
                2 | 新建村级服务站 | 37 | 41 | 45 | 市民政局 |
                |
                """);
        assertThat(valued(bundle, 1.71)).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("城乡居民收入倍差");
            assertThat(i.unit()).isNull();
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
        });
        assertThat(valued(bundle, 1.69)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2026);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
        });
        assertThat(valued(bundle, 1.66)).singleElement().satisfies(i -> assertThat(i.year()).isEqualTo(2028));
        assertThat(valued(bundle, 41.0)).isEmpty();
        assertThat(valued(bundle, 45.0)).isEmpty();
    }

    @Test
    void aYearColumnBeforeTheYearOfIssueHoldsTheBaselineOneCellALine() {
        // a responsibility list printed one cell a line, cells closed by " |": "2023年" in a plan of 2025 is what stood
        DocumentBundle bundle = SubmittedPlans.read("horizons", "目标责任清单", """
                某县主要目标责任清单
                序号 |
                指标名称 |
                单位 |
                2023年 |
                2025年 |
                2027年 |
                牵头单位 |
                1 |
                城镇新增就业人数 |
                万人 |
                1.26 |
                ≥1.3 |
                ≥1.5 |
                县人社局 |
                2 |
                普惠托育机构建成率 |
                % |
                48 |
                ≥60 |
                ≥80 |
                县卫健局 |
                """, "2025-03-01", null);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 1.26)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2023);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.comparator()).isEqualTo(TargetComparator.ACTUAL);
        });
        assertThat(valued(bundle, 48.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2023);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
        });
        assertThat(valued(bundle, 1.3)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2025);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
            assertThat(i.comparator()).isEqualTo(TargetComparator.AT_LEAST);
        });
        assertThat(valued(bundle, 80.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2027);
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
        });
    }

    @Test
    void aFigureCellPrintingItsOwnYearOrWhoseFigureItIsInBrackets() {
        // the latest figure known is of an earlier year than the column's, or another body's: the note is no figure
        DocumentBundle bundle = SubmittedPlans.read("horizons", "主要指标", """
                某县主要指标表
                序号\t指标名称\t单位\t2024年\t2026年\t2028年\t牵头单位
                1\t人均预期寿命\t岁\t78.4(2023年)\t≥79\t≥80\t县卫健局
                2\t总体癌症5年生存率\t%\t36(某市)\t≥38\t≥40\t县卫健局
                """, "2026-02-01", null);
        assertThat(valued(bundle, 78.4)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2023);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
        });
        assertThat(valued(bundle, 36.0)).singleElement().satisfies(i -> {
            assertThat(i.year()).isEqualTo(2024);
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.unit()).isEqualTo("%");
        });
        assertThat(bundle.indicators()).noneMatch(i -> i.value() != null && (i.value() == 2023.0 || i.value() == 2024.0));
    }
}
