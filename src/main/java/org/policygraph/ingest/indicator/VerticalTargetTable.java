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
 * ("预期增长(%)"), else none; a change word may open it ("增长5%左右", "提高5%左右": CELL_CHANGE, a rate of change,
 * signed negative for a fall). Its year is the head's, else the annual plan's, else the one year of the caption
 * printed right above the head ("表一 2025年…主要目标完成情况", in a report on one year and the plan of the next).
 * The quote is the row's lines, verbatim.
 *
 * <p>Where the head has columns before its first figure column ("指标名称 / 属性 / 全年目标 / 全年完成") and the
 * line before each run of figures repeats from row to row ("地区生产总值 / 预期性 / 增长6%左右 / 增长5.8%", "预期性"
 * each time), that line is a words cell, not the item: each row is its item, a line for each of those columns and
 * then its figures.
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
    /**
     * A figure line: a bound word ({@link TargetBounds}) before or after the figure allowed, a fall signed ("-3.6"), a
     * change word (CELL_CHANGE) opening it ("增长5%左右", "提高5%左右", "下降3%"; {CHANGE}).
     */
    private static final String FIGURE = "({CHANGE})?({BEFORE})?([-－−]?\\d+(?:\\.\\d+)?)({UNIT})?({AFTER})?";
    /** The longest line read as a table's caption ("表一 2025年…主要目标完成情况"). */
    private static final int MAX_CAPTION = 40;
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
        Pattern figureLine = figurePattern(bounds, units, words);
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
                rows = figureRuns(lines, end, figureLine, 0);
                int wordCells = 0;
                while (wordCells < columns.size() && columns.get(wordCells).kind() == Kind.OTHER) {
                    wordCells++;
                }
                if (wordCells > 0 && rows.stream().map(r -> r.get(0).text()).distinct().count() < rows.size()) {
                    // "预期性" read as the item of several rows: a column of words ("指标名称 / 属性 / 全年目标 / 全年
                    // 完成"), each row its item, its words cells, then its figures
                    List<List<Line>> past = figureRuns(lines, end, figureLine, wordCells);
                    if (!past.isEmpty()) {
                        rows = past;
                    }
                }
            }
            Integer captionYear = h > 0 ? captionYear(lines.get(h - 1).text()) : null;
            for (List<Line> row : rows) {
                for (int c = 0; c < columns.size() && c + 1 < row.size(); c++) {
                    Column column = columns.get(c);
                    Line cell = row.get(c + 1);
                    if (column.kind() != Kind.OTHER && cell != null && figureLine.matcher(cell.text()).matches()) {
                        out.add(figure(documentId, location, raw, row.get(0), cell, column,
                                column.year() != null ? column.year()
                                        : years.annual() != null ? years.annual() : captionYear, figureLine, bounds,
                                units, words));
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
     * The rows of a table printed one cell a line without marks between its rows: each a line followed by
     * {@code wordCells} lines of words (the cells of the columns before the first figure's, "预期性") and a run of
     * figure lines: the line, its words cells and the run.
     */
    private static List<List<Line>> figureRuns(List<Line> lines, int k, Pattern figureLine, int wordCells) {
        List<List<Line>> rows = new ArrayList<>();
        while (k < lines.size()) {
            if (!opensRow(lines, k, figureLine, wordCells)) {
                k++;
                continue;
            }
            int f = k + 1 + wordCells;
            while (f < lines.size() && figureLine.matcher(lines.get(f).text()).matches()) {
                f++;
            }
            rows.add(lines.subList(k, f));
            k = f;
        }
        return rows;
    }

    /** Whether line {@code k} is an item followed by {@code wordCells} lines of words and then a figure line. */
    private static boolean opensRow(List<Line> lines, int k, Pattern figureLine, int wordCells) {
        if (k + 1 + wordCells >= lines.size()) {
            return false;
        }
        for (int i = k; i <= k + wordCells; i++) {
            if (figureLine.matcher(lines.get(i).text()).matches()) {
                return false;
            }
        }
        return figureLine.matcher(lines.get(k + 1 + wordCells).text()).matches();
    }

    /**
     * The year a caption printed right above the head names ("表一 2025年上海市国民经济和社会发展主要目标完成情况"):
     * a short line, no sentence, exactly one year not as a span ({@link DocumentYears#annualYear}); null otherwise.
     */
    private static Integer captionYear(String line) {
        if (line.length() > MAX_CAPTION || line.matches(".*[。；;！!？?，,：:]$")) {
            return null;
        }
        return DocumentYears.annualYear(line);
    }

    /** {@link #FIGURE} with the bound words, the units and the change words filled in. */
    private static Pattern figurePattern(TargetBounds bounds, Units units, IndicatorWords words) {
        return bounds.pattern(units.in(FIGURE).replace("{CHANGE}", words.alternation(IndicatorWords.Kind.CELL_CHANGE)));
    }

    private static FlattenedTable.Placed figure(String documentId, String location, String raw, Line item, Line cell,
                                                Column column, Integer year, Pattern figureLine, TargetBounds bounds,
                                                Units units, IndicatorWords words) {
        Matcher m = figureLine.matcher(cell.text());
        if (!m.matches()) {
            throw new IllegalStateException(cell.text());
        }
        String change = m.group(1);
        String printedUnit = m.group(4) != null ? m.group(4) : column.unit();
        String unit = printedUnit == null ? null : units.normalize(printedUnit);
        String bound = m.group(2) != null ? m.group(2) : m.group(5);
        boolean done = column.kind() == Kind.DONE;
        TargetComparator comparator = done ? TargetComparator.ACTUAL
                : bound == null ? TargetComparator.EQUAL : bounds.comparator(bound);
        IndicatorKind kind = unit != null && units.isPercent(unit)
                ? (column.growth() || change != null ? IndicatorKind.GROWTH_RATE : IndicatorKind.SHARE)
                : unit != null && units.isCounted(unit) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
        String name = IndicatorNames.clean(raw.substring(item.start(), item.end()).strip(), words);
        SourceRef source = new SourceRef(documentId, location, raw.substring(item.start(), cell.end()).strip());
        double value = Double.parseDouble(m.group(3).replaceAll("^[－−]", "-"));
        if (change != null && words.of(IndicatorWords.Kind.DECREASE_VERB).contains(change)) {
            value = -value; // "下降3%": a fall
        }
        return new FlattenedTable.Placed(item.start(), cell.end(), new IndicatorRecord(null, documentId, null, name,
                value, null, unit, year, kind, comparator, false, source,
                done ? IndicatorRole.ACTUAL : IndicatorRole.TARGET, IndicatorPeriod.YEAR, null, null, printedUnit,
                false, null));
    }
}
