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
 * A target table copied from a web page one cell a line (目标任务分解表, 主要预期目标完成情况):
 * <pre>
 * 项目 / 分值 / 目标任务 / 责任单位      the head, a short line each, the item column first
 * 全社会固定资产投资额 / 3 / 186 / 区发改委   a row: the item, then its cells
 * 社会消费品零售总额增长率 / 3             a row whose merged cells are printed once, on the row above
 * </pre>
 * The head names the item column (项目, 指标, 指标名称) and a target column (目标任务, 目标值, 年度目标, 2016年目标,
 * 预期增长) or a column of what was done (上半年完成, 1-9月完成, 实际完成, 完成值): a plan execution report sets the
 * year's aim beside the figure reached so far. The other heads are kept only for their place. A row is the line before
 * a run of figure lines: the run's figures fill the columns after the item in order, so the figure in a target
 * column's place is a target of the row (分值 before it is a weight, not a target), the figure in a done column's place
 * an actual. A cell of words ("年终根据全省平均水平综合考核", "与全省保持一致"), a category ("宏观调控") or a list of
 * bodies sets nothing. A figure carries the unit printed with it, else the unit its column's head prints in brackets
 * ("预期增长(%)"), else none. Its year is the head's, else the annual plan's. The quote is the row's lines, verbatim.
 *
 * <p>Where the page closed each cell with " |" and opened each row with a bare "|" line (as a web table copied one
 * cell a line often is: "|" ⏎ "指标名称 |" ⏎ "预期增长(%) |" ⏎ "上半年完成(%) |" ⏎ "|" ⏎ "地区生产总值 |" ⏎ "6左右 |" ⏎
 * "4 |"), the rows are read by those marks: a bare "|" opens a row of as many cells as the head has, a bare "|" among
 * them an empty cell.
 */
final class VerticalTargetTable {

    private static final Pattern ITEM_HEAD = Pattern.compile("(?:主要|考核)?(?:指标|项目)(?:名称|内容)?");
    private static final Pattern TARGET_HEAD = Pattern.compile(
            "(?:((?:19|20)\\d{2})年(?:度)?)?(?:年度|全年)?(?:目标任务|目标值|预期目标|任务目标|目标|预期增长|预期增速)");
    /**
     * A column of what was done by the report's date: 上半年完成, 1-9月完成, 前三季度完成, 实际完成, 完成值 (not 完成时限,
     * 完成情况: a date, or words).
     */
    private static final Pattern DONE_HEAD = Pattern.compile(
            "(?:((?:19|20)\\d{2})年)?(?:上半年|前三季度|[一二三四]季度|1[-—－~至]\\d{1,2}月|全年)?(?:实际)?(?:完成值?|实绩)");
    /** A head's growth words: its percentages are rates of growth. */
    private static final Pattern GROWTH_HEAD = Pattern.compile("增长|增速|增幅");
    /** The unit a head prints in brackets at its end: "预期增长(%)", "上半年完成（亿元）". */
    private static final String HEAD_UNIT = "[(（]({UNIT})[)）]$";
    private static final Pattern OTHER_HEAD = Pattern.compile(
            "序号|分值|权重|分数|计量单位|单位|备注|属性|类别|完成时限|时限|[\\p{IsHan}]{0,4}(?:单位|部门|领导)");
    /** A figure line: a bound word ({@link TargetBounds}) before or after the figure allowed, a fall signed ("-3.6"). */
    private static final String FIGURE = "({BEFORE})?([-－−]?\\d+(?:\\.\\d+)?)({UNIT})?({AFTER})?";
    /** The " |" closing a cell printed on a line of its own, white space removed. */
    private static final Pattern CLOSING_BAR = Pattern.compile("[|｜]$");
    private static final int MAX_COLUMNS = 9;

    private VerticalTargetTable() {
    }

    /**
     * A line of the passage, white space removed: its raw start, the raw end of its text (a closing " |" left out), the
     * text, whether a " |" closed it and whether it is a bare "|".
     */
    private record Line(int start, int end, String text, boolean closed, boolean bar) {
    }

