package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.valued;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRole;

/**
 * A unit printed once in a column's header ("总投资(万元)", "计划投资（万元）") holds for every cell of the column: a row's
 * bare number there is that quantity of the row, in that unit. Plans written for the tests.
 */
class HeaderUnitsTest {

    @Test
    void aBareNumberUnderAHeaderPrintingItsUnitIsAFigureInThatUnit() {
        DocumentBundle bundle = SubmittedPlans.read("units", "2026年民生实事项目计划", """
                某县2026年民生实事项目计划表
                序号
                项目名称
                建设内容
                总投资
                （万元）
                年度计划投资（万元）
                累计完成投资（万元）
                责任单位
                1
                老旧小区改造
                改造老旧小区12个。
                2600
                900
                300
                县住建局
                2
                农村饮水提升
                新建供水站3座。
                1800
                1800
                450
                县水利局
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 2600.0)).singleElement().satisfies(i -> {
            assertThat(i.unit()).isEqualTo("万元");
            assertThat(i.name()).contains("老旧小区改造", "总投资");
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
            assertThat(i.year()).isEqualTo(2026);
            assertThat(i.ownerId()).isEqualTo(bundle.measures().get(0).id());
        });
        assertThat(valued(bundle, 900.0)).singleElement().satisfies(i -> {
            assertThat(i.unit()).isEqualTo("万元");
            assertThat(i.name()).contains("计划投资");
        });
        // 累计完成投资: what was done so far, an actual
        assertThat(valued(bundle, 450.0)).singleElement().satisfies(i -> {
            assertThat(i.unit()).isEqualTo("万元");
            assertThat(i.role()).isEqualTo(IndicatorRole.ACTUAL);
            assertThat(i.ownerId()).isEqualTo(bundle.measures().get(1).id());
        });
        assertThat(valued(bundle, 1800.0)).hasSize(2).allSatisfy(i -> assertThat(i.unit()).isEqualTo("万元"));
        assertThat(valued(bundle, 12.0)).singleElement().satisfies(i -> assertThat(i.unit()).isEqualTo("个"));
    }

    @Test
    void aHeaderWithoutAUnitReadsNoFigureFromItsCells() {
        DocumentBundle bundle = SubmittedPlans.read("units", "2026年民生实事项目计划", """
                某县2026年民生实事项目计划表
                序号
                项目名称
                建设内容
                资金来源
                投资规模
                责任单位
                1
                老旧小区改造
                改造老旧小区12个。
                政府投资
                2600
                县住建局
                """);
        assertThat(bundle.measures()).hasSize(1);
        assertThat(valued(bundle, 2600.0)).isEmpty();
    }

    @Test
    void aRowPerLineTableTakesTheUnitOfItsHeaderToo() {
        DocumentBundle bundle = SubmittedPlans.read("units", "2026年重点项目计划", """
                某区2026年重点项目计划表
                序号 | 项目名称 | 建设内容 | 计划投资（亿元） | 责任单位 |
                1 | 滨江公园建设 | 新建公园绿地8公顷。 | 1.5 | 区城管局 |
                2 | 学校扩建工程 | 新增学位900个。 | 2.2 | 区教育局 |
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(valued(bundle, 1.5)).singleElement().satisfies(i -> {
            assertThat(i.unit()).isEqualTo("亿元");
            assertThat(i.name()).contains("滨江公园建设", "计划投资");
            assertThat(i.role()).isEqualTo(IndicatorRole.TARGET);
            assertThat(i.ownerId()).isEqualTo(bundle.measures().get(0).id());
        });
        assertThat(valued(bundle, 2.2)).singleElement().satisfies(i -> assertThat(i.unit()).isEqualTo("亿元"));
        assertThat(valued(bundle, 900.0)).singleElement().satisfies(i -> assertThat(i.unit()).isEqualTo("个"));
    }
}
