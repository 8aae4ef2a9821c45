package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.IndicatorFinder;
import org.policygraph.ingest.SeedException;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.SourceRef;
import org.policygraph.model.TargetComparator;

/** How a task-table row's target and progress cells' figures are named, with a finder that names a cell's figure as told. */
class TaskTableRowTest {

    /** Reads a target cell "N%" as one figure named by {@code task}, quoting the whole row (or {@code quote} if set). */
    private static IndicatorFinder finder(String quote) {
        return new IndicatorFinder() {
            @Override
            public List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText) {
                return List.of();
            }

            @Override
            public List<IndicatorRecord> findInTargetCell(String documentId, String ownerId, String location,
                                                          String rawRow, String task, String unit, String target) {
                return List.of(figure(task, Double.parseDouble(target.replace("%", "")), "%",
                        quote != null ? quote : rawRow));
            }
        };
    }

    private static IndicatorRecord figure(String name, double value, String unit, String quote) {
        return new IndicatorRecord("m1#1", "001", "m1", name, value, null, unit, 2023, IndicatorKind.GROWTH_RATE,
                TargetComparator.ABOUT, false, new SourceRef("001", "1", quote));
    }

    @Test
    void aTargetCellFigureInTheUnitOfATaskFigureTakesItsName() {
        TaskTableRow row = new TaskTableRow(finder(null), "001", "m1", "1", "固定资产投资增长10.0%", "t.md:3");
        IndicatorRecord stated = figure("固定资产投资", 10.0, "%", "固定资产投资增长10.0%");
        List<IndicatorRecord> targets = row.targets(List.of(stated), null,
                List.of(new TaskTableRow.Cell("固定资产投资增长10.0% | 5%", "5%")));
        assertEquals(1, targets.size());
        assertEquals("固定资产投资", targets.get(0).name());
        assertEquals(5.0, targets.get(0).value());
    }

    @Test
    void aTargetCellFigureInAnotherUnitKeepsTheTaskName() {
        TaskTableRow row = new TaskTableRow(finder(null), "001", "m1", "1", "粮食播种面积", "t.md:3");
        IndicatorRecord stated = figure("粮食播种面积", 3.0, "万亩", "粮食播种面积3万亩");
        List<IndicatorRecord> targets = row.targets(List.of(stated), null,
                List.of(new TaskTableRow.Cell("粮食播种面积 | 2%", "2%")));
        assertEquals("粮食播种面积", targets.get(0).name());
    }

    @Test
    void aQuoteOutsideTheRowFailsTheRead() {
        TaskTableRow row = new TaskTableRow(finder("elsewhere"), "001", "m1", "1", "任务", "t.md:3");
        SeedException e = assertThrows(SeedException.class,
                () -> row.targets(List.of(), null, List.of(new TaskTableRow.Cell("任务 | 2%", "2%"))));
        assertEquals("t.md:3", e.where());
    }

    @Test
    void aProgressFigureThatNamesNothingTakesTheTargetsNameElseTheTasks() {
        IndicatorRecord done = figure("", 9.8, "%", "9.8%");
        IndicatorRecord target = figure("地区生产总值增长率", 6.5, "%", "地区生产总值增长率 | 6.5%");
        TaskTableRow row = new TaskTableRow(finder(null), "001", "m1", "1", " 地区生产总值增长率 ", "t.md:3");
        assertEquals("地区生产总值增长率", row.reported(done, target).name());
        assertEquals("地区生产总值增长率", row.reported(done, null).name());
        assertEquals("地区生产总值增长率", row.reported(figure("提升", 3.89, "个百分点", "提升3.89个百分点"), null).name());
        IndicatorRecord named = figure("工业增加值", 5.0, "%", "工业增加值增长5%");
        assertSame(named, row.reported(named, target));
    }

    @Test
    void aTaskOfSentencesNamesNoProgressFigure() {
        IndicatorRecord done = figure("", 9.8, "%", "9.8%");
        String sentence = "全面推进产业转型升级，加快培育新兴产业集群，确保全年工业增加值稳步增长并完成年度目标任务";
        assertSame(done, new TaskTableRow(finder(null), "001", "m1", "1", sentence, "t.md:3").reported(done, null));
        assertSame(done, new TaskTableRow(finder(null), "001", "m1", "1", "工业\n增加值", "t.md:3")
                .reported(done, null));
    }

    @Test
    void theRowsTargetFigureIsTheFirstQuotingToTheTargetCell() {
        IndicatorRecord task = figure("a", 1.0, "%", "a 1%");
        IndicatorRecord target = figure("b", 2.0, "%", "a 1% | 2%");
        assertSame(target, TaskTableRow.targetFigure(List.of(task, target), "2%"));
        assertNull(TaskTableRow.targetFigure(List.of(task, target), null));
    }
}
