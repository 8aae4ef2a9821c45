package org.policygraph.ingest.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.SourceRef;
import org.policygraph.model.TargetComparator;

/**
 * The figure a task-table row sets in a column of its own (任务清单, 考核指标表):
 * <pre>
 * 序号 / 考核内容 / 单位 / 年度目标 / 责任部门
 * 4 / 粮食播种面积 / 万亩 / 0.07 / 县农业农村局
 * 1 / 农林牧渔业增加值增幅 / % / ≥2% / …
 * </pre>
 * The target cell must be a figure (a bound before or after it allowed: ≥, ≤, 以上, 以下 … as
 * {@link TargetBounds} lists them), its unit printed with it
 * or in the 单位 cell; a cell of words (全市统筹, 良好以上) or a figure without any unit sets nothing. The task cell
 * names it; the year is the annual plan's; the quote runs from the task cell to the target cell, verbatim.
 */
final class TargetCell {

    /**
     * A note in brackets after the figure: the year the figure is of ("78.2(2021年)": the latest known where the
     * column's year is not yet published) or whose figure it is ("35(邵阳市)": the prefecture's, the county's own
     * lacking). Only a year or a few characters of words: a bracket with another number says more than one figure.
     */
    private static final String NOTE = "(?:[（(](?:(?:19|20)\\d{2}年?|\\p{IsHan}{1,6})[)）])?";
    /** A figure, a bound word ({@link TargetBounds}) before or after it. */
    private static final String FIGURE = "({BEFORE})?(\\d+(?:\\.\\d+)?)({UNIT})?({AFTER})?" + NOTE;
    private static final Pattern GROWTH = Pattern.compile("增幅|增速|增长|增长率");

    private TargetCell() {
    }

    static IndicatorRecord read(String documentId, String location, String rawRow, String task, String unitCell,
                                String targetCell, TargetBounds bounds, Units units, DocumentYears years) {
        return read(documentId, location, rawRow, task, unitCell, targetCell, bounds, units, years, false);
    }

    /**
     * As {@link #read(String, String, String, String, String, String, TargetBounds, Units, DocumentYears)}; {@code
     * unitless}: the task names a ratio or an index ("城乡居民收入倍差"), whose figure has no unit, so a number printed
     * without one is read (with no unit).
     */
    static IndicatorRecord read(String documentId, String location, String rawRow, String task, String unitCell,
                                String targetCell, TargetBounds bounds, Units units, DocumentYears years,
                                boolean unitless) {
        String target = compact(targetCell);
        Matcher m = bounds.pattern(units.in(FIGURE)).matcher(target);
        if (task == null || task.isBlank() || !m.matches()) {
            return null;
        }
        String unitText = unitCell == null ? "" : compact(unitCell);
        String printed = m.group(3) != null ? m.group(3) : units.pattern("{UNIT}").matcher(unitText).matches() ? unitText : null;
        if (printed == null && !unitless) {
            return null; // "0" with no unit printed: nothing says what is counted
        }
        if (printed == null) {
            String bound = m.group(1) != null ? m.group(1) : m.group(4);
            return new IndicatorRecord(null, documentId, null, compact(task), Double.valueOf(m.group(2)), null, null,
                    years.annual(), IndicatorKind.LEVEL,
                    bound == null ? TargetComparator.EQUAL : bounds.comparator(bound), false,
                    new SourceRef(documentId, location, rawRow), IndicatorRole.TARGET, IndicatorPeriod.YEAR, null,
                    null, null, false, null);
        }
        String bound = m.group(1) != null ? m.group(1) : m.group(4);
        TargetComparator comparator = bound == null ? TargetComparator.EQUAL : bounds.comparator(bound);
        String unit = units.normalize(printed);
        // a quantity printed with its unit in brackets names no bracket: "城镇新增就业人数(人)" → 城镇新增就业人数
        String name = compact(task).replaceFirst("[（(]" + Pattern.quote(printed) + "[)）]$", "");
        IndicatorKind kind = units.isPercent(unit) ? (GROWTH.matcher(name).find() ? IndicatorKind.GROWTH_RATE
                : IndicatorKind.SHARE) : units.isCounted(unit) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
        return new IndicatorRecord(null, documentId, null, name, Double.valueOf(m.group(2)), null, unit,
                years.annual(), kind, comparator, false, new SourceRef(documentId, location, rawRow),
                IndicatorRole.TARGET, IndicatorPeriod.YEAR, null, null, printed, false, null);
    }

    private static String compact(String cell) {
        return cell.replaceAll("[\\s\u3000|｜]", "");
    }
}
