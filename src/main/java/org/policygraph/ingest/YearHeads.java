package org.policygraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a table's header cell prints, read one way by every table reader: the task tables' ({@link TaskTables}:
 * "2025年" a target column of that year, "2022年预期目标" a 预期目标 column, "2020年(基期)" a 基期 column of 2020) and an
 * indicator table's printed one row a line ("2025年目标值", "2022", "2020年基期值"). A year is 19xx or 20xx.
 */
public final class YearHeads {

    private static final String YEAR = "(?:19|20)\\d{2}";
    /** The year opening a header cell, as a task table drops it: "2022年", "2022年度" (a regular expression). */
    static final String OPENING = YEAR + "年度?";
    /** A header cell that is a year alone: "2025年". */
    private static final Pattern ALONE = Pattern.compile("^" + YEAR + "年$");
    /** The year opening a header cell: "2025年目标", "2020年(基期)". */
    private static final Pattern OPENING_YEAR = Pattern.compile("^(" + YEAR + ")年");
    /** The year opening a header cell and what follows it, 年 printed or not: "2025年目标值", "2025". */
    private static final Pattern DATED = Pattern.compile("(" + YEAR + ")年?(.*)");

    private YearHeads() {
    }

    /** Whether a header cell is a year alone: "2025年". */
    public static boolean isYearAlone(String cell) {
        return ALONE.matcher(cell).matches();
    }

    /** The year opening a header cell with 年 ("2025年目标" → 2025), or null. */
    public static Integer openingYear(String cell) {
        Matcher y = OPENING_YEAR.matcher(cell);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /** A header cell without the year opening it ("2022年预期目标" → "预期目标", "2022年度目标" → "目标"). */
    public static String withoutYear(String cell) {
        String rest = cell.replaceFirst("^" + OPENING, "");
        return rest.isEmpty() ? cell : rest;
    }

    /** A header cell opened by a year, 年 printed or not, and what follows it: "2020年基期值" → 2020, "基期值". */
    public record Dated(int year, String rest) {
    }

    /** The year opening a header cell and the rest of it ("2025年目标值", "2025"), or null where no year opens it. */
    public static Dated dated(String cell) {
        Matcher y = DATED.matcher(cell);
        return y.matches() ? new Dated(Integer.parseInt(y.group(1)), y.group(2)) : null;
    }
}
