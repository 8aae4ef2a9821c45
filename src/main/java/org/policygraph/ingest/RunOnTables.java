package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkType;

/**
 * A task table whose line breaks and cell borders were lost (a document-sharing site's extract): title, header and rows
 * run on in one line —
 * <pre>
 * 重点项目分解表序号项目名称主要内容分管领导牵头单位配合单位1项目一实施…。张三区教育局区财政局各街道2项目二…
 * </pre>
 * The header is a run of column names after 序号 (each read as {@link TaskTables} reads a header cell), up to the first
 * row's number 1; a row runs from its number to the next one's, which is printed glued to the end of the row before
 * it, after a name (so a figure inside a task, "控制在3%以内", opens no row). In a row, the names stand after a
 * sentence of the task, glued to each other: cut after the shortest name ending with a
 * {@code GLUED_NAME_END} word of {@code vocabulary/responsibility-labels.tsv}, each name 3 to
 * {@value #MAX_NAME} characters (a bracket after it stays with it); a column of officials before them prints people's
 * names (2 or 3 characters: the reading giving more names, else 3). The first name fills the 牵头 column, the others
 * the 配合 column (a 责任单位 column without 牵头: all lead). Text after the names that closes with names of its own is
 * a task of the row's second part (a merged row); text that does not sits under the row's names. Found only where
 * nothing else of the text reads as a plan.
 * <p>
 * The same table may keep its line breaks and lose only its cell borders: a header line of column names glued
 * ("类别序号重点督办内容牵头单位全年完成情况"), then a row a line, its cells glued (a group cell, the number, the task up to
 * a sentence's end, a cell of names a column of bodies, a 完成情况 cell): {@link #lineHeader} and the rows under it.
 */
final class RunOnTables {

    private static final Pattern NUMBER_HEAD = Pattern.compile("序号|编号");
    /** The longest name in a glued list (bracket aside): longer runs are task text ("推进大庙弄核心区改造"). */
    static final int MAX_NAME = 6;
    /** Characters after a figure that make it a quantity, not a row's number: 3%, 12个, 5000人. */
    private static final String UNIT_AFTER = "%％个人名家户项次万亿元年月日号条座所期批倍级台套千百十.．";

    private final DocumentDraft draft;
    private final PlanParser.ParseContext context;
    private final String raw;

    RunOnTables(DocumentDraft draft, PlanParser.ParseContext context) {
        this.draft = draft;
        this.context = context;
        this.raw = draft.source.raw();
    }

    /** A header found inside a line: where 序号 stands, where row 1's number stands, the columns. */
    record Header(int numberHead, int firstRow, List<TableHeaders.Column> columns, boolean officials) {
    }

    /** The run-on header of {@code text}, or null: 序号, then column names up to the first row's number 1. */
    static Header headerIn(ResponsibilityLabels labels, String text) {
        Matcher m = NUMBER_HEAD.matcher(text);
        while (m.find()) {
            int digit = m.end();
            while (digit < text.length() && !isDigit(text.charAt(digit))) {
                digit++;
            }
            if (digit >= text.length() || text.charAt(digit) != '1'
                    || (digit + 1 < text.length() && isDigit(text.charAt(digit + 1)))) {
                continue;
            }
            String head = text.substring(m.end(), digit).replaceAll("\\s", "");
            List<String> cells = segmentHeader(labels, head);
            if (cells == null || cells.size() < 2) {
                continue;
            }
            List<TableHeaders.Column> columns = new ArrayList<>(List.of(TableHeaders.Column.NUMBER));
            boolean officials = false;
            for (String cell : cells) {
                columns.add(TableHeaders.columnNamed(labels, cell));
                officials |= labels.namesOfficials(cell) && columns.stream().noneMatch(TableHeaders::isResponsibility);
            }
            if (columns.contains(TableHeaders.Column.TASK) && columns.stream().anyMatch(TableHeaders::isResponsibility)) {
                return new Header(m.start(), digit, columns, officials);
            }
        }
        return null;
    }

