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
 * A plan's target table (指标体系) that text extraction flattened into one passage: column heads, then rows of
 * "item value value …" separated by whitespace. Heads it recognises: a reported column "2020 年完成值 / 实际值 /
 * 基期值 / 现状值", a target column "2025 年预期值 / 目标值 / 规划值", and a growth column "("十四五")年均增幅 /
 * 年均增长 / 年均增速"; at least a target column and one other must be present.
 *
 * <p>How a row is read: the item is the whitespace-separated word just before the row's first value (category
 * cells that extraction split around the rows, "招商 … 引资", stand elsewhere and are ignored); a % value belongs
 * to the growth column; other values fill the year columns in ascending year order (tables print the base year
 * before the target year, whatever order extraction left the heads in). A value printed "…/年" is PER_YEAR.
 */
final class FlattenedTable {

    private static final Pattern REPORTED_HEAD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(?:完成值|实际值|实绩值|基期值|基数|现状值|现状)");
    private static final Pattern TARGET_HEAD = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(?:预期值|目标值|规划值)");
    private static final Pattern GROWTH_HEAD = Pattern.compile(
            "(?:[\"“”]?十([一二三四五六七八九])五[\"“”]?(?:期间|时期)?)?\\s*年均(?:增幅|增长率|增长|增速)(?:\\s*[(（][%％][)）])?");
    private static final Pattern ITEM_HEAD = Pattern.compile("指标名称|项目|指标");

    /** A cell: a figure with its unit, a bound word ({@link TargetBounds}) before or after it allowed. */
    private static final String VALUE =
            "({BEFORE})?(?<![0-9.])(\\d+(?:\\.\\d+)?)\\s*({UNIT})(/年)?({AFTER})?";

    private record Column(int year, boolean reported) {
    }

    private record Cell(int start, int end, double value, String printedUnit, TargetComparator bound) {
    }

    private FlattenedTable() {
    }

    /** The column heads found close together at the start of a table; null when the passage holds none. */
    private record Header(int start, int end, Integer reportedYear, int targetYear, boolean growth,
                          Integer growthFrom) {
    }

    /** Heads further apart than this are prose that happens to say 年均增长 and 2025年预期值, not a head row. */
    private static final int HEAD_ROW_SPAN = 60;

    private static Header header(String raw) {
        Matcher target = TARGET_HEAD.matcher(raw);
        if (!target.find()) {
            return null;
        }
        Matcher reported = REPORTED_HEAD.matcher(raw);
        boolean hasReported = reported.find() && Math.abs(reported.start() - target.start()) <= HEAD_ROW_SPAN;
        Matcher growth = GROWTH_HEAD.matcher(raw);
        boolean hasGrowth = growth.find() && Math.abs(growth.start() - target.start()) <= HEAD_ROW_SPAN;
        if (!hasReported && !hasGrowth) {
            return null;
        }
        int start = target.start();
        int end = target.end();
        if (hasReported) {
            start = Math.min(start, reported.start());
            end = Math.max(end, reported.end());
        }
        if (hasGrowth) {
            start = Math.min(start, growth.start());
            end = Math.max(end, growth.end());
        }
        // a head row holds nothing but heads: prose saying "年均增长" near "2025年目标值" is not one
        String between = raw.substring(start, end);
        for (Pattern head : List.of(TARGET_HEAD, REPORTED_HEAD, GROWTH_HEAD, ITEM_HEAD)) {
            between = head.matcher(between).replaceAll(" ");
        }
        if (!between.replaceAll("[\\s\"“”]", "").isEmpty()) {
            return null;
        }
        Matcher item = ITEM_HEAD.matcher(raw);
        if (item.find(end) && raw.substring(end, item.start()).isBlank()) {
            end = item.end();
        }
        Integer reportedYear = hasReported ? Integer.valueOf(reported.group(1)) : null;
        Integer growthFrom = null;
        if (hasGrowth && growth.group(1) != null) {
            growthFrom = FiveYearPlans.firstYear(growth.group(1).charAt(0));
        } else if (reportedYear != null) {
            growthFrom = reportedYear + 1;
        }
        return new Header(start, end, reportedYear, Integer.parseInt(target.group(1)), hasGrowth, growthFrom);
    }

