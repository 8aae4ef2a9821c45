package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.CellContents.CellKind;
import org.policygraph.ingest.TableHeaders.Column;
import org.policygraph.ingest.TableHeaders.Horizon;
import org.policygraph.ingest.TableHeaders.QuantityHeader;
import org.policygraph.ingest.TableHeaders.VerticalHeader;
import org.policygraph.ingest.indicator.TaskTableRow;

import static org.policygraph.ingest.CellContents.DEADLINE_LIKE;
import static org.policygraph.ingest.CellContents.NO_BODY;
import static org.policygraph.ingest.CellContents.NUMBER_CELL;
import static org.policygraph.ingest.CellContents.OUTLINE_NUMBERED;
import static org.policygraph.ingest.TableCaptions.ANNEX_HEADING;
import static org.policygraph.ingest.TableCaptions.CAPTION;
import static org.policygraph.ingest.TableCaptions.MAX_HEADING;

/**
 * The task part of a plan: 附件 annexes and 表N task lists whose rows are tasks, each row a Measure
 * {@code <table>-<number>} under the table's Section. Columns are found from the header row by what they are called
 * ({@link TableHeaders}); header rows repeated on each page are skipped. A row starts where a number is printed
 * (in the 序号 cell, or "N." leading the task cell); a line without one continues the row above (cells split across
 * lines by extraction). A table copied from a web page may print every cell on a line of its own: its header is then
 * a run of short column-name lines starting with 序号, and each row runs from its number's line to the next's; a header
 * without 序号 (项目 / 分值 / 目标任务 / 监考单位) has its rows told apart by what their cells hold. A table whose cells
 * after a row's first are opened by '|' and whose rows are each closed by a bare '|' (law-database pages) has its rows
 * read between those closing lines.
 * Responsibility cells become LEADS / SUPPORTS links quoted with the cell's raw text ({@link TaskRowLinks}).
 * <p>
 * This class walks the part line by line and keeps the open table's state; the reading it asks for lives apart:
 * where a table starts ({@link TableCaptions}), what its header names ({@link TableHeaders}), what a cell holds
 * ({@link CellContents}), which column a cell stands under where the cells do not line up ({@link CellPlacement}),
 * the rows of a header-less table parted by '|' lines ({@link SeparatedCellRows}), the row being read
 * ({@link TableRow}).
 */
final class TaskTables {

    private static final Pattern NUMBERED_TASK = Pattern.compile(
            "^(\\d{1,3})\\s*" + ItemNumbers.CLOSING_MARK + "\\s*(\\S[\\s\\S]*)$");

    private final DocumentDraft draft;
    private final PlanParser.ParseContext context;
    private final SourceText source;
    private final String raw;
    private final CellContents contents;
    private final TaskRowLinks rowLinks;
    private final SeparatedCellRows separatedRows;

    private DocumentDraft.Section list;
    private DocumentDraft.Section table;
    private String tableList;
    private List<String> candidates = List.of();
    private List<Column> columns;
    /** The names the header of a table printed one cell a line prints, one a column of {@link #columns}; else empty. */
    private List<String> columnNames = List.of();
    /**
     * The horizon of each of {@link #columns} where the table sets figures for several years
     * ({@link TableHeaders#horizons}).
     */
    private List<Horizon> horizonColumns = List.of();
    /** The number of columns of a table printed one cell per line (0 for tables printed a row per line). */
    private int verticalCells;
    /** The open table printed one cell a line closes every cell by a '|' line ({@link VerticalHeader#separatedCells}). */
    private boolean separatedCells;
    /** The names of the last row of a table printed one cell a line, for the rows its merged cell spans. */
    private Map<Column, List<Span>> mergedNames = new EnumMap<>(Column.class);
    private TableRow row;
    private int lastNumber;
    /** The line of a number cell that opens a row after a gap in the numbers ({@link #readVerticalRow}), or -1. */
    private int gappedRowAt = -1;
    /** A header of a table separated by spaces was read, and no row after it yet: its cells may go on below it. */
    private boolean spacedHeaderOpen;
    private String lastText;
    private final List<DocumentDraft.Measure> tableRows = new ArrayList<>();
    private int untitledTables;
    /** The open table is printed one cell a line without 序号: its lines stay the indicator finder's. */
    private boolean unnumberedVertical;

    TaskTables(DocumentDraft draft, PlanParser.ParseContext context) {
        this.draft = draft;
        this.context = context;
        this.source = draft.source;
        this.raw = source.raw();
        this.contents = new CellContents(context);
        this.rowLinks = new TaskRowLinks(draft, context, contents);
        this.separatedRows = new SeparatedCellRows(source, contents);
    }

    /** The placing of a row's cells under the open table's columns, as they stand now. */
    private CellPlacement placement() {
        return new CellPlacement(contents, raw, columns);
    }

