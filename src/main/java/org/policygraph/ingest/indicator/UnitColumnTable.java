package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.ItemNumbers;
import org.policygraph.ingest.YearHeads;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;
import org.policygraph.model.SourceRef;
import org.policygraph.model.TargetComparator;

/**
 * A plan's indicator table (主要指标) printed one row a line, its unit in a column of its own:
 * <pre>
 * 序号 指标名称 单位 2022年 2025年 属性
 * 1 社会消费品零售总额 亿元 1180 1500 预期性
 * </pre>
 * Cells are separated by white space, tabs or "|". The head row names the item column (指标名称/指标), the unit column
 * (单位; without it the unit ends the item: "地区生产总值(亿元)") and at least one year column ("2025年", "2025年目标值", "2020年(基期)"); a 年均增长 column is read as average
 * growth up to the last year. A year column before the document's year of issue, or headed 基期/完成/实际/现状, holds
 * reported figures (ACTUAL); the others hold targets. A column headed 现状 / 现值 / 基期值 without a year holds the
 * figures as they stand: actuals of no year. The unit column's and the present figures' words are the task tables'
 * ({@link IndicatorTableHeads}: table-columns.tsv). A group's heading printed as a row of its own ("一、经济发展") goes on
 * with the table. Each row's quote is its line, verbatim.
 */
final class UnitColumnTable {