    /** Start of the table's head in the passage, or -1: the rules leave everything from there to the table. */
    static int headStart(String raw) {
        Header h = header(raw);
        return h == null ? -1 : h.start();
    }

    /** The table's figures, or an empty list when the passage is not such a table. Quotes are verbatim rows. */
    static List<Placed> read(String documentId, String location, String raw, DocumentYears years,
                             TargetBounds bounds, Units units, IndicatorWords words) {
        Header head = header(raw);
        if (head == null) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>();
        if (head.reportedYear() != null) {
            columns.add(new Column(head.reportedYear(), true));
        }
        columns.add(new Column(head.targetYear(), false));
        columns.sort(java.util.Comparator.comparingInt(Column::year));
        int headEnd = head.end();
        List<Placed> out = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        Matcher v = bounds.pattern(units.in(VALUE)).matcher(raw);
        v.region(headEnd, raw.length());
        while (v.find()) {
            Cell cell = new Cell(v.start(), v.end(), Double.parseDouble(v.group(2)),
                    v.group(3) + (v.group(4) == null ? "" : v.group(4)),
                    bounds.comparator(v.group(1) != null ? v.group(1) : v.group(5)));
            if (!row.isEmpty() && !raw.substring(row.get(row.size() - 1).end(), cell.start()).isBlank()) {
                readRow(documentId, location, raw, headEnd, row, columns, head.growth(), head.growthFrom(),
                        head.targetYear(), units, words, out);
                row.clear();
            }
            row.add(cell);
        }
        readRow(documentId, location, raw, headEnd, row, columns, head.growth(), head.growthFrom(), head.targetYear(),
                units, words, out);
        return out;
    }

    private static void readRow(String documentId, String location, String raw, int headEnd, List<Cell> row,
                                List<Column> columns, boolean hasGrowth, Integer growthFrom, int targetYear,
                                Units units, IndicatorWords words, List<Placed> out) {
        if (row.isEmpty()) {
            return;
        }
        int itemEnd = row.get(0).start();
        while (itemEnd > headEnd && Character.isWhitespace(raw.charAt(itemEnd - 1))) {
            itemEnd--;
        }
        int itemStart = itemEnd;
        while (itemStart > headEnd && !Character.isWhitespace(raw.charAt(itemStart - 1))) {
            itemStart--;
        }
        String item = IndicatorNames.clean(raw.substring(itemStart, itemEnd), words);
        if (item.isEmpty()) {
            return;
        }
        String quote = raw.substring(itemStart, row.get(row.size() - 1).end());
        SourceRef source = new SourceRef(documentId, location, quote);
        int column = 0;
        for (Cell cell : row) {
            String unit = units.normalize(cell.printedUnit());
            TargetComparator comparator = cell.bound() == null ? TargetComparator.EQUAL : cell.bound();
            if (units.isPercent(unit) && hasGrowth) {
                out.add(new Placed(itemStart, itemStart + quote.length(), new IndicatorRecord(null, documentId, null,
                        item, cell.value(), null, unit, targetYear, IndicatorKind.GROWTH_RATE, comparator, false,
                        source, IndicatorRole.TARGET, IndicatorPeriod.AVERAGE_ANNUAL_GROWTH, growthFrom, targetYear,
                        cell.printedUnit(), false, null)));
                continue;
            }
            if (column >= columns.size()) {
                continue; // more amounts than year columns: not ours to guess
            }
            Column c = columns.get(column++);
            IndicatorKind kind = units.isPercent(unit) ? IndicatorKind.SHARE
                    : units.isCounted(unit) ? IndicatorKind.COUNT : IndicatorKind.LEVEL;
            boolean perYear = cell.printedUnit().endsWith(Units.PER_YEAR_SUFFIX);
            out.add(new Placed(itemStart, itemStart + quote.length(), new IndicatorRecord(null, documentId, null, item,
                    cell.value(), null, unit, c.year(), kind, c.reported() ? TargetComparator.ACTUAL : comparator,
                    false, source, c.reported() ? IndicatorRole.ACTUAL : IndicatorRole.TARGET,
                    perYear ? IndicatorPeriod.PER_YEAR : IndicatorPeriod.YEAR, null, null, cell.printedUnit(), false,
                    null)));
        }
    }

    /** A figure with the raw span its quote covers, for ordering. */
    record Placed(int start, int end, IndicatorRecord record) {
    }
}