    /** Reads lines {@code from} (inclusive) to {@code to} (exclusive), 1-based. */
    void parse(int from, int to) {
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || TableCells.isMarkdownRule(line.text())) {
                continue;
            }
            if (verticalCells > 0 && TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                draft.represented(n); // an empty cell of a table printed one cell a line, closed by '|'
                continue;
            }
            String text = TextCleaner.cleanLine(line.text());
            boolean isRow = TableCells.isRow(line);
            Matcher m;
            VerticalHeader vertical;
            List<List<List<Integer>>> separated;
            if (!isRow && verticalCells == 0 && (separated = separatedRows.find(n, to)) != null) {
                finishRow();
                n = readSeparatedCellRows(n, to, separated);
                continue;
            }
            if (!isRow && (vertical = TableHeaders.verticalHeaderAt(context.labels(), source, n, to)) != null) {
                finishRow();
                if (table == null) {
                    untitledTables++;
                    String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
                    openTable(location, null, location, "", span(line), "");
                }
                if (verticalCells > 0 && lastNumber > 0 && firstNumberAfter(n + vertical.lines(), to) == 1) {
                    lastNumber = 0; // the header again over a group whose rows are numbered from 1 again
                }
                columns = vertical.columns();
                columnNames = vertical.names();
                separatedCells = vertical.separatedCells();
                horizonColumns = TableHeaders.horizons(columns, columnNames);
                verticalCells = columns.size();
                for (int k = n; k < n + vertical.lines(); k++) {
                    draft.represented(k);
                    keepForIndicators(source.line(k));
                }
                n += vertical.lines() - 1;
                if (vertical.openedCells()) {
                    verticalCells = 0;
                    n = readOpenedCellRows(n + 1, to);
                    continue;
                }
                WordNumberedGroups.Reading groups = WordNumberedGroups.read(source,
                        context.departments().bodyNameEndings(), columns, n + 1, to);
                if (groups != null) {
                    n = readWordNumberedGroups(groups, n + 1);
                    continue;
                }
                if (columns.indexOf(Column.NUMBER) == 0 && !numberFollows(n + 1, to)) {
                    // a header naming 序号 over rows that print no number (the page numbered them by itself): its rows
                    // are told apart as a table's without 序号
                    columns = new ArrayList<>(columns.subList(1, columns.size()));
                    columnNames = columnNames.isEmpty() ? columnNames : columnNames.subList(1, columnNames.size());
                    horizonColumns = TableHeaders.horizons(columns, columnNames);
                    verticalCells = columns.size();
                }
                if (!columns.contains(Column.NUMBER)) {
                    n = readUnnumberedVerticalRows(n + 1, to);
                }
                continue;
            }
            // the first row may carry any number: an excerpt of a longer table starts at its row 24
            if (verticalCells > 0 && !isRow && NUMBER_CELL.matcher(TableCells.cellText(line)).matches()
                    && (Integer.parseInt(TableCells.cellText(line)) == lastNumber + 1
                    || (lastNumber == 0 && row == null && Integer.parseInt(TableCells.cellText(line)) > 0)
                    || n == gappedRowAt)) {
                n = readVerticalRow(n, to);
                continue;
            }
            if (verticalCells > 0 && !isRow && row == null && headerAgainAt(n, to)) {
                draft.represented(n); // a group's heading (二、…) over the header printed again
                continue;
            }
            if (!isRow && text.length() <= MAX_HEADING && (m = ANNEX_HEADING.matcher(text)).matches()) {
                closeTable();
                String title = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
                String location = "附件" + m.group(1);
                list = null;
                openTable(location, null, location, title.strip(), span(line), title);
                continue;
            }
            if (!isRow && (m = CAPTION.matcher(text)).matches() && TableCaptions.nextIsRow(source, n, to)) {
                closeTable();
                String label = "表" + m.group(1);
                openTable(label, list == null ? null : list.id, label, m.group(2).strip(), span(line),
                        m.group(2));
                tableList = label + " " + table.title;
                continue;
            }
            if (!isRow && table == null && list == null
                    && TableCaptions.nextIsHeaderRow(context.labels(), source, n, to)) {
                untitledTables++;
                String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
                openTable(location, null, location, text, span(line), text);
                continue;
            }
            if (!isRow && table == null && list == null && TableCaptions.nextIsTablePart(source, n, to)) {
                // the title of a task list whose tables follow ("…试点任务清单")
                list = draft.addSection(PlanParser.TASK_LIST_LOCATION, null, PlanParser.TASK_LIST_LOCATION, text,
                        "", span(line), null);
                continue;
            }
            if (isRow) {
                readRow(line);
                continue;
            }
            if (row != null) {
                // a cell's text wrapped onto a line of its own
                row.add(row.pieces.containsKey(Column.TASK) && endsClause(row, Column.TASK)
                        ? lastResponsibilityColumn() : Column.TASK, span(line));
                continue;
            }
            if (table != null && (table.title.replaceAll("\\s", "").equals(text.replaceAll("\\s", ""))
                    || text.isEmpty() || (lastNumber == 0 && columns == null && text.length() <= MAX_HEADING))) {
                draft.represented(n);
                if (lastNumber == 0 && columns == null && !text.isEmpty()) {
                    // a table no header made rows of (项目 / 分值 / 目标任务 …, one cell a line): its lines are kept
                    // for the indicator finder, which reads target tables by their columns
                    keepForIndicators(line);
                }
                continue; // the table's title printed again as its heading
            }
            draft.unrepresented(n, "line in the task part that is no table row, caption or 附件 heading");
        }
        closeTable();
    }

    /**
     * The projects of a table whose groups are numbered in words and list their projects as items
     * ({@link WordNumberedGroups}): a row each, led by its group's lead, the names under the column after the task
     * column linked as that column's; returns the last line taken.
     */
    private int readWordNumberedGroups(WordNumberedGroups.Reading groups, int from) {
        int afterTask = columns.lastIndexOf(Column.TASK) + 1;
        Column owners = columns.get(afterTask < columns.size() ? afterTask : 0);
        for (WordNumberedGroups.Project project : groups.projects()) {
            row = new TableRow(lastNumber + 1, source.file() + ":" + project.line());
            row.vertical = true;
            row.namesApart = true;
            project.task().forEach(s -> row.add(Column.TASK, s));
            row.add(Column.LEAD, project.lead());
            if (TableHeaders.isResponsibility(owners)) {
                project.owners().forEach(s -> row.add(owners, s));
            }
            if (columns.contains(Column.PROGRESS)) {
                project.rest().forEach(s -> row.add(Column.PROGRESS, s));
            }
            finishRow();
        }
        for (int k = from; k <= groups.lastLine(); k++) {
            if (!source.line(k).isNoise()) {
                draft.represented(k);
            }
        }
        verticalCells = 0;
        return groups.lastLine();
    }

    /**
     * Reads the rows {@link SeparatedCellRows#find} found from line {@code n}: each a task (the cell of words right
     * before the bodies' cell; cells between the number and it, such as a chapter heading printed on a group's first row,
     * group the rows), the bodies named in that cell leading it (a table without a header labels no 牵头 or 配合: a
     * 责任单位 without 牵头, whose bodies all lead), a short date-like cell after them its deadline; the cells after the
     * names (persons, phone numbers) are no task's. Returns the last line read.
     */
    private int readSeparatedCellRows(int n, int to, List<List<List<Integer>>> rows) {
        if (table == null) {
            untitledTables++;
            String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
            openTable(location, null, location, "", span(source.line(n)), "");
        }
        int last = n;
        for (List<List<Integer>> cells : rows) {
            finishRow();
            int names = separatedRows.namesCellAt(cells);
            int number = Integer.parseInt(source.line(cells.get(0).get(0)).text().strip());
            row = new TableRow(number, source.file() + ":" + cells.get(0).get(0));
            row.vertical = true;
            for (int i = 1; i < cells.size(); i++) {
                List<Integer> lines = cells.get(i);
                String text = String.join("", separatedRows.cellLines(lines));
                Column column = i == names - 1 ? Column.TASK : i == names ? Column.LEAD
                        : i > names && text.length() <= 20 && DEADLINE_LIKE.matcher(text).matches() ? Column.DEADLINE
                        : Column.CATEGORY;
                for (int k : lines) {
                    if (column != Column.CATEGORY) {
                        row.add(column, cellSpan(source.line(k)));
                    }
                    last = Math.max(last, k);
                }
            }
            finishRow();
        }
        for (int k = n; k <= last; k++) {
            draft.represented(k);
        }
        return last;
    }

    /** The longest label of a card's cell: a column's name, as a table's header prints it. */
    private static final int MAX_CARD_LABEL = 10;

    /**
     * Tasks printed as cards of labelled cells, a task published as a page of its own: each label on a line of its
     * own and its value on the lines after it, up to the next label ("具体任务" ⏎ "全面落实…" ⏎ "责任单位" ⏎ "卫健局、文旅局"
     * ⏎ "配合单位" ⏎ "各乡镇" ⏎ "完成时限" ⏎ "1月底前完成"). The labels are a table header's column names; a card opens at
     * the task label, has a column of bodies among its labels, and ends where the task label is printed again (the
     * next card). Each card is a row of a table of its own, its cells read as a table's cells. A label right after a
     * label is the value of the one before it. Lines {@code from} (inclusive) to {@code to} (exclusive); returns the
     * first card's first line, or -1 when there is none.
     */
    int parseCards(int from, int to) {
        int first = -1;
        for (int n = from; n < to; n++) {
            int end = cardEnd(n, to);
            if (end < 0) {
                continue;
            }
            if (table == null) {
                untitledTables++;
                String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
                openTable(location, null, location, "", span(source.line(n)), "");
            }
            first = first < 0 ? n : first;
            Column current = null;
            boolean valued = false;
            row = new TableRow(lastNumber + 1, source.file() + ":" + n);
            row.vertical = true;
            for (int k = n; k < end; k++) {
                SourceText.Line line = source.line(k);
                if (line.isNoise()) {
                    continue;
                }
                draft.represented(k);
                Column label = valued || current == null ? cardLabel(line) : null;
                Span labelled = label != null ? labelledValue(line) : null;
                if (label != null) {
                    current = label;
                    valued = labelled != null;
                    if (labelled != null && current != Column.CATEGORY && current != Column.NUMBER) {
                        row.add(current, labelled);
                    }
                } else {
                    valued = true;
                    if (current != Column.CATEGORY && current != Column.NUMBER) {
                        row.add(current, cellSpan(line));
                    }
                }
            }
            finishRow();
            n = end - 1;
        }
        closeTable();
        return first;
    }

    /**
     * A card printed as a form, a label and its colon opening each line and the value after it, often in a cell of its
     * own ("牵头单位: | 市城市管理综合执法局 |"), or on the lines below where nothing follows the colon ("进展情况、存在问题
     * 及下一步工作建议:"): group 1 the label, group 2 the value. The colon marks the label, so it may be as long as a
     * table's header cell names it (the column's own max_length in table-columns.tsv still holds).
     */
    private static final Pattern LABELLED_LINE = Pattern.compile("^([^:：|。；;，,]{2,24})[:：]\\s*\\|?\\s*(.*?)\\s*\\|?\\s*$");

    /** The column a line of its own labels as a card's cell ("责任单位", or "责任单位: 县住建局" on a form), or null. */
    private Column cardLabel(SourceText.Line line) {
        if (TableCells.isRow(line)) {
            return null;
        }
        Matcher labelled = LABELLED_LINE.matcher(TextCleaner.cleanLine(line.text()));
        if (labelled.matches()) {
            String name = labelled.group(1).replaceAll("\\s", "");
            return TableHeaders.columnNamed(context.labels(), name);
        }
        String name = TableCells.cellText(line).replaceAll("\\s", "");
        return name.isEmpty() || name.length() > MAX_CARD_LABEL ? null
                : TableHeaders.columnNamed(context.labels(), name);
    }

    /**
     * The span of the value a form's line prints after its label ({@link #LABELLED_LINE}), or null where none does.
     * Matched on the line as printed, for the span; {@link #cardLabel} matches the cleaned line (tags, tabs and spaces
     * dropped), which may read otherwise, so one match cannot serve both.
     */
    private Span labelledValue(SourceText.Line line) {
        String printed = raw.substring(line.contentStart(), line.contentEnd());
        Matcher labelled = LABELLED_LINE.matcher(printed);
        if (!labelled.matches() || labelled.group(2).isBlank()) {
            return null;
        }
        return new Span(line.contentStart() + labelled.start(2), line.contentStart() + labelled.end(2));
    }

    /** Where the card opening at line {@code n} ends (exclusive), or -1 when no card opens there. */
    private int cardEnd(int n, int to) {
        SourceText.Line opening = source.line(n);
        if (opening.isNoise() || cardLabel(opening) != Column.TASK) {
            return -1;
        }
        List<Column> labels = new ArrayList<>(List.of(Column.TASK));
        boolean valued = labelledValue(opening) != null;
        int k = n + 1;
        for (; k < to; k++) {
            SourceText.Line line = source.line(k);
            if (line.isNoise()) {
                continue;
            }
            Column label = valued ? cardLabel(line) : null;
            if (label == Column.TASK) {
                break; // the next card
            }
            if (label != null) {
                labels.add(label);
                valued = labelledValue(line) != null;
            } else {
                valued = true;
            }
        }
        return labels.size() >= 2 && labels.stream().anyMatch(TableHeaders::isResponsibility) ? k : -1;
    }

    /** Keeps a line of the table for the indicator finder, which reads target tables by their columns. */
    private void keepForIndicators(SourceText.Line line) {
        table.unreadLines = table.unreadLines == null ? span(line)
                : new Span(table.unreadLines.start(), span(line).end());
    }

    /**
     * The rows of a table printed one cell a line whose header has no 序号 (项目 / 分值 / 目标任务 / 监考单位): with no
     * number to open a row, a row opens at a cell of words (its item or task) followed by a cell of the kind the
     * column after the item holds (a figure: 分值; names: 牵头单位) — that kind read off the first cell after the
     * header that is no words (merged cells are printed on a group's first row, so that row is whole). Words
     * before the first row, or after a row's last column (a grouping cell such as 宏观调控 printed again after a page
     * break), are no row's. The table's lines stay with the indicator finder (its target column is read there);
     * returns the last line taken.
     */
    private int readUnnumberedVerticalRows(int from, int to) {
        List<Span> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<CellKind> kinds = new ArrayList<>();
        int k = from;
        for (; k < to; k++) {
            SourceText.Line line = source.line(k);
            if (line.isNoise() || TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                continue;
            }
            String text = TableCells.cellText(line);
            if (TableCells.isRow(line) || TableCaptions.opensTable(text)) {
                break;
            }
            cells.add(cellSpan(line));
            lines.add(k);
            kinds.add(contents.kindOf(TextCleaner.cleanLine(cellSpan(line).of(raw))));
        }
        CellKind second = kinds.stream().filter(c -> c != CellKind.WORDS).findFirst().orElse(null);
        // grouping columns between the item and the names (目标任务 / 责任领导 / 责任单位: a person's name, or nothing
        // where that cell is merged over the rows): the row opens at the first of the words cells before its names,
        // an outline heading before its task (一、主要预期指标) being a group's, not the row's
        int grouping = 0;
        while (second == CellKind.NAMES && 1 + grouping < columns.size()
                && columns.get(1 + grouping) == Column.CATEGORY) {
            grouping++;
        }
        if (grouping + 1 >= columns.size() || !TableHeaders.holdsNames(columns.get(1 + grouping))) {
            grouping = 0;
        }
        // a table whose item is followed by names and which has no target column (目标任务 / 责任领导 / 责任单位) states
        // its figures in its task cells: its rows are read like any task's; otherwise they stand in columns
        // (项目 / 分值 / 目标任务 / 监考单位), which the indicator finder reads from the table's lines
        boolean figuresInColumns = second != CellKind.NAMES || columns.contains(Column.TARGET);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; second != null && i + 1 < cells.size(); i++) {
            if (kinds.get(i) == CellKind.WORDS && kinds.get(i + 1) == second) {
                int start = i;
                int previous = starts.isEmpty() ? 0 : starts.get(starts.size() - 1) + 1;
                while (start > previous && start > i - grouping && kinds.get(start - 1) == CellKind.WORDS) {
                    start--;
                }
                if (start < i && OUTLINE_NUMBERED.matcher(TextCleaner.cleanLine(cells.get(start).of(raw))).matches()) {
                    start++;
                }
                // persons named one a line (牵头领导: two officials) are no row's task: the row opens before them
                while (start > previous && contents.isPerson(TextCleaner.cleanLine(cells.get(start).of(raw)))
                        && kinds.get(start - 1) == CellKind.WORDS) {
                    start--;
                }
                starts.add(start);
            }
        }
        List<Integer> numbered = numberedCells(cells);
        if (numbered.size() >= 2) {
            // the task cells print the rows' numbers ("1、地区生产总值增长率"): a row opens at each, whatever its
            // cells hold; its cells broken over lines are joined back (joinBrokenCells)
            for (int i = 0; i < lines.size(); i++) {
                draft.represented(lines.get(i));
            }
            for (int r = 0; r < numbered.size(); r++) {
                int end = r + 1 < numbered.size() ? numbered.get(r + 1) : cells.size();
                List<Span> rowCells = new ArrayList<>(cells.subList(numbered.get(r), end));
                List<Integer> rowLines = new ArrayList<>(lines.subList(numbered.get(r), end));
                placement().joinBrokenCells(rowCells, rowLines);
                fillVerticalRow(lastNumber + 1, rowLines.get(0), rowCells, rowLines, columns, r + 1 == numbered.size(),
                        Map.of());
            }
            return lines.isEmpty() ? from - 1 : lines.get(lines.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            draft.represented(lines.get(i));
            keepForIndicators(source.line(lines.get(i)));
        }
        for (int r = 0; r < starts.size(); r++) {
            int end = r + 1 < starts.size() ? starts.get(r + 1) : cells.size();
            fillVerticalRow(lastNumber + 1, lines.get(starts.get(r)), cells.subList(starts.get(r), end),
                    lines.subList(starts.get(r), end), columns, r + 1 == starts.size(), Map.of());
            DocumentDraft.Measure last = tableRows.isEmpty() ? null : tableRows.get(tableRows.size() - 1);
            if (last != null && figuresInColumns) {
                last.figuresReadWithTable = true;
            }
        }
        unnumberedVertical = !starts.isEmpty() && figuresInColumns;
        return lines.isEmpty() ? from - 1 : lines.get(lines.size() - 1);
    }

    /** The number printed in the first cell of a number alone from line {@code from} on (within a few lines), or -1. */
    private int firstNumberAfter(int from, int to) {
        for (int k = from, seen = 0; k < to && seen < 3; k++) {
            SourceText.Line line = source.line(k);
            if (!line.isNoise() && !line.text().isBlank()) {
                seen++;
                if (NUMBER_CELL.matcher(TableCells.cellText(line)).matches()) {
                    return Integer.parseInt(TableCells.cellText(line));
                }
            }
        }
        return -1;
    }

    /** How many lines after a header are looked through for a row's number. */
    private static final int NUMBER_LOOKAHEAD = 60;

    /**
     * Whether a line from {@code from} prints a row's number (a group's heading, 一、…, may come before the first
     * row): a cell of a number alone among the next lines.
     */
    private boolean numberFollows(int from, int to) {
        for (int k = from, seen = 0; k < to && seen < NUMBER_LOOKAHEAD; k++) {
            SourceText.Line line = source.line(k);
            if (!line.isNoise() && !TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                seen++;
                if (NUMBER_CELL.matcher(TableCells.cellText(line)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cells opening a row of a table printed one cell a line without 序号 whose task cells print the rows' numbers
     * ("1、地区生产总值增长率", "2.区级财政收入增长率"): numbered 1, 2, 3 … in order, each at least a cell after the one
     * before; empty when fewer than two are found (the rows are then told apart by what their cells hold).
     */
    private static List<Integer> numberedCells(List<Span> cells, String raw) {
        List<Integer> at = new ArrayList<>();
        int next = 1;
        for (int i = 0; i < cells.size(); i++) {
            Matcher m = NUMBERED_TASK.matcher(TextCleaner.cleanLine(cells.get(i).of(raw)));
            if (m.matches() && Integer.parseInt(m.group(1)) == next
                    && m.group(2).codePoints().anyMatch(CellContents::isHan)) {
                at.add(i);
                next++;
            }
        }
        return at.size() >= 2 ? at : List.of();
    }

    private List<Integer> numberedCells(List<Span> cells) {
        return numberedCells(cells, raw);
    }

    /**
     * Whether the lines after a number cell at line {@code n} read as a row of {@code width} cells after its number:
     * first a task's words, then, within the row, a cell of names.
     */
    private boolean rowFollows(int n, int to, int width) {
        List<CellKind> kinds = new ArrayList<>();
        for (int k = n + 1; k < to && kinds.size() < width; k++) {
            SourceText.Line line = source.line(k);
            if (!line.isNoise()) {
                kinds.add(contents.kindOf(TableCells.cellText(line)));
            }
        }
        return !kinds.isEmpty() && kinds.get(0) == CellKind.WORDS && kinds.contains(CellKind.NAMES);
    }

    /**
     * A row of a table printed one cell per line: the line with its number, then its cells up to the next row's
     * number; returns the last line it took.
     */
    private int readVerticalRow(int n, int to) {
        SourceText.Line first = source.line(n);
        int number = Integer.parseInt(TableCells.cellText(first));
        List<Span> cells = new ArrayList<>(List.of(cellSpan(first)));
        List<Integer> lines = new ArrayList<>(List.of(n));
        List<Column> after = columns.subList(columns.indexOf(Column.NUMBER) + 1, columns.size());
        int k = n + 1;
        boolean afterSeparator = false;
        for (; k < to; k++) {
            SourceText.Line line = source.line(k);
            boolean separator = TableCells.CLOSING_PIPES.matcher(line.text()).matches();
            if (line.isNoise() || separator) {
                if (!line.isNoise()) {
                    draft.represented(k);
                }
                afterSeparator |= separator;
                continue;
            }
            String text = TableCells.cellText(line);
            if (TableCells.isRow(line) || text.equals(String.valueOf(number + 1)) || TableCaptions.opensTable(text)) {
                break;
            }
            if (separatedCells && !afterSeparator && cells.size() > 1) {
                // a table whose header closes every cell by a '|' line: a line not opened by one goes on with the cell
                // above it ("区农业农村委*、" ⏎ "区规划资源局、" ⏎ "|": one cell of names)
                Span cell = cells.get(cells.size() - 1);
                cells.set(cells.size() - 1, new Span(cell.start(), cellSpan(line).end()));
                draft.represented(k);
                continue;
            }
            afterSeparator = false;
            if (cells.size() > 1 && headerAgainAt(k, to)) {
                break; // the table's header printed again, maybe under a group's heading (二、…): the row ends
            }
            if (cells.size() > 2 && OUTLINE_NUMBERED.matcher(text).matches()
                    && firstNumberAfter(k + 1, to) == number + 1) {
                break; // a group's heading between two rows ("（二）某副市长牵头重点工作" before row 2): no cell of the row
            }
            if (cells.size() > after.size() && NUMBER_CELL.matcher(text).matches()
                    && Integer.parseInt(text) > number + 1 && rowFollows(k, to, after.size())) {
                // the row's cells are all printed and a later number opens a row of task and names: a table of the
                // rows one body takes from a longer one keeps that table's numbers (3, then 68)
                gappedRowAt = k;
                break;
            }
            cells.add(cellSpan(line));
            lines.add(k);
        }
        // "省牵头单位：X" after the row's task and names: X's role is its label's, and the cell no column's
        LabelledRowCells.Reading reading = LabelledRowCells.read(context.labels(), raw, cells.subList(1, cells.size()),
                lines.subList(1, lines.size()));
        lines.stream().filter(l -> !reading.lines().contains(l)).forEach(draft::represented);
        int last = fillVerticalRow(number, n, reading.cells(), reading.lines(), after, k >= to, reading.labelled());
        draft.represented(n);
        return k >= to ? Math.max(last, n) : lines.get(lines.size() - 1);
    }

    /**
     * Whether the header of a table printed one cell a line starts at line {@code k}, or a group's heading (二、…) is
     * printed there with that header on the next line: the table goes on under a new group.
     */
    private boolean headerAgainAt(int k, int to) {
        if (TableHeaders.verticalHeaderAt(context.labels(), source, k, to) != null) {
            return true;
        }
        if (!OUTLINE_NUMBERED.matcher(TableCells.cellText(source.line(k))).matches()) {
            return false;
        }
        int next = k + 1;
        while (next < to && (source.line(next).isNoise() || source.line(next).text().isBlank())) {
            next++;
        }
        return next < to && TableHeaders.verticalHeaderAt(context.labels(), source, next, to) != null;
    }

    /**
     * Places the cells of a row printed one cell a line ({@code cells}: those after its number, if it has one) in
     * {@code after}, the columns they stand for, and finishes the row; returns the last line that was the row's.
     * {@code labelled}: the names its labelled cells give a role ({@link LabelledRowCells}), the row's own only.
     */
    private int fillVerticalRow(int number, int n, List<Span> rest, List<Integer> restLines, List<Column> after,
                                boolean lastRow, Map<Column, List<Span>> labelled) {
        List<String> texts = rest.stream().map(c -> TextCleaner.cleanLine(c.of(raw))).toList();
        List<Column> aligned = placement().alignVertical(texts, after, lastRow);
        int second = columns.contains(Column.NUMBER) ? placement().secondTaskAt(texts, aligned, after) : -1;
        if (second > 0) {
            // a second task under the row's number: the 序号 and names cells merged over both are printed once
            fillVerticalRow(number, n, rest.subList(0, second), restLines.subList(0, second), after, false,
                    labelled);
            List<Column> cellsButNames = after.stream().filter(c -> !TableHeaders.holdsNames(c)).toList();
            row = new TableRow(number, source.file() + ":" + restLines.get(second));
            row.vertical = true;
            for (int i = second; i < rest.size(); i++) {
                draft.represented(restLines.get(i));
                Column column = cellsButNames.get(i - second);
                if (column != Column.CATEGORY && column != Column.NUMBER) {
                    row.add(column, rest.get(i));
                }
            }
            mergedNames.forEach((column, spans) -> spans.forEach(sp -> row.add(column, sp)));
            finishRow();
            return restLines.get(rest.size() - 1);
        }
        finishRow();
        row = new TableRow(number, source.file() + ":" + n);
        row.vertical = true;
        int last = n;
        for (int i = 0; i < rest.size(); i++) {
            Column column = aligned.get(i);
            if (column == null) {
                continue; // not the row's: lines after the table, or the next row's grouping cell
            }
            int line = restLines.get(i);
            draft.represented(line);
            last = line;
            if (column != Column.CATEGORY && column != Column.NUMBER
                    && !(column == Column.TARGET && !horizonColumns.isEmpty())) { // a horizon's: addHeaderFigures
                row.add(column, rest.get(i));
            }
        }
        addHeaderFigures(row, rest, aligned, after);
        List<Span> task = row.pieces.get(Column.TASK);
        if (!columns.contains(Column.NUMBER) && task != null
                && NUMBERED_TASK.matcher(TextCleaner.cleanLine(task.get(0).of(raw))).matches()) {
            row.numberedTaskCell = task.get(0); // no 序号 column: "1. 生产总值增长7.5%以上。" prints the row's number
        }
        if (after.stream().anyMatch(TableHeaders::isResponsibility) && rest.size() < after.size()
                && aligned.stream().noneMatch(c -> c != null && TableHeaders.isResponsibility(c))) {
            // a cell of names merged over several rows is printed on the first of them only: it holds for this one
            mergedNames.forEach((column, spans) -> spans.forEach(s -> row.add(column, s)));
        } else {
            mergedNames = new EnumMap<>(Column.class);
            row.pieces.forEach((column, spans) -> {
                if (TableHeaders.isResponsibility(column)) {
                    mergedNames.put(column, List.copyOf(spans));
                }
            });
        }
        labelled.forEach((column, spans) -> spans.forEach(s -> row.add(column, s)));
        finishRow();
        return last;
    }

    /**
     * Keeps the cells of a row printed one cell a line that stand under a header naming a quantity with its unit
     * ("总投资(万元)"): a cell placed in a grouping column whose place in the header is sure, as the row's cells from it
     * to the row's end are the header's last columns one for one (a task cell broken over two lines before it shifts
     * nothing), or its cells up to it the header's first.
     */
    private void addHeaderFigures(TableRow r, List<Span> cells, List<Column> aligned, List<Column> after) {
        if (columnNames.size() != columns.size()) {
            return;
        }
        int offset = columns.size() - after.size();
        for (int i = 0; i < aligned.size(); i++) {
            boolean horizon = !horizonColumns.isEmpty()
                    && (aligned.get(i) == Column.TARGET || aligned.get(i) == Column.BASELINE);
            if (aligned.get(i) != Column.CATEGORY && !horizon) {
                continue;
            }
            int fromEnd = after.size() - (aligned.size() - i);
            int j = fromEnd >= 0 && aligned.subList(i, aligned.size()).equals(after.subList(fromEnd, after.size()))
                    ? fromEnd
                    : i < after.size() && aligned.subList(0, i + 1).equals(after.subList(0, i + 1)) ? i : -1;
            if (j >= 0 && horizon && horizonColumns.get(offset + j) != null) {
                r.addFigure(cells.get(i), columnNames.get(offset + j), horizonColumns.get(offset + j));
            } else if (j >= 0 && !horizon
                    && TableHeaders.quantityHeader(context.labels(), columnNames.get(offset + j)) != null) {
                r.addFigure(cells.get(i), columnNames.get(offset + j), null);
            }
        }
    }

    /** A quantity a row of a target table names, its unit in brackets after it: "常住人口城镇化率(%)", "完成投资额(亿元)". */
    private static final Pattern NAMED_QUANTITY = Pattern.compile("^(.+?)[（(]([^（）()\\d]{1,6})[)）]$");
    /**
     * The figures of a cell under a column of a target table of several horizons: the quantity the row's task cell
     * names, in the unit its bracket prints ("常住人口城镇化率(%)") or the row's 单位 cell, for the column's year, an
     * actual where the column holds the figure as it stands. A task naming two quantities, each with its unit
     * ("滚动推进重大项目(个)、完成投资额(亿元)"), prints two figures in each cell in that order ("15、37"): each is read
     * as its quantity. A bare number with no unit anywhere is read only where the quantity is a ratio or an index
     * ("城乡居民收入倍差 | 1.54"): the figure reader tells (TaskTableRow#headerFigures).
     */
    private List<DocumentDraft.HeaderFigure> horizonFigures(TableRow r, Span taskCell, Span cell, Horizon horizon) {
        String task = TextCleaner.cleanLine(taskCell.of(raw)).replaceAll("\\s", "");
        List<Span> units = r.pieces.getOrDefault(Column.UNIT, List.of());
        String unitCell = units.isEmpty() ? null : TextCleaner.cleanLine(units.get(0).of(raw)).replaceAll("\\s", "");
        List<String[]> quantities = new ArrayList<>();
        for (String part : task.split("、")) {
            Matcher q = NAMED_QUANTITY.matcher(part);
            if (q.matches() && context.labels().tableColumns.isUnit(q.group(2))) {
                quantities.add(new String[] {q.group(1), q.group(2)});
            } else {
                quantities.clear();
                break;
            }
        }
        List<Span> parts = new ArrayList<>();
        if (quantities.size() >= 2) {
            String printed = cell.of(raw);
            int from = 0;
            for (int at; (at = printed.indexOf('、', from)) >= 0; from = at + 1) {
                parts.add(TableCells.trim(raw, cell.start() + from, cell.start() + at));
            }
            parts.add(TableCells.trim(raw, cell.start() + from, cell.end()));
            if (parts.size() != quantities.size()) {
                return List.of(); // "—": none; another count of figures: which is whose is unknown
            }
        } else {
            Matcher q = NAMED_QUANTITY.matcher(task);
            quantities.clear();
            if (q.matches() && context.labels().tableColumns.isUnit(q.group(2))) {
                quantities.add(new String[] {q.group(1), unitCell != null ? unitCell : q.group(2)});
            } else {
                quantities.add(new String[] {task, unitCell});
            }
            parts.add(cell);
        }
        List<DocumentDraft.HeaderFigure> figures = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            String unit = quantities.get(k)[1];
            figures.add(new DocumentDraft.HeaderFigure(parts.get(k), quantities.get(k)[0], unit, horizon.reported(),
                    horizon.year(), true));
        }
        return figures;
    }

    private boolean endsClause(TableRow r, Column column) {
        List<Span> spans = r.pieces.get(column);
        String last = TextCleaner.cleanLine(spans.get(spans.size() - 1).of(raw));
        return !last.isEmpty() && "。；;".indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private Column lastResponsibilityColumn() {
        if (columns != null) {
            for (int i = columns.size() - 1; i >= 0; i--) {
                Column c = columns.get(i);
                if (c == Column.LEAD || c == Column.SUPPORT || c == Column.RESPONSIBLE || c == Column.DEADLINE) {
                    return c;
                }
            }
        }
        return Column.TASK;
    }

    private Span span(SourceText.Line line) {
        return new Span(line.contentStart(), line.contentEnd());
    }

    /** The span of a cell printed on a line of its own, without the '|' closing it. */
    private Span cellSpan(SourceText.Line line) {
        return TableCells.cellSpan(raw, line);
    }

    private void openTable(String location, String parentId, String label, String title, Span heading,
                           String tableTitle) {
        String unique = location;
        for (int k = 2; draft.section(draft.idOf(unique)) != null; k++) {
            unique = location + "-" + k;
        }
        table = draft.addSection(unique, parentId, label, TextCleaner.cleanLine(title), "", heading, null);
        tableList = table.title;
        candidates = draft.measures.stream().anyMatch(m -> m.bodyMeasure)
                ? RestatementMatcher.measuresOfMatchingSection(draft, tableTitle)
                : RestatementMatcher.sectionsWithText(draft);
        columns = null;
        columnNames = List.of();
        horizonColumns = List.of();
        verticalCells = 0;
        bracketedNumbers = false;
        mergedNames = new EnumMap<>(Column.class);
        lastNumber = 0;
        lastText = null;
        spacedHeaderOpen = false;
        placeRows = false;
        totalRow = null;
        subColumns = new ArrayList<>();
        reportedSubColumns = new ArrayList<>();
    }

    private void readRow(SourceText.Line line) {
        pipeRow = TableCells.isPipeRow(line) || (line.spaceRow() && line.text().indexOf('\t') < 0);
        continuedBelow = line.spaceRow() && line.text().indexOf('\t') < 0 && continuesBelow(line.number());
        List<Span> cells = TableCells.of(source, line);
        secondTaskLine = TableCells.isPipeRow(line) && cells.size() == 1
                && EMPTY_CELLS_AFTER.matcher(raw.substring(cells.get(0).end(), line.end())).matches();
        if (line.spaceRow() && columns != null) {
            List<Span> printed = cells.stream().filter(c -> c.start() < c.end()).toList();
            int comments = trailingComments();
            if (printed.size() < cells.size() && !printed.isEmpty() && (cells.size() > columns.size()
                    ? printed.size() <= columns.size()
                    : comments > 0 && printed.size() == columns.size() - comments
                            && TOTAL_CELL.matcher(printed.get(printed.size() - 1).of(raw).strip()).matches())) {
                // an empty cell (two spaces) that only pushes the row's cells past the header, or its last figure into
                // a closing 备注: the spaces were the page's layout, the figures fill the columns before the comments
                cells = printed;
            }
        }
        if (line.spaceRow() && columns != null && cells.size() > columns.size()) {
            cells = placement().mergeSurplus(cells);
        }
        List<String> texts = texts(cells);
        if (spacedHeaderOpen && row == null && lastNumber == 0 && line.spaceRow()
                && TableHeaders.isHeaderContinuation(texts)) {
            // the header's cells broken over lines: "… 责任" ⏎ "单位" ⏎ "月度进展情况 投资完成情况 备注" ⏎ "完成额度" ⏎ "(万元)"
            List<String> names = placeSubColumns(TableHeaders.continuedHeader(context.labels(), columnNames, texts));
            List<Column> joined = TableHeaders.headerColumns(context.labels(), names);
            if (joined != null) {
                columns = joined;
                columnNames = names;
                horizonColumns = TableHeaders.horizons(columns, columnNames);
            }
            draft.represented(line.number());
            return;
        }
        List<Column> header = TableHeaders.headerColumns(context.labels(), texts);
        readRow(cells, header, line.number(), span(line));
        spacedHeaderOpen = line.spaceRow() && header != null;
    }

    /** Header cells placed under a parent cell of the header's first level ({@link #placeSubColumns}). */
    private List<String> subColumns = new ArrayList<>();
    /** Those of them under a parent that reports (投资完成情况): their figures are actuals. */
    private List<String> reportedSubColumns = new ArrayList<>();

    /**
     * A header of two levels extracted row by row prints its second level after the whole first one: "… 月度进展情况
     * 投资完成情况 备注" ⏎ "完成额度(万元)" ⏎ "占比(%)". Cells naming a quantity with its unit that end the names after a
     * comment column (备注, 说明), or after a cell naming no quantity of its own, stand under the last such cell before the
     * comment columns: they take the parent's place (it has no cells of its own in the rows), or follow a sub-column
     * placed before. Where the parent reports (完成情况, 进展情况), their figures are actuals.
     */
    private List<String> placeSubColumns(List<String> names) {
        ResponsibilityLabels labels = context.labels();
        int end = names.size();
        int s = end;
        while (s > 0 && TableHeaders.quantityHeader(labels, names.get(s - 1)) != null
                && !subColumns.contains(names.get(s - 1))) {
            s--;
        }
        if (s == end) {
            return names;
        }
        int p = s - 1;
        while (p >= 0 && TableHeaders.quantityHeader(labels, names.get(p)) == null
                && TableHeaders.columnNamed(labels, names.get(p)) == Column.CATEGORY) {
            p--; // 备注, 说明: a column of the first level, its cells printed after the sub-columns
        }
        if (p < 0) {
            return names;
        }
        String parent = names.get(p);
        List<String> subs = names.subList(s, end);
        List<String> placed = new ArrayList<>(names.subList(0, p));
        boolean reported;
        if (subColumns.contains(parent)) {
            reported = reportedSubColumns.contains(parent);
            placed.add(parent);
        } else {
            Column kind = TableHeaders.columnNamed(labels, parent);
            if (TableHeaders.quantityHeader(labels, parent) != null || p == s - 1 && kind != Column.PROGRESS
                    || kind != null && kind != Column.PROGRESS && kind != Column.CATEGORY) {
                return names; // a column of its own (a task's, the bodies', a quantity's): no parent
            }
            reported = kind == Column.PROGRESS;
        }
        placed.addAll(subs);
        placed.addAll(names.subList(p + 1, s));
        subColumns.addAll(subs);
        if (reported) {
            reportedSubColumns.addAll(subs);
        }
        return placed;
    }

    private List<String> texts(List<Span> cells) {
        return cells.stream().map(c -> TextCleaner.cleanLine(c.of(raw)).replaceAll("\\s", "")).toList();
    }

    /** The row being read is a line of a table separated by '|': one table row, whose missing cells are merged ones. */
    private boolean pipeRow;
    /**
     * The spaced row being read goes on on the lines below it ({@link SourceText#withTablesMarked}: a row printing fewer
     * cells than the header, its last cells following one a line): its cells are the header's first ones, in order.
     */
    private boolean continuedBelow;

    /** Whether the next text line after {@code n} is a line of the same spaced table that opens no numbered row. */
    private boolean continuesBelow(int n) {
        for (int k = n + 1; k <= source.lines().size(); k++) {
            SourceText.Line next = source.line(k);
            if (next.isNoise()) {
                continue;
            }
            return next.spaceRow() && !SPACED_ROW_NUMBER.matcher(next.text().strip()).lookingAt();
        }
        return false;
    }

    /** "12 推进…": a spaced table's numbered row. */
    private static final Pattern SPACED_ROW_NUMBER = Pattern.compile("\\d{1,3}[ \u3000]+\\S");
    /** The '|' line being read fills its first cell only and prints the empty cells after it ("新增学位810个 | |||||"). */
    private boolean secondTaskLine;
    /** Two empty cells or more closing a '|' line: " | |||||". */
    private static final Pattern EMPTY_CELLS_AFTER = Pattern.compile("^\\s*\\|(?:\\s*\\|)+\\s*$");

    /**
     * Reads a row's cells, from one line or (a table printed one cell per line) from several, {@code line} its first;
     * {@code header} is the columns they name where they are a header ({@link TableHeaders#headerColumns}).
     */
    private void readRow(List<Span> cells, List<Column> header, int lineNumber, Span line) {
        List<String> texts = cells.stream().map(c -> TextCleaner.cleanLine(c.of(raw))).toList();
        String where = source.where(line.start());
        if (header != null) {
            finishRow();
            columns = header;
            if (table == null) {
                untitledTables++;
                String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
                openTable(location, null, location, "", line, "");
                columns = header;
            }
            columnNames = texts.stream().map(t -> t.replaceAll("\\s", "")).toList();
            horizonColumns = TableHeaders.horizons(columns, columnNames);
            subColumns = new ArrayList<>();
            reportedSubColumns = new ArrayList<>();
            int task = columns.indexOf(Column.TASK);
            placeRows = pipeRow && task >= 0
                    && TableHeaders.columnNamed(context.labels(), columnNames.get(task)) == Column.PLACE;
            draft.represented(lineNumber);
            return;
        }
        if (table == null) {
            untitledTables++;
            String location = "任务表" + (untitledTables > 1 ? untitledTables : "");
            openTable(location, null, location, "", line, "");
        }
        if (readTotalRow(cells, texts, line)) {
            draft.represented(lineNumber);
            return;
        }
        if (placeRows && pipeRow && !texts.isEmpty() && placeCell(texts.get(columns.indexOf(Column.TASK) < texts.size()
                ? columns.indexOf(Column.TASK) : 0))) {
            finishRow();
            row = new TableRow(lastNumber + 1, where);
            row.pipe = true;
            assignPlaceRow(row, cells);
            return;
        }
        int quantityAt = pipeRow && columns != null && !columns.contains(Column.NUMBER) ? quantityCellAt(texts) : -1;
        if (quantityAt >= 0) {
            finishRow();
            row = new TableRow(lastNumber + 1, where);
            row.vertical = true;
            row.pipe = true;
            assignQuantityRow(row, cells, texts, quantityAt);
            return;
        }
        int numberAt = -1;
        int number = -1;
        Span numberedTask = null;
        int numberColumn = columns == null ? -1 : columns.indexOf(Column.NUMBER);
        Matcher bracketed;
        if (pipeRow && numberColumn >= 0 && numberColumn < texts.size()
                && (bracketed = BRACKETED_NUMBER_CELL.matcher(texts.get(numberColumn))).matches()
                && (bracketedNumbers || lastNumber == 0)) {
            // a '|' row numbered "(1)": its table numbers its rows so, a bare number there heads a group of them
            bracketedNumbers = true;
            numberAt = numberColumn;
            number = Integer.parseInt(bracketed.group(1));
        } else if (pipeRow && isGroupRow(texts)) {
            finishRow(); // a row of one cell (一、主要预期目标), or numbered otherwise than the rows: a group's heading
            draft.represented(lineNumber);
            return;
        } else if (numberColumn >= 0 && numberColumn < texts.size() && NUMBER_CELL.matcher(texts.get(numberColumn)).matches()) {
            numberAt = numberColumn;
            number = Integer.parseInt(texts.get(numberColumn));
        } else {
            // the first cell printing a number: a 序号 cell, or a task cell "N. …" (category cells may precede it)
            for (int i = 0; i < texts.size(); i++) {
                Matcher m = NUMBERED_TASK.matcher(texts.get(i));
                if (NUMBER_CELL.matcher(texts.get(i)).matches() && pipeRow && numberColumn >= 0 && row != null
                        && Integer.parseInt(texts.get(i)) != row.number + 1) {
                    // a '|' row with its 序号 cell empty or missing, a bare figure in a later cell ("…充分就业社区6个 | 6
                    // | 100%"): a figure of the row above continued on its own line (a second target and what was done
                    // of it), not the next row's number
                    continue;
                }
                if (NUMBER_CELL.matcher(texts.get(i)).matches()) {
                    numberAt = i;
                    number = Integer.parseInt(texts.get(i));
                    break;
                }
                if (m.matches() && !DECIMAL_CELL.matcher(texts.get(i)).matches()) {
                    numberAt = i;
                    number = Integer.parseInt(m.group(1));
                    numberedTask = cells.get(i);
                    break;
                }
            }
        }
        if (number < 0) {
            if (row != null) {
                assign(row, cells, texts, -1, null); // the row's cells continued on the next line
            } else {
                draft.unrepresented(lineNumber, "table line before the first numbered row");
            }
            return;
        }
        finishRow();
        row = new TableRow(number, where);
        row.numberedTaskCell = numberedTask;
        row.vertical = pipeRow;
        row.pipe = pipeRow;
        assign(row, cells, texts, numberAt, numberedTask);
    }

    /** A total row's label: the table's sum, or a group's heading (一、市级重点民生实事) printing its group's sums. */
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(?:合计|总计|小计|共计|[一二三四五六七八九十]+、(\\p{IsHan}{2,20}))$");
    /** The 合计 or group row being read: its first line (and those continuing it), its label, its figures so far. */
    private Span totalRow;
    private String totalLabel;
    private List<Span> totalCells = new ArrayList<>();

    /**
     * A row of a table with columns of figures under quantity headers ("2025年投资计划(万元)", "完成额度(万元)", "占比(%)")
     * that sums them: a 合计 row, or a group's heading (一、…) printing its group's sums, its cells the label and bare
     * figures only, the figures wrapped onto lines of their own ("合计 182852" ⏎ "55219.1 30.2"). Once it prints as many
     * figures as the table has such columns, each is read under its column in order, named by the label: a target, or
     * an actual under a column of what was done. True when the line was such a row's.
     */
    private boolean readTotalRow(List<Span> cells, List<String> texts, Span line) {
        if (!pipeRow || columns == null || table == null || columns.size() != columnNames.size() || texts.isEmpty()) {
            totalRow = null;
            return false;
        }
        List<Integer> figureColumns = new ArrayList<>();
        for (int i = 0; i < columnNames.size(); i++) {
            if (TableHeaders.quantityHeader(context.labels(), columnNames.get(i)) != null
                    && outsideHorizons(i)) {
                figureColumns.add(i);
            }
        }
        boolean figuresOnly = texts.stream().allMatch(t -> TOTAL_CELL.matcher(t).matches());
        if (totalRow != null && figuresOnly && totalCells.size() + cells.size() <= figureColumns.size()) {
            totalCells.addAll(cells);
            totalRow = new Span(totalRow.start(), line.end());
        } else {
            totalRow = null;
            Matcher label = TOTAL_LABEL.matcher(texts.get(0));
            if (figureColumns.isEmpty() || texts.size() < 2 || texts.size() - 1 > figureColumns.size()
                    || !label.matches() || !texts.subList(1, texts.size()).stream()
                    .allMatch(t -> TOTAL_CELL.matcher(t).matches())) {
                return false;
            }
            finishRow();
            totalRow = line;
            totalLabel = label.group(1) != null ? label.group(1) : texts.get(0);
            totalCells = new ArrayList<>(cells.subList(1, cells.size()));
        }
        if (totalCells.size() == figureColumns.size()) {
            for (int i = 0; i < figureColumns.size(); i++) {
                String name = columnNames.get(figureColumns.get(i));
                QuantityHeader header = TableHeaders.quantityHeader(context.labels(), name);
                boolean actual = reportsDone(name, header);
                table.totals.add(new DocumentDraft.TotalFigure(totalRow, totalCells.get(i),
                        totalLabel + header.quantity(), header.unit(), actual));
            }
            totalRow = null;
        }
        return true;
    }

    /** A target cell of several figures separated by '/': "12亿元/10亿元", "190个/226亿元". */
    private static final Pattern SEVERAL_FIGURES = Pattern.compile(
            "^\\d+(?:\\.\\d+)?[^\\d/／\\s]{0,4}(?:\\s*[/／]\\s*\\d+(?:\\.\\d+)?[^\\d/／\\s]{0,4})+$");

    private static int indexOfSlash(String s, int from) {
        int a = s.indexOf('/', from);
        int b = s.indexOf('／', from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** A quantity named with its unit in brackets, as a split table's row opens: "城镇新增就业人数(人)", "造林面积（万亩）". */
    private static final Pattern QUANTITY_CELL = Pattern.compile("^([\\p{IsHan}A-Za-z“”\"]{2,30})\\s*[（(]\\s*([^\\d（）()\\s]{1,6})\\s*[)）]$");
    /** A bare figure: a quantity's total in the cell after it. */
    private static final Pattern TOTAL_CELL = Pattern.compile("^\\d+(?:\\.\\d+)?$");
    /** One place's share in a cell listing them: "元坝镇280", "拣银岩街道办40", "城关镇 12.5". */
    private static final Pattern SHARE = Pattern.compile("([\\p{IsHan}]{2,10}?)\\s*(\\d+(?:\\.\\d+)?)(?![\\d.])");
    /** A cell listing places' shares and nothing else: two at least, separated by spaces or 、，. */
    private static final Pattern SHARES_CELL = Pattern.compile(
            "^(?:[\\p{IsHan}]{2,10}\\s*\\d+(?:\\.\\d+)?[\\s、，,；;]*){2,}$");

    /**
     * Where a row of a '|' table without 序号 names a quantity with its unit in brackets, its total in the next cell
     * ("城镇新增就业人数(人) | 1300 | 元坝镇280 白果乡15 …"): the row of a split table (分解表), which has no number;
     * -1 when the row has no such cell.
     */
    private static int quantityCellAt(List<String> texts) {
        for (int i = 0; i + 1 < texts.size(); i++) {
            if (QUANTITY_CELL.matcher(texts.get(i).replaceAll("\\s", "")).matches()
                    && TOTAL_CELL.matcher(texts.get(i + 1).replaceAll("\\s", "")).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The cells of a split table's row: the quantity cell is the task (cells before it are the group's, merged over
     * its rows: 项目, 目标), its total the target (the unit in the quantity's brackets), each place's share in the cells
     * listing them a target of the same quantity; the cells after those stand in the header's last columns, counted
     * from the right. A row printing no names under a responsibility column has them merged from the row above.
     */
    private void assignQuantityRow(TableRow r, List<Span> cells, List<String> texts, int quantityAt) {
        Span quantity = cells.get(quantityAt);
        r.add(Column.TASK, quantity);
        Matcher q = QUANTITY_CELL.matcher(quantity.of(raw).strip());
        if (q.matches()) {
            int at = raw.lastIndexOf(q.group(2), quantity.end());
            if (at >= quantity.start()) {
                r.add(Column.UNIT, new Span(at, at + q.group(2).length()));
            }
        }
        r.add(Column.TARGET, cells.get(quantityAt + 1));
        int i = quantityAt + 2;
        for (; i < cells.size() && SHARES_CELL.matcher(texts.get(i)).matches(); i++) {
            Span cell = cells.get(i);
            Matcher m = SHARE.matcher(cell.of(raw));
            while (m.find()) {
                r.add(Column.SHARE, new Span(cell.start() + m.start(2), cell.start() + m.end(2)));
            }
        }
        List<Span> rest = new ArrayList<>(cells.subList(i, cells.size()));
        List<String> restTexts = new ArrayList<>(texts.subList(i, texts.size()));
        while (!rest.isEmpty() && restTexts.get(restTexts.size() - 1).isEmpty()) {
            rest.remove(rest.size() - 1);
            restTexts.remove(restTexts.size() - 1);
        }
        int first = columns.size() - rest.size();
        boolean names = false;
        for (int k = 0; k < rest.size() && first + k >= 0; k++) {
            Column c = columns.get(first + k);
            if (TableHeaders.holdsNames(c) && !restTexts.get(k).isEmpty()) {
                r.add(c, rest.get(k));
                names = true;
            }
        }
        if (names) {
            mergedNames = new EnumMap<>(Column.class);
            r.pieces.forEach((column, spans) -> {
                if (TableHeaders.isResponsibility(column)) {
                    mergedNames.put(column, List.copyOf(spans));
                }
            });
        } else {
            mergedNames.forEach((column, spans) -> spans.forEach(sp -> r.add(column, sp)));
        }
    }

    /** The open '|' table's rows are places' shares of the quantities its header names ("乡镇 | 新种任务(亩)"). */
    private boolean placeRows;

    /** A place's cell opening a row: a short name without figures (长安镇, 全县合计), not a figure or a sentence. */
    private static final Pattern PLACE_CELL = Pattern.compile("^[\\p{IsHan}（）()、]{2,15}$");

    private static boolean placeCell(String text) {
        return PLACE_CELL.matcher(text.replaceAll("\\s", "")).matches();
    }

    /**
     * The cells of a row of places' shares, by position: the place is its task, the cells under a quantity header
     * (新种任务(亩)) its figures in that header's unit; a 备注 cell and the cells the row leaves out (the last row's
     * empty 备注) are read as nothing.
     */
    private void assignPlaceRow(TableRow r, List<Span> cells) {
        for (int i = 0; i < cells.size() && i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c == Column.CATEGORY && i < columnNames.size()
                    && TableHeaders.quantityHeader(context.labels(), columnNames.get(i)) != null) {
                r.addFigure(cells.get(i), columnNames.get(i), null);
            } else if (c != Column.CATEGORY && c != Column.NUMBER) {
                r.add(c, cells.get(i));
            }
        }
    }

    /** A cell of one decimal figure ("30.2", "55219.1"): a total's cell wrapped onto a line of its own, no "30. 2" task. */
    private static final Pattern DECIMAL_CELL = Pattern.compile("^\\d+\\.\\d+$");
    /** A row's number printed in brackets: "(1)", "（12）". */
    private static final Pattern BRACKETED_NUMBER_CELL = Pattern.compile("^[（(]\\s*(\\d{1,3})\\s*[)）]$");
    /** The open '|' table numbers its rows "(1)": a bare number in its 序号 cell heads a group of rows. */
    private boolean bracketedNumbers;

    /**
     * A row of a '|' table that heads a group of rows rather than being one: one cell only ("一、主要预期目标 | |||"),
     * or a first cell that is an outline heading, or a bare number where the table numbers its rows "(1)".
     */
    private boolean isGroupRow(List<String> texts) {
        long filled = texts.stream().filter(t -> !t.isEmpty()).count();
        if (texts.isEmpty() || columns == null) {
            return false;
        }
        String first = texts.get(0);
        return (filled == 1 && OUTLINE_NUMBERED.matcher(first).matches())
                || (bracketedNumbers && NUMBER_CELL.matcher(first).matches());
    }

    /** Whether a cell of the row (no figure, no "-") looks like a list of names. */
    private boolean printsNames(List<String> texts) {
        return texts.stream().anyMatch(t -> !t.isEmpty() && t.codePoints().anyMatch(CellContents::isHan)
                && !NO_BODY.matcher(t.strip()).matches() && contents.looksLikeNames(t));
    }

    /** The names of the last '|' row read, for a row below it that they are merged over; empty where it has none. */
    private Map<Column, List<Span>> namesAbove = new EnumMap<>(Column.class);

    /** Whether each cell of the row under a column of names holds something that is no names (text, figures). */
    private boolean namesCellsHoldText(List<String> texts) {
        if (printsNames(texts)) {
            return false; // names printed in another cell: the cells do not line up with the header, none merged
        }
        boolean any = false;
        for (int i = 0; i < texts.size() && i < columns.size(); i++) {
            if (TableHeaders.holdsNames(columns.get(i))) {
                if (texts.get(i).isEmpty() || contents.looksLikeNames(texts.get(i))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The index of the cell under a '|' table's one column of names where that cell holds text and the cell after it
     * (under a column of no names) names bodies: the row printed one cell more before its names than the header has
     * columns there. -1 otherwise.
     */
    private int extraCellBeforeNames(List<String> texts) {
        int names = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (TableHeaders.holdsNames(columns.get(i))) {
                if (names >= 0) {
                    return -1;
                }
                names = i;
            }
        }
        if (names < 2 || names + 1 >= texts.size() || TableHeaders.holdsNames(columns.get(names - 1))
                || columns.get(names - 1) == Column.NUMBER || TableHeaders.holdsNames(columns.get(names + 1))) {
            return -1;
        }
        String under = texts.get(names);
        String after = texts.get(names + 1);
        return !under.isEmpty() && !contents.looksLikeNames(under) && !after.isEmpty() && contents.looksLikeNames(after)
                && !NO_BODY.matcher(after.strip()).matches() ? names : -1;
    }

    /** Whether column {@code i} holds no horizon's figures (neither a year's target nor the figure as it stands). */
    private boolean outsideHorizons(int i) {
        return horizonColumns.size() != columns.size() || horizonColumns.get(i) == null;
    }

    /**
     * Whether the figures under a quantity column are what was done: a progress column's (完成额度 under 完成情况), or
     * a sub-column's placed under a parent that reports ({@link #placeSubColumns}).
     */
    private boolean reportsDone(String columnName, QuantityHeader header) {
        return TableHeaders.columnNamed(context.labels(), header.quantity()) == Column.PROGRESS
                || reportedSubColumns.contains(columnName);
    }

    /**
     * How many comment columns (备注, 说明: no quantity named) close the header: a numbered row that prints every cell
     * but those (left empty at the line's end) is read by position, its figures under their headers.
     */
    private int trailingComments() {
        int k = 0;
        while (k < columns.size() && columns.size() == columnNames.size()
                && columns.get(columns.size() - 1 - k) == Column.CATEGORY
                && TableHeaders.quantityHeader(context.labels(), columnNames.get(columns.size() - 1 - k)) == null
                && outsideHorizons(columns.size() - 1 - k)) {
            k++;
        }
        return k;
    }

    /** Puts each cell into its column: by position when the row has the header's shape, else by what it looks like. */
    private void assign(TableRow r, List<Span> cells, List<String> texts, int numberAt, Span numberedTask) {
        if (numberedTask != null) {
            r.add(Column.TASK, numberedTask);
        }
        boolean continuation = numberAt < 0;
        if (columns != null && continuation && secondTaskLine && columns.contains(Column.TASK)) {
            // a row's second task on a '|' line of its own, the other cells merged from the row above (its number, its
            // bodies) printed empty after it: the task cell goes on, not the progress cell its words would fit as well
            r.add(Column.TASK, cells.get(0));
            return;
        }
        if (columns != null && pipeRow && cells.size() == columns.size() && cells.size() > 2 && !continuation
                && texts.get(cells.size() - 1).isEmpty() && namesCellsHoldText(texts)) {
            // "2 | 任务 | 计划 | 已完成。… | |": the row's 牵头单位 is merged from the row above, so its other cells slide
            // left into the names' places and an empty cell closes the line: the row prints one cell fewer
            cells = cells.subList(0, cells.size() - 1);
            texts = texts.subList(0, texts.size() - 1);
        }
        int extraAt = columns != null && pipeRow && !continuation && cells.size() <= columns.size()
                ? extraCellBeforeNames(texts) : -1;
        if (extraAt > 0) {
            // "4 | 任务 | 最低生活保障 | 农村标准(760元/月) | 县民政局 | |||": the row parts its task into one cell more than
            // the header's (a sub-item), so the names stand a cell right of their column; the extra cell goes on with
            // the column before the names, the cells after it move left
            r.lastIndex = cells.size() - 2;
            for (int i = 0; i < cells.size(); i++) {
                Column c = columns.get(i < extraAt ? i : i == extraAt ? extraAt - 1 : i - 1);
                if (i != numberAt && c != Column.NUMBER && c != Column.CATEGORY) {
                    r.add(c, cells.get(i));
                }
            }
            return;
        }
        if (columns != null && pipeRow && cells.size() < columns.size() && !(numberAt == 0 && numberedTask == null
                && columns.indexOf(Column.NUMBER) == 0 && (cells.size() == columns.size() - trailingComments()
                || continuedBelow))) {
            // a row of a '|'-separated table printing fewer cells than its header: the others are merged from the
            // row above (a project's name and number over its task lines, a 责任单位 over several tasks)
            List<Column> aligned = placement().alignByContent(texts, numberAt, numberedTask != null);
            for (int i = 0; i < cells.size(); i++) {
                Column c = aligned.get(i);
                if (i == numberAt || c == Column.NUMBER || c == Column.CATEGORY) {
                    continue;
                }
                r.add(c, cells.get(i));
            }
            if (!continuation && r.pieces.keySet().stream().noneMatch(TableHeaders::holdsNames) && !printsNames(texts)) {
                // a numbered row printing no names: the cell of names merged over it is printed on the row above
                namesAbove.forEach((column, spans) -> spans.forEach(sp -> r.add(column, sp)));
            }
            return;
        }
        if (columns != null && continuation && cells.size() < columns.size() && r.lastIndex >= 0) {
            // the row broke inside a cell: this line's first cell goes on with it, the next ones follow
            for (int i = 0; i < cells.size() && r.lastIndex + i < columns.size(); i++) {
                Column c = columns.get(r.lastIndex + i);
                if (c != Column.NUMBER && c != Column.CATEGORY) {
                    r.add(c, cells.get(i));
                }
            }
            r.lastIndex = Math.min(columns.size() - 1, r.lastIndex + cells.size() - 1);
            return;
        }
        if (columns != null && (cells.size() == columns.size()
                || (!continuation && numberedTask == null && cells.size() < columns.size() && numberAt == columns.indexOf(Column.NUMBER)))) {
            r.lastIndex = cells.size() - 1;
            for (int i = 0; i < cells.size(); i++) {
                Column c = columns.get(i);
                if (i != numberAt && i < horizonColumns.size() && horizonColumns.get(i) != null) {
                    // read by position: the cell is the row's figure for its column's year (or as it stands)
                    r.addFigure(cells.get(i), columnNames.get(i), horizonColumns.get(i));
                    continue;
                }
                if (c == Column.CATEGORY && i != numberAt && columnNames.size() == columns.size()
                        && TableHeaders.quantityHeader(context.labels(), columnNames.get(i)) != null) {
                    // read by position: the cell stands under its header ("总投资(万元)")
                    r.addFigure(cells.get(i), columnNames.get(i), null);
                }
                if (i == numberAt || c == Column.NUMBER || c == Column.CATEGORY) {
                    continue;
                }
                r.add(c, cells.get(i));
            }
            return;
        }
        // No usable header: the longest remaining cell is the task, a short date-like cell the deadline, the rest
        // name who is responsible.
        int task = -1;
        if (numberedTask == null) {
            for (int i = 0; i < cells.size(); i++) {
                if (i != numberAt && (task < 0 || texts.get(i).length() > texts.get(task).length())) {
                    task = i;
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            if (i == numberAt || texts.get(i).isEmpty() || (numberedTask != null && cells.get(i).equals(numberedTask))) {
                continue;
            }
            if (i == task) {
                r.add(Column.TASK, cells.get(i));
            } else if (texts.get(i).length() <= 20 && DEADLINE_LIKE.matcher(texts.get(i)).matches()
                    && !texts.get(i).contains("局")) {
                r.add(Column.DEADLINE, cells.get(i));
            } else if (numberedTask == null || i > numberAt) {
                r.add(Column.RESPONSIBLE, cells.get(i));
            }
        }
    }

    /**
     * The rows of a table whose header {@link TableHeaders#openedCellsHeaderAt} found: a row is the lines up to the
     * bare '|' closing it, a cell each line opened by '|' (the row's first cell is not opened; a cell's lines after its first
     * go on with it: a narrow column prints a name two or three characters a line, "市政" / "府办" / "公厅"). A row
     * printing fewer cells than the header lacks the cells merged over it from the rows above (a 牵头单位 printed
     * once before the first of its rows, a 责任单位 over the last rows): its cells are placed by what they hold, and
     * each column of bodies it lacks takes the names printed last in that column. Rows are numbered in order. Lines
     * not closed by a bare '|' end the table; returns the last line taken.
     */
    private int readOpenedCellRows(int from, int to) {
        Map<Column, List<Span>> carried = new EnumMap<>(Column.class);
        int taken = from - 1;
        int k = from;
        while (k < to) {
            List<List<Integer>> cellLines = new ArrayList<>();
            int end = k;
            boolean closed = false;
            for (; end < to; end++) {
                SourceText.Line line = source.line(end);
                if (line.text().isBlank()) {
                    continue;
                }
                if (TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                    closed = true;
                    break;
                }
                String text = TextCleaner.cleanLine(line.text());
                if (TableCells.isRow(line) || TableCaptions.opensTable(text)) {
                    break;
                }
                if (cellLines.isEmpty() || TableHeaders.OPENED_CELL.matcher(line.text()).matches()) {
                    cellLines.add(new ArrayList<>());
                }
                cellLines.get(cellLines.size() - 1).add(end);
            }
            if (!closed || cellLines.isEmpty() || cellLines.size() > columns.size()) {
                break;
            }
            List<Span> cells = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (List<Integer> lines : cellLines) {
                SourceText.Line firstLine = source.line(lines.get(0));
                int start = firstLine.contentStart();
                while (start < firstLine.end() && (raw.charAt(start) == '|' || Character.isWhitespace(raw.charAt(start)))) {
                    start++;
                }
                Span cell = new Span(start, source.line(lines.get(lines.size() - 1)).contentEnd());
                cells.add(cell);
                texts.add(TextCleaner.cleanLine(cell.of(raw)));
            }
            List<Column> aligned = cells.size() == columns.size() ? columns
                    : placement().alignByContent(texts, -1, false);
            finishRow();
            row = new TableRow(lastNumber + 1, source.file() + ":" + cellLines.get(0).get(0));
            row.vertical = true;
            for (int i = 0; i < cells.size(); i++) {
                Column c = aligned.get(i);
                if (c != Column.NUMBER && c != Column.CATEGORY) {
                    row.add(c, cells.get(i));
                }
            }
            for (Column c : columns) {
                if (!TableHeaders.holdsNames(c)) {
                    continue;
                }
                if (row.pieces.containsKey(c)) {
                    carried.put(c, List.copyOf(row.pieces.get(c)));
                } else if (carried.containsKey(c)) {
                    carried.get(c).forEach(s -> row.add(c, s)); // a cell merged over this row from the rows above
                }
            }
            finishRow();
            for (int line = k; line <= end; line++) {
                draft.represented(line);
            }
            taken = end;
            k = end + 1;
        }
        return taken;
    }

    /** The longest task cell that names a row's figures as a project's name does ("城市用气提升工程"). */
    private static final int MAX_FIGURE_NAME = 20;

    private void finishRow() {
        if (row == null) {
            return;
        }
        TableRow r = row;
        row = null;
        namesAbove = new EnumMap<>(Column.class);
        if (r.pipe) {
            r.pieces.forEach((column, spans) -> {
                if (TableHeaders.holdsNames(column)) {
                    namesAbove.put(column, List.copyOf(spans));
                }
            });
        }
        List<Span> task = r.pieces.get(Column.TASK);
        if (task == null || task.isEmpty()) {
            draft.warnings.add(r.where + ": row " + r.number + " of " + table.location + " has no task text; skipped");
            return;
        }
        Span quote = new Span(task.get(0).start(), task.get(task.size() - 1).end());
        // the task cells of a row printed one cell a line are cells of their own (事项名称, 项目内容): a line each
        String text = r.vertical ? String.join("\n", task.stream().map(s -> TextCleaner.clean(s.of(raw))).toList())
                : TextCleaner.clean(task.stream().map(s -> s.of(raw)).toList());
        if (r.numberedTaskCell != null) {
            text = text.replaceFirst("^\\d{1,3}\\s*" + ItemNumbers.CLOSING_MARK + "\\s*", "");
        }
        if (r.number == lastNumber && text.equals(lastText)) {
            draft.warnings.add(r.where + ": row " + r.number + " repeated verbatim; skipped");
            return;
        }
        String location = table.location + "-" + r.number;
        if (r.number != lastNumber + 1 || draft.measure(draft.idOf(location)) != null) {
            draft.warnings.add(r.where + ": " + table.location + " row numbered " + r.number + " follows row "
                    + lastNumber);
            for (int k = 2; draft.measure(draft.idOf(location)) != null; k++) {
                location = table.location + "-" + r.number + "-" + k;
            }
        }
        lastNumber = r.number;
        lastText = text;
        DocumentDraft.Measure measure = draft.addMeasure(location, table.id, String.valueOf(r.number), tableList,
                text, quote, false);
        measure.restateCandidates = candidates;
        measure.progress = r.pieces.getOrDefault(Column.PROGRESS, List.of());
        if (columns != null && columnNames.size() == columns.size()) {
            List<String> shares = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) == Column.PROGRESS && TaskTableRow.namesShareDone(columnNames.get(i))) {
                    shares.add(columnNames.get(i));
                }
            }
            measure.progressColumn = shares.size() == 1 ? shares.get(0) : null;
        }
        if (r.pipe && task.size() > 1) {
            measure.taskCells = List.copyOf(task); // its quote runs over the other cells of the rows between
        }
        List<Span> target = r.pieces.get(Column.TARGET);
        if (target != null && !target.isEmpty() && target.get(0).start() > quote.end()) {
            measure.targetCell = target.get(0);
            List<Span> unit = r.pieces.get(Column.UNIT);
            if (unit != null && !unit.isEmpty()) {
                measure.unitCell = new Span(unit.get(0).start(), unit.get(unit.size() - 1).end());
            }
            List<Span> shares = new ArrayList<>(r.pieces.getOrDefault(Column.SHARE, List.of()));
            // a cell of figures separated by '/' ("12亿元/10亿元"): one figure each, in the order the task names them
            Span cell = measure.targetCell;
            String printed = cell.of(raw);
            if (SEVERAL_FIGURES.matcher(printed.strip()).matches()) {
                List<Span> parts = new ArrayList<>();
                int from = 0;
                for (int slash; (slash = indexOfSlash(printed, from)) >= 0; from = slash + 1) {
                    parts.add(new Span(cell.start() + from, cell.start() + slash));
                }
                parts.add(new Span(cell.start() + from, cell.end()));
                measure.targetCell = parts.get(0);
                shares.addAll(0, parts.subList(1, parts.size()));
            }
            measure.shareCells = List.copyOf(shares);
        }
        if (!r.figureCells.isEmpty()) {
            // the figure is the row's: named by its task where the first task cell is a short name (项目名称)
            String name = TextCleaner.cleanLine(task.get(0).of(raw)).replaceAll("\\s", "");
            String named = name.length() <= MAX_FIGURE_NAME && !name.matches(".*[。，,；;：:].*") ? name : "";
            List<DocumentDraft.HeaderFigure> figures = new ArrayList<>();
            for (int i = 0; i < r.figureCells.size(); i++) {
                if (r.figureHorizons.get(i) != null) {
                    figures.addAll(horizonFigures(r, task.get(0), r.figureCells.get(i), r.figureHorizons.get(i)));
                    continue;
                }
                QuantityHeader header = TableHeaders.quantityHeader(context.labels(), r.figureHeaders.get(i));
                boolean actual = reportsDone(r.figureHeaders.get(i), header);
                figures.add(new DocumentDraft.HeaderFigure(r.figureCells.get(i), named + header.quantity(),
                        header.unit(), actual, null, false));
            }
            measure.headerFigures = List.copyOf(figures);
        }
        List<Span> deadline = r.pieces.get(Column.DEADLINE);
        if (deadline != null) {
            measure.timeline = TextCleaner.clean(deadline.stream().map(s -> s.of(raw)).toList()).replace("\n", "");
        }
        rowLinks.link(measure, r);
        tableRows.add(measure);
    }

    private void closeTable() {
        finishRow();
        if (table != null) {
            DuplicatedTails.trim(draft, tableRows);
            if ((!tableRows.isEmpty() || columns != null) && !unnumberedVertical) {
                table.unreadLines = null; // a header or rows were read: the lines before them are its title, no table
            }
        }
        tableRows.clear();
        table = null;
        verticalCells = 0;
        unnumberedVertical = false;
    }
}
