package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.SourceRef;
import org.policygraph.model.TargetComparator;

/**
 * A target table copied from a web page one cell a line (目标任务分解表):
 * <pre>
 * 项目 / 分值 / 目标任务 / 责任单位      the head, a short line each, the item column first
 * 全社会固定资产投资额 / 3 / 186 / 区发改委   a row: the item, then its cells
 * 社会消费品零售总额增长率 / 3             a row whose merged cells are printed once, on the row above
 * </pre>
 * The head names the item column (项目, 指标, 指标名称) and a target column (目标任务, 目标值, 年度目标, 2016年目标);
 * the other heads are kept only for their place. A row is the line before a run of figure lines: the run's figures
 * fill the columns after the item in order, so the figure in the target column's place is the row's target (分值
 * before it is a weight, not a target). A cell of words ("年终根据全省平均水平综合考核"), a category ("宏观调控") or a
 * list of bodies sets nothing. The table prints no unit: a figure carries the unit printed with it, or none. Its year
 * is the target head's, else the annual plan's. The quote is the row's lines, verbatim.
 */
final class VerticalTargetTable {

    private static final Pattern ITEM_HEAD = Pattern.compile("(?:主要|考核)?(?:指标|项目)(?:名称|内容)?");
    private static final Pattern TARGET_HEAD = Pattern.compile(
            "(?:((?:19|20)\\d{2})年(?:度)?)?(?:年度)?(?:目标任务|目标值|预期目标|任务目标|目标)");
    private static final Pattern OTHER_HEAD = Pattern.compile(
            "序号|分值|权重|分数|计量单位|单位|备注|属性|类别|完成时限|时限|[\\p{IsHan}]{0,4}(?:单位|部门|领导)");
    /** A figure line: a bound word ({@link TargetBounds}) before or after the figure allowed. */
    private static final String FIGURE = "({BEFORE})?(\\d+(?:\\.\\d+)?)({UNIT})?({AFTER})?";
    private static final int MAX_COLUMNS = 9;

    private VerticalTargetTable() {
    }

    private record Line(int start, int end, String text) {
    }

    /** Where the table's head starts in the passage and the figures read from it; null when the passage holds none. */
    record Found(int start, List<FlattenedTable.Placed> figures) {
    }

    static Found read(String documentId, String location, String raw, DocumentYears years, TargetBounds bounds,
                      Units units, IndicatorWords words) {
        Pattern figureLine = bounds.pattern(units.in(FIGURE));
        List<Line> lines = new ArrayList<>();
        int from = 0;
        while (from <= raw.length()) {
            int to = raw.indexOf('\n', from);
            if (to < 0) {
                to = raw.length();
            }
            String text = raw.substring(from, to).replaceAll("[\\s\u3000]", "");
            if (!text.isEmpty()) {
                lines.add(new Line(from, to, text));
            }
            from = to + 1;
        }
        for (int h = 0; h < lines.size(); h++) {
            if (!ITEM_HEAD.matcher(lines.get(h).text()).matches()) {
                continue;
            }
            int target = -1;
            Integer headYear = null;
            int end = h + 1;
            for (; end < lines.size() && end - h < MAX_COLUMNS; end++) {
                String t = lines.get(end).text();
                Matcher tm = TARGET_HEAD.matcher(t);
                if (tm.matches() && target < 0) {
                    target = end - h;
                    headYear = tm.group(1) == null ? null : Integer.valueOf(tm.group(1));
                } else if (!OTHER_HEAD.matcher(t).matches()) {
                    break;
                }
            }
            if (target < 0 || end - h < 3) {
                continue;
            }
            Integer year = headYear != null ? headYear : years.annual();
            List<FlattenedTable.Placed> out = new ArrayList<>();
            int k = end;
            while (k < lines.size()) {
                if (figureLine.matcher(lines.get(k).text()).matches() || k + 1 >= lines.size()
                        || !figureLine.matcher(lines.get(k + 1).text()).matches()) {
                    k++;
                    continue;
                }
                Line item = lines.get(k);
                int f = k + 1;
                while (f < lines.size() && figureLine.matcher(lines.get(f).text()).matches()) {
                    f++;
                }
                if (f - k - 1 >= target) {
                    Line cell = lines.get(k + target);
                    out.add(figure(documentId, location, raw, item, cell, year, bounds, units, words));
                }
                k = f;
            }
            return new Found(lines.get(h).start(), out);
        }
        return null;
    }

    private static FlattenedTable.Placed figure(String documentId, String location, String raw, Line item, Line cell,
                                                Integer year, TargetBounds bounds, Units units,
                                                IndicatorWords words) {
        Matcher m = bounds.pattern(units.in(FIGURE)).matcher(cell.text());
        if (!m.matches()) {
            throw new IllegalStateException(cell.text());
        }
        String printedUnit = m.group(3);
        String unit = printedUnit == null ? null : units.normalize(printedUnit);
        String bound = m.group(1) != null ? m.group(1) : m.group(4);
        TargetComparator comparator = bound == null ? TargetComparator.EQUAL : bounds.comparator(bound);
        IndicatorKind kind = unit != null && units.isPercent(unit) ? IndicatorKind.SHARE
                : unit != null && units.isCounted(unit) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
        String name = IndicatorNames.clean(raw.substring(item.start(), item.end()).strip(), words);
        SourceRef source = new SourceRef(documentId, location, raw.substring(item.start(), cell.end()).strip());
        return new FlattenedTable.Placed(item.start(), cell.end(), new IndicatorRecord(null, documentId, null, name,
                Double.parseDouble(m.group(2)), null, unit, year, kind, comparator, false, source,
                IndicatorRole.TARGET, IndicatorPeriod.YEAR, null, null, printedUnit, false, null));
    }
}