    /** The header run cut into column names, shortest first (区政府分管领导 | 牵头单位, not …领导牵头单位); null when it does not read as column names only. */
    private static List<String> segmentHeader(ResponsibilityLabels labels, String head) {
        if (head.isEmpty()) {
            return List.of();
        }
        for (int len = 2; len <= Math.min(TableHeaders.MAX_HEADER_CELL, head.length()); len++) {
            String cell = head.substring(0, len);
            if (TableHeaders.columnNamed(labels, cell) == null) {
                continue;
            }
            List<String> rest = segmentHeader(labels, head.substring(len));
            if (rest != null) {
                List<String> cells = new ArrayList<>(List.of(cell));
                cells.addAll(rest);
                return cells;
            }
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads the run-on tables of lines {@code from} to {@code to} (exclusive); whether one was read. */
    boolean parse(int from, int to) {
        boolean read = false;
        for (int n = from; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            if (line.isNoise()) {
                continue;
            }
            int start = line.contentStart();
            String text = raw.substring(start, line.contentEnd());
            Header header = headerIn(context.labels(), text);
            if (header != null) {
                read |= readTable(n, start, text, header);
                continue;
            }
            List<TableHeaders.Column> columns = lineHeader(context.labels(), text);
            if (columns != null) {
                int rows = readRowLines(n, to, columns);
                read |= rows > 0;
                n += rows;
            }
        }
        return read;
    }

    /** The longest cell printed before a row's number, under a column before 序号 (a group: 经济社会发展主要预期目标). */
    private static final int MAX_GROUP_CELL = 24;
    /** The longest body's name read in a cell of a table printed a row a line (区住房城乡建设委, 区经济和信息化局). */
    private static final int MAX_CELL_NAME = 12;
    private static final String NAME_SEPARATORS = "、，,";

    /**
     * A header printed on a line of its own whose cell borders were lost: the line is nothing but column names
     * ("类别序号重点督办内容牵头单位全年完成情况"), among them 序号, a task column and a column of bodies; null otherwise.
     */
    static List<TableHeaders.Column> lineHeader(ResponsibilityLabels labels, String text) {
        String head = text.replaceAll("\\s", "");
        if (head.length() > 40) {
            return null;
        }
        List<String> cells = segmentHeader(labels, head);
        if (cells == null || cells.size() < 3) {
            return null;
        }
        List<TableHeaders.Column> columns = cells.stream().map(c -> TableHeaders.columnNamed(labels, c)).toList();
        boolean officials = cells.stream().anyMatch(labels::namesOfficials);
        return !officials && columns.contains(TableHeaders.Column.NUMBER) && columns.contains(TableHeaders.Column.TASK)
                && columns.stream().anyMatch(TableHeaders::isResponsibility) ? columns : null;
    }

    /**
     * Reads the rows under a run-on header line ({@code headerLine}): a row a line, its cells glued ("经济社会发展主要预期
     * 目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值增速…"): the cells of the columns before 序号 (a group), the
     * row's number (1, 2, … in turn), the task up to a sentence's end, then a cell of names for each column of bodies
     * (the names of one cell separated by 、 as printed, each a known body or shaped like one), then the cells after
     * them (a 完成情况 cell: what the row reports as done). The rows end at the first line that does not read so.
     * Returns how many rows were read.
     */
    private int readRowLines(int headerLine, int to, List<TableHeaders.Column> columns) {
        int numberAt = columns.indexOf(TableHeaders.Column.NUMBER);
        List<TableHeaders.Column> bodies = columns.stream().filter(TableHeaders::isResponsibility).toList();
        int lastBodies = 0;
        for (int c = 0; c < columns.size(); c++) {
            lastBodies = TableHeaders.isResponsibility(columns.get(c)) ? c : lastBodies;
        }
        boolean cellsAfter = lastBodies + 1 < columns.size();
        boolean progressAfter = columns.subList(lastBodies + 1, columns.size()).contains(TableHeaders.Column.PROGRESS);
        DocumentDraft.Section table = null;
        DocumentDraft.Section group = null;
        String groupName = "";
        int rows = 0;
        for (int n = headerLine + 1; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            if (line.isNoise()) {
                break;
            }
            int offset = line.contentStart();
            String text = raw.substring(offset, line.contentEnd());
            int number = rows + 1;
            int at = rowNumberOpening(text, String.valueOf(number), numberAt > 0);
            if (at < 0) {
                break;
            }
            int from = at + String.valueOf(number).length();
            Row row = bodiesAfterTask(text, from, bodies.size(), cellsAfter);
            if (row == null) {
                break;
            }
            if (table == null) {
                table = tableSection(headerLine);
            }
            String prefix = text.substring(0, at).strip();
            if (!prefix.isEmpty() && !prefix.equals(groupName)) {
                groupName = prefix;
                group = draft.addSection(table.location + "-" + groupName, table.id, "", groupName, "",
                        new Span(offset, offset + at), null);
            }
            DocumentDraft.Section parent = group != null ? group : table;
            DocumentDraft.Measure measure = draft.addMeasure(table.location + "-" + number, parent.id,
                    String.valueOf(number), table.title, TextCleaner.clean(text.substring(from, row.namesStart())),
                    new Span(offset + from, offset + row.namesStart()), false);
            if (progressAfter && row.namesEnd() < text.length()) {
                measure.progress = List.of(new Span(offset + row.namesEnd(), offset + text.length()));
            }
            List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
            boolean lead = bodies.contains(TableHeaders.Column.LEAD);
            for (int c = 0; c < row.cells().size(); c++) {
                TableHeaders.Column column = bodies.get(c);
                LinkType role = column == TableHeaders.Column.SUPPORT || column == TableHeaders.Column.RESPONSIBLE && lead
                        ? LinkType.SUPPORTS : LinkType.LEADS;
                for (Span name : row.cells().get(c)) {
                    assignments.add(new ResponsibilityCell.Assignment(role, text.substring(name.start(), name.end())));
                }
            }
            ResponsibilityLinks.link(draft, context, measure.id, measure.location,
                    text.substring(row.namesStart(), row.namesEnd()), assignments, draft.source.file() + ":" + n,
                    lead ? "牵头单位" : "责任单位", true);
            draft.represented(n);
            rows++;
        }
        if (table != null) {
            draft.represented(headerLine);
        }
        return rows;
    }

    /** The table's section: titled by the line above its header when that is a title (no sentence), else untitled. */
    private DocumentDraft.Section tableSection(int headerLine) {
        SourceText.Line header = draft.source.line(headerLine);
        Span heading = new Span(header.contentStart(), header.contentEnd());
        String title = "";
        if (headerLine > 1) {
            SourceText.Line above = draft.source.line(headerLine - 1);
            String text = raw.substring(above.contentStart(), above.contentEnd()).strip();
            if (!above.isNoise() && !text.isEmpty() && text.length() <= 60 && !text.matches(".*[。；;，,].*")) {
                title = text;
                heading = new Span(above.contentStart(), above.contentEnd());
            }
        }
        return addTableSection(title, heading);
    }

    /** The section of a run-on task table, titled by {@code title} (empty when untitled), its heading {@code heading}. */
    private DocumentDraft.Section addTableSection(String title, Span heading) {
        return draft.addSection("任务表", null, "任务表", TextCleaner.cleanLine(title), "", heading, null);
    }

    /**
     * Where row {@code number}'s number opens a line: at its start, or, under a column before 序号, after a group cell
     * (no sentence, no digit, at most {@value #MAX_GROUP_CELL} characters); the number stands alone, a task's first
     * character after it. -1 when the line does not open so.
     */
    private static int rowNumberOpening(String text, String number, boolean groupBefore) {
        int limit = groupBefore ? Math.min(MAX_GROUP_CELL, text.length()) : 0;
        for (int i = 0; i <= limit; i++) {
            if (i > 0 && "。；;，,：:".indexOf(text.charAt(i - 1)) >= 0) {
                return -1; // a sentence: no group cell
            }
            // a figure of the group cell ("2021年目标") is no row number
            if (text.startsWith(number, i) && standsAlone(text, i, number.length())) {
                return i;
            }
        }
        return -1;
    }

    /** A row's cells of bodies: where they start and end, each cell's names. */
    private record Row(int namesStart, int namesEnd, List<List<Span>> cells) {
    }

    /**
     * The cells of bodies after the task of a row ({@code from} on): after the first sentence's end (。 or ；) where
     * {@code columns} cells of names read, the last cell closing the line unless cells follow ({@code cellsAfter});
     * null when none does.
     */
    private Row bodiesAfterTask(String text, int from, int columns, boolean cellsAfter) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '。' && c != '；' && c != ';') {
                continue;
            }
            List<List<Span>> cells = new ArrayList<>();
            int at = i + 1;
            while (cells.size() < columns) {
                List<Span> cell = cellOfNames(text, at);
                if (cell.isEmpty()) {
                    break;
                }
                cells.add(cell);
                at = cell.get(cell.size() - 1).end();
            }
            if (!cells.isEmpty() && (cellsAfter ? at < text.length() : at == text.length())) {
                return new Row(i + 1, at, cells);
            }
        }
        return null;
    }

    /** The names of one cell from {@code at}: each the shortest known or body-shaped name, separated by 、. */
    private List<Span> cellOfNames(String text, int at) {
        List<Span> names = new ArrayList<>();
        int i = at;
        while (i < text.length()) {
            int end = -1;
            for (int len = 3; len <= MAX_CELL_NAME && i + len <= text.length() && end < 0; len++) {
                if (!isHan(text, i, i + len)) {
                    break;
                }
                String name = text.substring(i, i + len);
                if (context.departments().knows(name)
                        || context.departments().bodyNameEndings().isBodyLike(name)) {
                    end = i + len;
                }
            }
            if (end < 0) {
                break;
            }
            names.add(new Span(i, end));
            if (end + 1 < text.length() && NAME_SEPARATORS.indexOf(text.charAt(end)) >= 0) {
                i = end + 1;
                continue;
            }
            break;
        }
        return names;
    }

    private boolean readTable(int lineNumber, int offset, String text, Header header) {
        List<Integer> rowStarts = new ArrayList<>(List.of(header.firstRow()));
        for (int k = 2; ; k++) {
            int previous = rowStarts.get(rowStarts.size() - 1);
            int next = rowNumber(text, String.valueOf(k), previous + String.valueOf(k - 1).length());
            if (next < 0) {
                break;
            }
            rowStarts.add(next);
        }
        List<List<Names>> rows = new ArrayList<>();
        for (int r = 0; r < rowStarts.size(); r++) {
            int from = rowStarts.get(r) + String.valueOf(r + 1).length();
            int to = r + 1 < rowStarts.size() ? rowStarts.get(r + 1) : text.length();
            rows.add(runsOfNames(text, from, to, header));
        }
        if (rows.stream().allMatch(List::isEmpty)) {
            return false; // no row names a body: not a task table
        }
        String title = text.substring(0, header.numberHead()).strip();
        Span heading = title.isEmpty() ? new Span(offset + header.numberHead(), offset + header.firstRow())
                : new Span(offset, offset + header.numberHead());
        DocumentDraft.Section table = addTableSection(title, heading);
        String where = draft.source.file() + ":" + lineNumber;
        int measures = 0;
        for (int r = 0; r < rowStarts.size(); r++) {
            int number = r + 1;
            int from = rowStarts.get(r) + String.valueOf(number).length();
            int to = r + 1 < rowStarts.size() ? rowStarts.get(r + 1) : text.length();
            measures += readRow(table, number, text, offset, from, to, rows.get(r), header, where);
        }
        draft.represented(lineNumber);
        return measures > 0;
    }

    /**
     * Where row {@code number} opens in {@code text} after {@code from}: the number standing alone (no digit beside
     * it, no unit after it), glued to the end of a name; -1 when there is none.
     */
    private int rowNumber(String text, String number, int from) {
        for (int i = text.indexOf(number, from); i >= 0; i = text.indexOf(number, i + 1)) {
            if (i > 0 && standsAlone(text, i, number.length()) && endsWithName(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the figure of {@code length} characters at {@code i} stands alone as a row's number: no digit before it,
     * and after it a Han character that is no unit (3%, 12个, 5000人 are quantities).
     */
    private static boolean standsAlone(String text, int i, int length) {
        int after = i + length;
        return (i == 0 || !isDigit(text.charAt(i - 1))) && after < text.length() && !isDigit(text.charAt(after))
                && UNIT_AFTER.indexOf(text.charAt(after)) < 0 && Character.isIdeographic(text.charAt(after));
    }

    private boolean endsWithName(String text, int end) {
        char last = text.charAt(end - 1);
        if (last == ')' || last == '）') {
            return true;
        }
        return context.labels().gluedNameEnds.stream().anyMatch(w -> text.startsWith(w, end - w.length()));
    }

    /** A run of names in a row: where it starts and ends, the names. */
    private record Names(int start, int end, List<Span> names) {
    }

    /** The runs of names in a row's text ({@code from}–{@code to}), each after a sentence of the task. */
    private List<Names> runsOfNames(String text, int from, int to, Header header) {
        List<Names> runs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '。' && c != '；' && c != ';') {
                continue;
            }
            Names names = namesAt(text, i + 1, to, header.officials());
            if (names != null && (names.end() == to || names.names().size() >= 2)) {
                runs.add(names);
                i = names.end() - 1;
            }
        }
        return runs;
    }

    /** Reads one row (its text {@code from}–{@code to} of the line); returns how many tasks it made. */
    private int readRow(DocumentDraft.Section table, int number, String text, int offset, int from, int to,
                        List<Names> runs, Header header, String where) {
        if (runs.isEmpty()) {
            return 0;
        }
        // the row's tasks: text up to a run of names; text after the last run, closing with no names, sits under it
        int made = 0;
        int taskStart = from;
        for (int r = 0; r < runs.size(); r++) {
            Names names = runs.get(r);
            int taskEnd = names.start();
            boolean continues = r + 1 == runs.size() && names.end() < to;
            String task = TextCleaner.clean(text.substring(taskStart, taskEnd)
                    + (continues ? text.substring(names.end(), to) : ""));
            String location = table.location + "-" + number + (made > 0 ? "-" + (made + 1) : "");
            DocumentDraft.Measure measure = draft.addMeasure(location, table.id, String.valueOf(number), table.title,
                    task, new Span(offset + taskStart, offset + taskEnd), false);
            if (continues) {
                measure.continued = List.of(new Span(offset + names.end(), offset + to));
            }
            made++;
            link(measure, names, header, text, offset, where);
            taskStart = names.end();
        }
        return made;
    }

    private void link(DocumentDraft.Measure measure, Names names, Header header, String text, int offset,
                      String where) {
        boolean lead = header.columns().contains(TableHeaders.Column.LEAD);
        boolean support = header.columns().contains(TableHeaders.Column.SUPPORT);
        List<ResponsibilityCell.Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < names.names().size(); i++) {
            Span name = names.names().get(i);
            LinkType role = lead && support && i > 0 ? LinkType.SUPPORTS
                    : !lead && support ? LinkType.SUPPORTS : LinkType.LEADS;
            assignments.add(new ResponsibilityCell.Assignment(role, text.substring(name.start(), name.end())));
        }
        String quote = text.substring(names.start(), names.end());
        ResponsibilityLinks.link(draft, context, measure.id, measure.location, quote, assignments, where,
                lead ? "牵头单位" : "责任单位", true);
    }

    /**
     * The names glued together from {@code at} (after the officials' names, where the header has a column of them),
     * up to where no name reads on; null when none does.
     */
    private Names namesAt(String text, int at, int to, boolean officials) {
        if (!officials) {
            List<Span> names = names(text, at, to);
            return names.isEmpty() ? null : new Names(at, names.get(names.size() - 1).end(), names);
        }
        Names best = null;
        for (int person = 3; person >= 2; person--) {
            int start = at;
            // several officials: 张三、李四
            while (start + person < to && text.charAt(start + person) == '、') {
                start += person + 1;
            }
            if (start + person >= to || !isHan(text, start, start + person)) {
                continue;
            }
            List<Span> names = names(text, start + person, to);
            if (!names.isEmpty() && (best == null || names.size() > best.names().size())) {
                best = new Names(at, names.get(names.size() - 1).end(), names);
            }
        }
        return best;
    }

    private static boolean isHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isIdeographic(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The glued names from {@code at}: each the shortest run of 3 to {@value #MAX_NAME} characters a name end closes. */
    private List<Span> names(String text, int at, int to) {
        List<Span> names = new ArrayList<>();
        int i = at;
        while (i < to) {
            int end = -1;
            for (int len = 3; len <= MAX_NAME && i + len <= to && end < 0; len++) {
                if (!isHan(text, i, i + len)) {
                    break;
                }
                int e = i + len;
                if (context.labels().gluedNameEnds.stream().anyMatch(w -> text.startsWith(w, e - w.length()))) {
                    end = e;
                }
            }
            if (end < 0) {
                break;
            }
            if (end < to && (text.charAt(end) == '(' || text.charAt(end) == '（')) {
                int close = text.indexOf(text.charAt(end) == '(' ? ')' : '）', end);
                if (close > 0 && close < to && close - end <= 8) {
                    end = close + 1;
                }
            }
            names.add(new Span(i, end));
            i = end;
        }
        return names;
    }
}