    /** What a head column holds: the row's target, what was done, or anything else (kept for its place). */
    private enum Kind { TARGET, DONE, OTHER }

    /** A head column after the item's: its kind, the year its head prints (or null) and the unit it prints in brackets. */
    private record Column(Kind kind, Integer year, String unit, boolean growth) {
    }

    /** Where the table's head starts in the passage and the figures read from it; null when the passage holds none. */
    record Found(int start, List<FlattenedTable.Placed> figures) {
    }

    static Found read(String documentId, String location, String raw, DocumentYears years, TargetBounds bounds,
                      Units units, IndicatorWords words) {
        Pattern figureLine = bounds.pattern(units.in(FIGURE));
        Pattern headUnit = units.pattern(HEAD_UNIT);
        List<Line> all = new ArrayList<>();
        int from = 0;
        while (from <= raw.length()) {
            int to = raw.indexOf('\n', from);
            if (to < 0) {
                to = raw.length();
            }
            String text = raw.substring(from, to).replaceAll("[\\s\u3000]", "");
            boolean closed = CLOSING_BAR.matcher(text).find();
            if (closed) {
                text = text.substring(0, text.length() - 1);
            }
            if (closed || !text.isEmpty()) {
                int end = to;
                while (end > from && (Character.isWhitespace(raw.charAt(end - 1)) || raw.charAt(end - 1) == '\u3000')) {
                    end--;
                }
                if (closed) {
                    end--; // the closing "|"
                    while (end > from && Character.isWhitespace(raw.charAt(end - 1))) {
                        end--;
                    }
                }
                all.add(new Line(from, end, text, closed && !text.isEmpty(), text.isEmpty()));
            }
            from = to + 1;
        }
        List<Line> lines = all.stream().filter(l -> !l.bar()).toList();
        for (int h = 0; h < lines.size(); h++) {
            if (!ITEM_HEAD.matcher(lines.get(h).text()).matches()) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            int end = h + 1;
            for (; end < lines.size() && end - h < MAX_COLUMNS; end++) {
                String t = lines.get(end).text();
                Matcher unit = headUnit.matcher(t);
                String printed = unit.find() ? unit.group(1) : null;
                String name = printed == null ? t : t.substring(0, unit.start());
                Matcher tm = TARGET_HEAD.matcher(name);
                Matcher dm = DONE_HEAD.matcher(name);
                boolean target = tm.matches() && columns.stream().noneMatch(c -> c.kind() == Kind.TARGET);
                if (target || dm.matches()) {
                    String year = target ? tm.group(1) : dm.group(1);
                    columns.add(new Column(target ? Kind.TARGET : Kind.DONE, year == null ? null : Integer.valueOf(year),
                            printed, GROWTH_HEAD.matcher(name).find()));
                } else if (OTHER_HEAD.matcher(t).matches()) {
                    columns.add(new Column(Kind.OTHER, null, null, false));
                } else {
                    break;
                }
            }
            if (columns.stream().allMatch(c -> c.kind() == Kind.OTHER) || end - h < 3) {
                continue;
            }
            if (columns.stream().anyMatch(c -> c.kind() == Kind.TARGET && c.growth())) {
                // what was done is reported against the aim: beside 预期增长, 上半年完成 is the growth reached so far
                columns.replaceAll(c -> c.kind() == Kind.DONE ? new Column(c.kind(), c.year(), c.unit(), true) : c);
            }
            List<FlattenedTable.Placed> out = new ArrayList<>();
            List<List<Line>> rows = closedRows(all, lines.get(h), lines.get(end - 1), columns.size() + 1);
            if (rows == null) {
                rows = figureRuns(lines, end, figureLine);
            }
            for (List<Line> row : rows) {
                for (int c = 0; c < columns.size() && c + 1 < row.size(); c++) {
                    Column column = columns.get(c);
                    Line cell = row.get(c + 1);
                    if (column.kind() != Kind.OTHER && cell != null && figureLine.matcher(cell.text()).matches()) {
                        out.add(figure(documentId, location, raw, row.get(0), cell, column,
                                column.year() != null ? column.year() : years.annual(), bounds, units, words));
                    }
                }
            }
            return new Found(lines.get(h).start(), out);
        }
        return null;
    }