    private static final Pattern CELL_SEPARATOR = Pattern.compile("[\\t|｜]+|\\s{1,}");
    /** After a year, besides the words of the figures as they stand ({@link IndicatorTableHeads}): reported figures. */
    private static final Pattern REPORTED = Pattern.compile("完成|实际|实绩");
    /** A group's heading printed as a row of one cell: "一、经济发展", "（二）民生福祉". */
    private static final Pattern GROUP_ROW = Pattern.compile("(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[\\p{IsHan}、]{1,20}");
    private static final Pattern GROWTH_HEAD = Pattern.compile("年均(?:增长|增速|增幅|增长率)");
    /** A figure cell: a figure or a range, a bound word ({@link TargetBounds}) before or after it allowed. */
    private static final String NUMBER = "({BEFORE})?(\\d+(?:\\.\\d+)?)(?:[—–~～\\-](\\d+(?:\\.\\d+)?))?({AFTER})?";
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}" + ItemNumbers.CLOSING_MARK + "?");
    private static final Pattern ATTRIBUTE = Pattern.compile("预期性|约束性|指导性");
    private static final String UNIT_IN_ITEM = "[（(]({UNIT})[)）]$";

    private UnitColumnTable() {
    }

    private enum Kind { ITEM, UNIT, YEAR, GROWTH, OTHER }

    private record Column(Kind kind, int year, boolean reported) {
    }

    /** The raw span of the table (head row to its last row) and the figures read from it; empty when none. */
    record Found(int start, int end, List<FlattenedTable.Placed> figures) {
    }

    static Found read(String documentId, String location, String raw, DocumentYears years, TargetBounds bounds,
                      Units units, IndicatorWords words, IndicatorTableHeads heads) {
        int lineStart = 0;
        List<Column> columns = null;
        int tableStart = -1;
        int tableEnd = -1;
        List<FlattenedTable.Placed> out = new ArrayList<>();
        while (lineStart <= raw.length()) {
            int lineEnd = raw.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = raw.length();
            }
            String line = raw.substring(lineStart, lineEnd);
            List<String> cells = cells(line);
            if (columns == null) {
                columns = head(cells, years, heads);
                if (columns != null) {
                    tableStart = lineStart;
                    tableEnd = lineEnd;
                }
            } else if (cells.size() == 1 && GROUP_ROW.matcher(cells.get(0)).matches()) {
                tableEnd = lineEnd; // a group's heading inside the table
            } else if (!cells.isEmpty() && !line.strip().matches("[-—:：|｜\\s]+")) { // a markdown rule is no row
                if (!readRow(documentId, location, raw, lineStart, line, cells, columns, bounds, units, words, out)) {
                    break; // the first line that is no row ends the table
                }
                tableEnd = lineEnd;
            }
            lineStart = lineEnd + 1;
        }
        return columns == null ? null : new Found(tableStart, tableEnd, out);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String c : CELL_SEPARATOR.split(line.strip())) {
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        return cells;
    }

    /** The columns of a head row, or null when the line is not one. */
    private static List<Column> head(List<String> cells, DocumentYears years, IndicatorTableHeads heads) {
        List<Column> columns = new ArrayList<>();
        boolean item = false;
        boolean unit = false;
        boolean year = false;
        for (String c : cells) {
            YearHeads.Dated y = YearHeads.dated(c);
            if (c.equals("指标名称") || c.equals("指标") || c.equals("主要指标")) {
                columns.add(new Column(Kind.ITEM, 0, false));
                item = true;
            } else if (heads.namesUnit(c)) {
                columns.add(new Column(Kind.UNIT, 0, false));
                unit = true;
            } else if (heads.namesPresent(c)) {
                columns.add(new Column(Kind.YEAR, 0, true)); // the figure as it stands, of no year printed
            } else if (GROWTH_HEAD.matcher(c).find()) {
                columns.add(new Column(Kind.GROWTH, 0, false));
            } else if (y != null) {
                int yr = y.year();
                boolean reported = REPORTED.matcher(y.rest()).find() || heads.marksPresent(y.rest())
                        || (years.issued() != null && yr < years.issued());
                columns.add(new Column(Kind.YEAR, yr, reported));
                year = true;
            } else {
                columns.add(new Column(Kind.OTHER, 0, false));
            }
        }
        return item && year ? columns : null; // without a 单位 column, the unit stands in the item: "地区生产总值(亿元)"
    }

    /** Reads one row into figures; false when the line is not a row of this table. */
    private static boolean readRow(String documentId, String location, String raw, int lineStart, String line,
                                   List<String> cells, List<Column> columns, TargetBounds bounds, Units units,
                                   IndicatorWords words, List<FlattenedTable.Placed> out) {
        List<String> row = new ArrayList<>(cells);
        if (row.size() == columns.size() + 1 && ROW_NUMBER.matcher(row.get(0)).matches()
                && columns.get(0).kind() != Kind.OTHER) {
            row.remove(0); // a 序号 the head did not name
        }
        if (row.size() != columns.size()) {
            return false;
        }
        String item = null;
        String unit = null;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == Kind.ITEM) {
                item = IndicatorNames.clean(row.get(i), words);
            } else if (columns.get(i).kind() == Kind.UNIT) {
                unit = row.get(i);
            }
        }
        if (unit == null && item != null) {
            Matcher inItem = units.pattern(UNIT_IN_ITEM).matcher(item);
            if (inItem.find()) {
                unit = inItem.group(1);
                item = item.substring(0, inItem.start());
            }
        }
        if (item == null || item.isEmpty() || unit == null || ATTRIBUTE.matcher(item).matches()) {
            return false;
        }
        int lastYear = columns.stream().filter(c -> c.kind() == Kind.YEAR && c.year() > 0).mapToInt(Column::year)
                .max().orElse(0);
        int firstYear = columns.stream().filter(c -> c.kind() == Kind.YEAR && c.year() > 0).mapToInt(Column::year)
                .min().orElse(0);
        int start = lineStart + (line.length() - line.stripLeading().length());
        int end = lineStart + line.stripTrailing().length();
        SourceRef source = new SourceRef(documentId, location, raw.substring(start, end));
        String normalized = units.normalize(unit.replaceAll("^[（(]|[)）]$", ""));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.kind() != Kind.YEAR && c.kind() != Kind.GROWTH) {
                continue;
            }
            Matcher n = bounds.pattern(NUMBER).matcher(row.get(i));
            if (!n.matches()) {
                continue; // "—", "持续提升": no figure in this cell
            }
            double value = Double.parseDouble(n.group(2));
            Double valueMax = n.group(3) == null ? null : Double.valueOf(n.group(3));
            String bound = n.group(1) != null ? n.group(1) : n.group(4);
            TargetComparator comparator = valueMax != null ? TargetComparator.RANGE
                    : bound == null ? TargetComparator.EQUAL : bounds.comparator(bound);
            IndicatorRecord record;
            if (c.kind() == Kind.GROWTH) {
                record = new IndicatorRecord(null, documentId, null, item, value, valueMax, "%", lastYear,
                        IndicatorKind.GROWTH_RATE, comparator, false, source, IndicatorRole.TARGET,
                        IndicatorPeriod.AVERAGE_ANNUAL_GROWTH, firstYear == lastYear ? null : firstYear, lastYear, "%",
                        false, null);
            } else {
                IndicatorKind kind = units.isPercent(normalized) ? IndicatorKind.SHARE
                        : units.isCounted(normalized) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
                record = new IndicatorRecord(null, documentId, null, item, value, valueMax, normalized,
                        c.year() > 0 ? Integer.valueOf(c.year()) : null, kind,
                        c.reported() ? TargetComparator.ACTUAL : comparator, false, source,
                        c.reported() ? IndicatorRole.ACTUAL : IndicatorRole.TARGET, IndicatorPeriod.YEAR, null, null,
                        unit, false, null);
            }
            out.add(new FlattenedTable.Placed(start, end, record));
        }
        return true;
    }
}
