package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.TargetComparator;

/**
 * A progress table printed one row a line with " | " between cells: its header names 累计完成 (what was done, actuals)
 * and 累计进度 (the share of the target, not read); a row's second target goes on in a line of its own without 序号,
 * its bare figures after it ("…社区6个 | 6 | 100%"), which are no next row's number. Lines with '|' above the header
 * (a line of telephone numbers) stay text. Texts written for the tests.
 */
class PipeTableContinuationsTest {

    private static final String TITLE = "2025年1-6月某县民生实事进展情况";

    private static DocumentBundle read(String text) {
        return SubmittedPlans.read("progress-pipes", TITLE, TITLE + "\n" + text);
    }

    @Test
    void aCompletionTablesVerdictColumnIsNamedSoItsHeaderOpensTheTable() {
        // tuning/yueqing-2022: a completion notice's annex table "序号 | 项目内容 | 年度完成情况 | 完成成效 | 责任单位 |
        // 责任人 |"; 完成成效 (完成任务, 超额完成) names a verdict on each row, so the line is a header and the rows tasks
        DocumentBundle bundle = read("""
                全县民生实事均已完成年度目标任务。
                附件:1.县级民生实事项目完成情况
                2.乡镇民生实事项目完成情况
                序号 | 项目内容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |
                1 | 新建口袋公园6个 | 建成口袋公园7个。 | 超额完成 | 县住建局 | 李某 |
                2 | 改造农贸市场3家 | 完成改造3家。 | 完成任务 | 县商务局 | 王某 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text)
                .containsExactly("新建口袋公园6个", "改造农贸市场3家");
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 6.0).singleElement()
                .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 7.0).singleElement()
                .extracting(IndicatorRecord::comparator).isEqualTo(TargetComparator.ACTUAL);
    }

    @Test
    void aSecondTargetOnALineOfItsOwnContinuesItsRow() {
        DocumentBundle bundle = read("""
                县民生办电话:0551-1234567 | 联系人:张某 | |||
                序号 | 项目名称 | 目标任务 | 牵头单位 | 累计完成 | 累计进度 | 备注 |
                1 | 扩大城镇就业 | 城镇新增就业1800人 | 县人社局 | 1020 | 56.67% | |
                新建就业驿站5个 | 3 | 60% | ||||
                2 | 加强养老服务 | 新建老年助餐点12个 | 县民政局 | 7 | 58.3% | |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2)
                .anySatisfy(t -> assertThat(t).contains("城镇新增就业1800人").contains("新建就业驿站5个"));
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 1800.0).singleElement()
                .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        // the shares of the target (累计进度) are no figure of their own
        assertThat(bundle.indicators()).noneMatch(i -> i.value() == 56.67 || i.value() == 60.0);
    }

    @Test
    void aSecondTaskFillingItsLinesFirstCellOnlyContinuesTheTask() {
        // the 序号, 责任单位 and progress cells merged over both tasks are printed empty after it: its figure is the
        // task's target, not what was done; the header's long report column (进展情况、存在问题及下一步打算) is a
        // progress column
        DocumentBundle bundle = read("""
                序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |
                1 | 新改扩建公办中小学校1所 | 县教体局 | 室内装修 | 进展情况:室内装修完成80%。 | 顺利推进 |
                新增学位810个 | |||||
                2 | 结对帮扶学校2所 | 县教体局 | 互派人员到位 | 进展情况:已互派教师12人。 | 顺利推进 |
                """);
        assertThat(bundle.measures()).extracting(MeasureRecord::text).hasSize(2)
                .first().satisfies(t -> assertThat(t).contains("新改扩建公办中小学校1所").contains("新增学位810个"));
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 810.0).singleElement()
                .extracting(IndicatorRecord::comparator).isNotEqualTo(TargetComparator.ACTUAL);
        assertThat(bundle.indicators()).filteredOn(i -> i.value() == 12.0).singleElement()
                .extracting(IndicatorRecord::comparator).isEqualTo(TargetComparator.ACTUAL);
    }

    @Test
    void aContinuationLinesFigureIsNoRowNumberInAnotherWording() {
        DocumentBundle bundle = read("""
                序号 | 实事项目 | 年度目标任务 | 责任单位 | 累计完成 |
                1 | 改善农村供水 | 新建农村供水工程8处 | 县水利局 | 5 |
                改造供水管网30公里 | 12 |
                2 | 提升道路品质 | 改造农村公路40公里 | 县交通运输局 | 22 |
                """);
        assertThat(bundle.measures()).hasSize(2);
        assertThat(bundle.measures()).extracting(MeasureRecord::id).noneMatch(id -> id.endsWith("-12"));
    }

    @Test
    void aNextRowPrintingItsNumberElsewhereStillOpensARow() {
        // the number that continues the numbering opens the next row even when printed after an empty 序号 cell
        DocumentBundle bundle = read("""
                序号 | 实事项目 | 年度目标任务 | 责任单位 |
                1 | 改善农村供水 | 新建农村供水工程8处 | 县水利局 |
                 | 2 | 改造农村公路40公里 | 县交通运输局 |
                """);
        assertThat(bundle.measures()).hasSize(2);
    }
}