    /**
     * The rows of a table whose head runs from {@code first} to {@code last}, read by the bars of a page that closed
     * each cell with " |" and opened each row with a bare "|": each row the {@code cells} cells after a bare "|", a bare
     * "|" among them an empty cell (null). Null where the head is not printed so (a bare "|" before it, each of its
     * cells closed, a bare "|" after it).
     */
    private static List<List<Line>> closedRows(List<Line> all, Line first, Line last, int cells) {
        int h = all.indexOf(first);
        int e = all.indexOf(last);
        if (h < 1 || !all.get(h - 1).bar() || e + 1 >= all.size() || !all.get(e + 1).bar()
                || all.subList(h, e + 1).stream().anyMatch(l -> !l.closed())) {
            return null;
        }
        List<List<Line>> rows = new ArrayList<>();
        int k = e + 1;
        while (k < all.size() && all.get(k).bar()) {
            List<Line> row = new ArrayList<>();
            for (k++; k < all.size() && row.size() < cells && (all.get(k).bar() || all.get(k).closed()); k++) {
                row.add(all.get(k).bar() ? null : all.get(k));
            }
            if (row.isEmpty() || row.get(0) == null) {
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The rows of a table printed one cell a line without marks between its rows: each a line followed by a run of
     * figure lines, the line and the run.
     */
    private static List<List<Line>> figureRuns(List<Line> lines, int k, Pattern figureLine) {
        List<List<Line>> rows = new ArrayList<>();
        while (k < lines.size()) {
            if (figureLine.matcher(lines.get(k).text()).matches() || k + 1 >= lines.size()
                    || !figureLine.matcher(lines.get(k + 1).text()).matches()) {
                k++;
                continue;
            }
            int f = k + 1;
            while (f < lines.size() && figureLine.matcher(lines.get(f).text()).matches()) {
                f++;
            }
            rows.add(lines.subList(k, f));
            k = f;
        }
        return rows;
    }

    private static FlattenedTable.Placed figure(String documentId, String location, String raw, Line item, Line cell,
                                                Column column, Integer year, TargetBounds bounds, Units units,
                                                IndicatorWords words) {
        Matcher m = bounds.pattern(units.in(FIGURE)).matcher(cell.text());
        if (!m.matches()) {
            throw new IllegalStateException(cell.text());
        }
        String printedUnit = m.group(3) != null ? m.group(3) : column.unit();
        String unit = printedUnit == null ? null : units.normalize(printedUnit);
        String bound = m.group(1) != null ? m.group(1) : m.group(4);
        boolean done = column.kind() == Kind.DONE;
        TargetComparator comparator = done ? TargetComparator.ACTUAL
                : bound == null ? TargetComparator.EQUAL : bounds.comparator(bound);
        IndicatorKind kind = unit != null && units.isPercent(unit)
                ? (column.growth() ? IndicatorKind.GROWTH_RATE : IndicatorKind.SHARE)
                : unit != null && units.isCounted(unit) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
        String name = IndicatorNames.clean(raw.substring(item.start(), item.end()).strip(), words);
        SourceRef source = new SourceRef(documentId, location, raw.substring(item.start(), cell.end()).strip());
        double value = Double.parseDouble(m.group(2).replaceAll("^[－−]", "-"));
        return new FlattenedTable.Placed(item.start(), cell.end(), new IndicatorRecord(null, documentId, null, name,
                value, null, unit, year, kind, comparator, false, source,
                done ? IndicatorRole.ACTUAL : IndicatorRole.TARGET, IndicatorPeriod.YEAR, null, null, printedUnit,
                false, null));
    }
}
