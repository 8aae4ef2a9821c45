package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table printed one cell a line whose 序号 cells number groups in words (一, 二, 三 …) and whose task column lists each
 * group's projects as outline items ((一), (二) …), as county progress tables of livelihood projects print the projects
 * of one 牵头单位 under its group: "一" ⏎ "区住建局" ⏎ "区政府民生实事项目(1个)" ⏎ "(一)…专项行动(6条路)" ⏎ "1.文化中心北路"
 * ⏎ "区城投" ⏎ "已完工" ⏎ … ⏎ "二" ⏎ …. The cells before a group's first item are the group's, one a column of the
 * header in its order (its number, its lead, a count of its projects); each item is a project with the cells after it up
 * to the next item: the first cell after a piece of its task is under the column after the task column (业主单位,
 * 责任单位), the others under the columns after that. A project's parts numbered 1. 2. … (the roads of one programme,
 * each with its own owner) belong to the item above them. A header's second line (前期手续 / 在建形象进度 under 本月进展情况)
 * printed after the line of '|' closing its first is skipped. Only a table every group of which lists items reads so.
 */
final class WordNumberedGroups {

    /** One project: its task pieces, the group's lead cell, the cells under the column after the task, the others. */
    record Project(int line, List<Span> task, Span lead, List<Span> owners, List<Span> rest) {
    }

    /** The projects read and the last line taken; every line between was a cell, header line or '|' line. */
    record Reading(List<Project> projects, int lastLine) {
    }

    /** An outline item opening a task cell: (一), （二）. */
    private static final Pattern ITEM = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[)）]\\s*\\S.*");
    /** A part of an item numbered in figures: 1.文化中心北路, 2、乐业路. */
    private static final Pattern PART = Pattern.compile("^\\d{1,2}\\s*" + ItemNumbers.CLOSING_MARK + "\\s*\\S.*");
    /** A name in an owner cell: names stand apart by white space ("区城管局 区水投"). */
    private static final Pattern OWNER_NAME = Pattern.compile("\\S+");
    /** The most lines a header's second line (its sub-columns) may print. */
    private static final int MAX_SUB_HEADER = 6;

    private WordNumberedGroups() {
    }

    /**
     * The projects of the table whose header ({@code columns}, 序号 first, a lead column before its last task column)
     * ended before line {@code from}, or null where its rows are not groups numbered in words listing items.
     */
    static Reading read(SourceText source, BodyNameEndings endings, List<TableHeaders.Column> columns, int from, int to) {
        int lead = columns.indexOf(TableHeaders.Column.LEAD);
        int task = columns.lastIndexOf(TableHeaders.Column.TASK);
        if (columns.indexOf(TableHeaders.Column.NUMBER) != 0 || lead < 0 || task < lead) {
            return null;
        }
        int k = from;
        boolean headerClosed = false;
        int subHeader = 0;
        for (; k < to; k++) {
            SourceText.Line line = source.line(k);
            if (line.isNoise()) {
                continue;
            }
            if (TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                headerClosed = true;
                continue;
            }
            String text = TableCells.cellText(line);
            if (OutlineParser.numeralValue(text) == 1) {
                break;
            }
            if (!headerClosed || TableCells.isRow(line) || text.isEmpty() || text.length() > TableHeaders.MAX_HEADER_CELL
                    || ++subHeader > MAX_SUB_HEADER) {
                return null;
            }
        }
        List<Project> projects = new ArrayList<>();
        int group = 0;
        int last = -1;
        List<Span> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        // cells each closed by " |": a line not so closed is text after the table
        boolean closedCells = k < to && source.line(k).text().strip().endsWith("|");
        for (; k <= to; k++) {
            SourceText.Line line = k < to ? source.line(k) : null;
            String text = line == null ? "" : TableCells.cellText(line);
            boolean ends = line == null || (TableCells.isRow(line) && !TableCells.CLOSING_PIPES.matcher(line.text()).matches())
                    || (closedCells && !line.isNoise() && !line.text().strip().isEmpty()
                    && !line.text().strip().endsWith("|"));
            if (ends || OutlineParser.numeralValue(text) == group + 1) {
                if (group > 0 && !readGroup(source, endings, cells, lines, lead, projects)) {
                    return null;
                }
                if (ends) {
                    break;
                }
                group++;
                cells.clear();
                lines.clear();
            }
            if (line.isNoise() || TableCells.CLOSING_PIPES.matcher(line.text()).matches() || text.isEmpty()) {
                continue;
            }
            cells.add(TableCells.cellSpan(source.raw(), line));
            lines.add(k);
            last = k;
        }
        return projects.isEmpty() ? null : new Reading(projects, last);
    }

    /** Reads one group's cells (its number first) into projects; false where it lists no item after its own cells. */
    private static boolean readGroup(SourceText source, BodyNameEndings endings, List<Span> cells, List<Integer> lines,
                                     int lead, List<Project> projects) {
        String raw = source.raw();
        int first = -1;
        for (int i = 1; i < cells.size() && first < 0; i++) {
            if (ITEM.matcher(TextCleaner.cleanLine(cells.get(i).of(raw))).matches()) {
                first = i;
            }
        }
        if (first < 0 || lead >= first) {
            return false;
        }
        Span leadCell = cells.get(lead);
        String leadName = name(leadCell.of(raw));
        List<Span> task = null;
        List<Span> owners = null;
        List<Span> rest = null;
        boolean afterTask = false;
        for (int i = first; i < cells.size(); i++) {
            String text = TextCleaner.cleanLine(cells.get(i).of(raw));
            if (ITEM.matcher(text).matches()) {
                task = new ArrayList<>();
                owners = new ArrayList<>();
                rest = new ArrayList<>();
                projects.add(new Project(lines.get(i), task, leadCell, owners, rest));
                task.add(cells.get(i));
                afterTask = true;
            } else if (PART.matcher(text).matches()) {
                task.add(cells.get(i));
                afterTask = true;
            } else if (afterTask) {
                owners.addAll(owners(raw, endings, cells.get(i), leadName));
                afterTask = false;
            } else {
                rest.add(cells.get(i));
            }
        }
        return true;
    }

    /**
     * The names of an owner cell other than the group's lead, each a span of its own: names separated by white space
     * ("区城管局 区水投"), a bracketed remark left out ("X有限公司(开发商配建学校项目)"), and where the lead is the owner
     * with another body building for it ("区教体局(区国投公司代建)"), that body.
     */
    private static List<Span> owners(String raw, BodyNameEndings endings, Span cell, String leadName) {
        List<Span> names = new ArrayList<>();
        Matcher part = OWNER_NAME.matcher(cell.of(raw));
        while (part.find()) {
            Span span = new Span(cell.start() + part.start(), cell.start() + part.end());
            String printed = span.of(raw);
            int bracket = DepartmentResolver.bracketedRemarkStart(printed);
            if (bracket > 0) {
                String head = printed.substring(0, bracket);
                String inside = printed.substring(bracket + 1);
                Matcher body = endings.pattern().matcher(inside);
                if (name(head).equals(leadName) && body.lookingAt()) {
                    span = new Span(span.start() + bracket + 1, span.start() + bracket + 1 + body.end());
                } else if (!endings.isBodyLike(inside.substring(0, inside.length() - 1))) {
                    span = new Span(span.start(), span.start() + bracket);
                }
            }
            if (!name(span.of(raw)).equals(leadName)) {
                names.add(span);
            }
        }
        return names;
    }

    private static String name(String printed) {
        return TextCleaner.cleanLine(printed).replaceAll("\\s", "");
    }
}
