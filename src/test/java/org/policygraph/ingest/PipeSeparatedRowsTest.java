package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Web tables copied a row per line with their cells separated by " | " (no leading '|', the row maybe closed by "|"
 * and empty cells "||"). Each line is one table row: a line printing fewer cells than the header leaves out cells
 * merged from a row above (a project's number and name over its task lines, a 责任单位 over several tasks), so its
 * cells go where their content fits, not from the left. The texts are written for the tests.
 */
class PipeSeparatedRowsTest {

    private static DocumentBundle read(String title, String text) {
        return SubmittedPlans.read("pipes", title, text);
    }

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    @Test
    void aProjectsMergedNameCellLeavesItsLaterTaskLinesShortOfCellsFromTheLeft() {
        // 项目名称 is merged over a project's task lines; a task's 牵头单位 may run onto a line of its own with its date
        DocumentBundle bundle = read("某县2021年民生实事进展情况登记表", """
                某县2021年民生实事进展情况登记表
                项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |
                1.城市环境提升项目 | 改造城区道路3条; | 11月 | 市商务局 |
                2021.8 | 城投集团 | ||
                新建城市口袋公园2处; | 2021.12 | 市财政局 | |
                2021年11月 | 经开区 | ||
                2.农贸市场提升项目 | 提升改造农贸市场5个。 | 10月底 | 市发展改革委 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "城市环境提升项目\n改造城区道路3条;\n新建城市口袋公园2处;", "农贸市场提升项目\n提升改造农贸市场5个。");
        String first = bundle.measures().get(0).id();
        assertThat(from(bundle, LinkType.LEADS, first)).containsExactlyInAnyOrder("wh-commerce", "wh-finance",
                uncurated(bundle, "城投集团"), uncurated(bundle, "经开区"));
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-ndrc");
        assertThat(bundle.measures().get(0).timeline()).contains("2021.8").contains("2021年11月");
        // the title says 进展情况, but beside a time to be done by the task cells state the plan
        IndicatorRecord roads = bundle.indicators().stream().filter(i -> i.value() == 3.0).findFirst().orElseThrow();
        assertThat(roads.comparator()).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(roads.year()).isEqualTo(2021);
    }

    @Test
    void aMergedResponsibilityCellLeavesTaskAndProgressInTheirColumnsAndTheProgressReportsActuals() {
        // 序号 and 责任单位 are merged over a row's later lines: they print the task and its progress only
        DocumentBundle bundle = read("2022年民生实事项目进展情况表", """
                2022年民生实事项目进展情况表(截至9月底)
                序号 | 项目内容 | 进展情况 | 责任单位 |
                1 | 新增公交线路3条。 | 新增公交线路4条。 | 市商务局 |
                优化调整公交线路20条。 | 优化调整公交线路25条。 | ||
                2 | 新建保障性住房1700套。 | 新建成保障性住房1721套。 | 市财政局 |
                完成公共租赁住房保障家庭800户。 | 完成公共租赁住房保障家庭872户。
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).containsExactly(
                "新增公交线路3条。\n优化调整公交线路20条。", "新建保障性住房1700套。\n完成公共租赁住房保障家庭800户。");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(0).id())).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-finance");
        for (double planned : new double[] {3, 20, 1700, 800}) {
            assertThat(bundle.indicators()).filteredOn(i -> i.value() == planned).singleElement()
                    .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        }
        for (double done : new double[] {4, 25, 1721, 872}) {
            assertThat(bundle.indicators()).filteredOn(i -> i.value() == done).singleElement()
                    .extracting(IndicatorRecord::comparator).isEqualTo(TargetComparator.ACTUAL);
        }
        // figures are named from their own cell, never across the '|' of another
        assertThat(bundle.indicators()).noneMatch(i -> i.name().contains("|") || i.source().quote().contains("|"));
        assertThat(bundle.indicators()).extracting(IndicatorRecord::id).doesNotHaveDuplicates();
    }
}
