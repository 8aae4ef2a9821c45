package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.IndicatorFinder;
import org.policygraph.ingest.SeedException;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.SourceRef;

/**
 * How the figures of one task-table row are named beyond what its task text states: the figures of its target cells
 * (the target and a split table's shares) and of its progress cells (进展情况, 完成情况). The caller reads the task text
 * and the progress cells itself and numbers what it keeps; this class decides whose name a row's figure takes.
 *
 * <pre>{@code
 * TaskTableRow row = new TaskTableRow(finder, documentId, measureId, location, taskText, where);
 * List<IndicatorRecord> targets = row.targets(rowFigures, unitCell, List.of(new TaskTableRow.Cell(rawRow, cell)));
 * IndicatorRecord target = TaskTableRow.targetFigure(rowFigures, targetCell);
 * for (IndicatorRecord done : finder.find(documentId, measureId, location, progressCell, TaskTableRow.PROGRESS_HEADINGS)) {
 *     done = row.reported(done, target);
 * }
 * }</pre>
 */
public final class TaskTableRow {

    /** How a progress cell is read: as under a heading reporting what was done. */
    public static final List<String> PROGRESS_HEADINGS = List.of("进展情况");

    /** A progress cell printing a percentage alone, a note in brackets (left open, at times) at most after it. */
    private static final Pattern SHARE_DONE = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*[%％](?:\\s*[（(].*)?$",
            Pattern.DOTALL);
    /** What a progress column's header names where it reports the share of the project done. */
    private static final String SHARE_HEADING = "进度";
    /** A unit a header prints in brackets after its name: "进展情况(%)". */
    private static final Pattern BRACKETED_UNIT = Pattern.compile("[（(][^（()）]*[)）]$");
    /** A progress cell printing a number alone, its unit left to the row's target ("2712" under 累计完成). */
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)?$");
    /** A year a figure cell prints after its figure, in brackets: "78.2(2021年)". */
    private static final Pattern CELL_YEAR = Pattern.compile(
            "\\d[^（(]*[（(]((?:19|20)\\d{2})\\s*年?[)）][\\s|｜]*$");
    /** A number printed in figures. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** The longest task that names a figure of its row's progress cell: an indicator's name, not a task's sentence. */
    private static final int MAX_NAMING_TASK = 30;

    /**
     * A target cell of the row.
     *
     * @param row  the row's raw text from its task cell to this cell, verbatim: every quote found lies in it
     * @param text the cell's raw text
     */
    public record Cell(String row, String text) {
    }

    private final IndicatorFinder finder;
    private final String documentId;
    private final String ownerId;
    private final String location;
    private final String task;
    private final String where;

    /**
     * @param ownerId  the row's measure id, owner of its figures
     * @param task     the task cell's text, which names the row's figures
     * @param where    {@code file:line} of the row, for errors
     */
    public TaskTableRow(IndicatorFinder finder, String documentId, String ownerId, String location, String task,
                        String where) {
        this.finder = finder;
        this.documentId = documentId;
        this.ownerId = ownerId;
        this.location = location;
        this.task = task;
        this.where = where;
    }

    /**
     * The figures the row's target cells set, cell by cell in order, each checked to quote the row's raw text.
     *
     * @param rowFigures the figures found so far in the row's task text, in order
     * @param unit       the 单位 cell's text, or null
     * @param cells      the target cell, then a split table's share cells: targets of the same quantity
     */
    public List<IndicatorRecord> targets(List<IndicatorRecord> rowFigures, String unit, List<Cell> cells) {
        // the figures the task states itself: a figure of the target cell in the unit of one of them
        // (区本级任务数 "5%" beside "固定资产投资增长10.0%") is a share of that quantity and takes its name,
        // the k-th figure of a unit in the cell the k-th of the task's in that unit
        List<IndicatorRecord> stated = rowFigures.stream().filter(i -> i.unit() != null).toList();
        Map<String, Integer> named = new HashMap<>();
        List<IndicatorRecord> targets = new ArrayList<>();
        for (Cell cell : cells) {
            String row = cell.row();
            List<IndicatorRecord> found = new ArrayList<>();
            for (IndicatorRecord set : finder.findInTargetCell(documentId, ownerId, location, row, task, unit,
                    cell.text())) {
                List<IndicatorRecord> same = stated.stream()
                        .filter(i -> i.unit().equals(set.unit())).toList();
                if (same.isEmpty()) {
                    found.add(set);
                    continue;
                }
                int k = Math.min(named.merge(set.unit(), 1, Integer::sum) - 1, same.size() - 1);
                List<IndicatorRecord> renamed = finder.findInTargetCell(documentId, ownerId, location, row,
                        same.get(k).name(), unit, cell.text());
                found.add(renamed.size() == 1 ? renamed.get(0) : set);
            }
            for (IndicatorRecord set : found) {
                targets.add(quotingRow(set, row));
            }
        }
        return targets;
    }

    /**
     * The figures of a cell under a header naming a quantity with its unit ("总投资(万元)" | "1200"), each checked to
     * quote the row's raw text: targets, or actuals where the header names what was done so far (累计完成投资).
     *
     * @param quantity what the figure measures: the header's quantity, named for the row
     * @param unit     the unit the header's bracket prints
     */
    public List<IndicatorRecord> headerFigures(Cell cell, String quantity, String unit, boolean actual) {
        List<IndicatorRecord> figures = new ArrayList<>();
        for (IndicatorRecord found : finder.findInTargetCell(documentId, ownerId, location, cell.row(), quantity, unit,
                cell.text())) {
            IndicatorRecord read = quotingRow(found, cell.row());
            figures.add(actual ? read.reportedAs(read.value(), read.source()) : read);
        }
        return figures;
    }

    /**
     * The figures of a cell under a column of a target table of several years ("2022年 | 2025年 | 2027年"), each of
     * its column's year: reported (ACTUAL) where the column holds what stands (现值, 基期) or its year is before the
     * document's year of issue (the "2022年" column of a plan of 2025 is its baseline), else targets. A cell printing
     * its own year after the figure ("78.2(2021年)": the latest figure known) gives the figure that year.
     *
     * @param year     the year the column's header prints, or null
     * @param reported the column holds figures as they stand (现值, 基期)
     */
    public List<IndicatorRecord> yearFigures(Cell cell, String quantity, String unit, boolean reported,
                                             Integer year) {
        Matcher own = CELL_YEAR.matcher(cell.text());
        Integer dated = own.find() ? Integer.valueOf(own.group(1)) : year;
        Integer issued = finder.issuedYear(documentId);
        boolean past = reported || dated != null && issued != null && dated < issued;
        List<IndicatorRecord> figures = new ArrayList<>();
        for (IndicatorRecord read : headerFigures(cell, quantity, unit, past)) {
            figures.add(read.withYear(dated)); // 现值 of no year printed: no year
        }
        return figures;
    }

    /** {@code figure}, after checking that its quote is in the row's raw text (a figure is never quoted from elsewhere). */
    private IndicatorRecord quotingRow(IndicatorRecord figure, String row) {
        if (figure.source() == null || !row.contains(figure.source().quote())) {
            throw new SeedException(where, "indicator of " + ownerId + " has a quote that is not in the row's raw text");
        }
        return figure;
    }

    /**
     * The figure the row's target cell sets: the first of {@code rowFigures} whose quote ends with the cell; null when
     * the row has no target cell ({@code targetCell} null) or no figure of it.
     */
    public static IndicatorRecord targetFigure(List<IndicatorRecord> rowFigures, String targetCell) {
        return rowFigures.stream().filter(i -> targetCell != null && i.source() != null
                && i.source().quote().endsWith(targetCell)).findFirst().orElse(null);
    }

    /**
     * A figure of the row's progress cell (read under {@link #PROGRESS_HEADINGS}), named.
     *
     * @param target the figure the row's target cell sets ({@link #targetFigure}), or null
     */
    public IndicatorRecord reported(IndicatorRecord done, IndicatorRecord target) {
        // a progress cell's figure that names nothing ("9.8%" under 完成情况, or a change alone: "提升3.89个百分点")
        // reports the task's figure: it takes the name of the figure the row's target cell sets, else the task's (an
        // indicator table's task cell names what is measured: "地区生产总值增长率")
        if ((done.name() == null || done.name().isBlank()
                || IndicatorNames.isBareChange(done.name())) && !task.contains("\n")
                && task.length() <= MAX_NAMING_TASK) {
            return target != null ? done.withName(target.name()).withMetric(target.metricId())
                    : done.withName(task.strip());
        }
        return done;
    }

    /**
     * Whether {@code done} is the percentage a progress cell prints alone, a note in brackets at most after it
     * ("80%", "57%(赤溪、灵溪偏慢)"): the share of the project done, not a figure of the task.
     */
    public static boolean isShareDone(String cell, IndicatorRecord done) {
        Matcher m = SHARE_DONE.matcher(cell.strip());
        return m.matches() && done.value() != null && "%".equals(done.unit())
                && Double.parseDouble(m.group(1)) == done.value();
    }

    /**
     * Whether a progress column's header names the share of the project done (当前进度, 目前进度: the 进度 of
     * table-columns.tsv's PROGRESS rows before its DEADLINE row), not what was done (进展情况, 完成情况).
     */
    public static boolean namesShareDone(String header) {
        return header.contains(SHARE_HEADING);
    }

    /**
     * A share done ({@link #isShareDone}), an actual named by its column ("当前进度", a unit in brackets dropped).
     *
     * @param column the header of the progress column naming the share done
     */
    public static IndicatorRecord shareDone(IndicatorRecord done, String column) {
        String name = BRACKETED_UNIT.matcher(column).replaceAll("");
        return done.reportedAs(done.value(), done.source()).withName(name).withMetric(null);
    }

    /**
     * The figures that progress cells printing a number alone report ("城镇新增就业2450人" | "2712" under 累计完成): a
     * progress table counts in the unit of the target beside it, so where the row prints as many progress cells as
     * its task states figures with a unit (a target a line, its progress cell on the same line), the k-th cell
     * reports the k-th figure: its name, unit and year, as an actual. Nothing is read where the counts differ (which
     * target a number reports is then unknown), nor where the task prints a number that is none of its figures read
     * (a figure the finder missed would shift the pairing), nor from a cell holding anything but the number.
     *
     * @param progressCells the row's progress cells, raw text, in order
     * @param stated        the figures the row's task and target cells state, in order
     */
    public List<IndicatorRecord> reportedInTargetUnits(List<String> progressCells, List<IndicatorRecord> stated) {
        List<IndicatorRecord> set = stated.stream()
                .filter(i -> i.unit() != null && i.value() != null && i.role() == IndicatorRole.TARGET).toList();
        List<IndicatorRecord> reported = new ArrayList<>();
        if (set.size() != progressCells.size() || NUMBER.matcher(task).results().count() != set.size()) {
            return reported;
        }
        for (int k = 0; k < progressCells.size(); k++) {
            String cell = progressCells.get(k).strip();
            if (!BARE_NUMBER.matcher(cell).matches()) {
                continue;
            }
            IndicatorRecord target = set.get(k);
            reported.add(target.reportedAs(Double.parseDouble(cell),
                    new SourceRef(target.documentId(), target.source().location(), cell)));
        }
        return reported;
    }
}
