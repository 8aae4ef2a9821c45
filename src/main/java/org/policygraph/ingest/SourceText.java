package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One source text exactly as stored, with line bookkeeping. Parsers work on offsets into {@link #raw()}, so every
 * quote they cut is a verbatim substring of the file, also where a paragraph runs across a page break.
 */
public final class SourceText {

    /** Page-number lines left by the PDF conversion: "— 5 **—", "-31 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s*_]*[-—–]+[\\s*_]*\\d{1,3}[\\s*_\\-—–]*$"
            + "|^[\\s*_]*\\d{1,3}[\\s*_]*[-—–]+[\\s*_\\-—–]*$");
    /** Markdown horizontal rules. */
    private static final Pattern RULE = Pattern.compile("^\\s*(-{3,}|\\*{3,})\\s*$");
    /** Leading markdown a converter put before a paragraph: whitespace, #-headings, "- " list bullets. */
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(\\s|#+\\s*|-\\s+|>\\s*)*");

    private final String file;
    private final String raw;
    private final List<Line> lines;
    /** Offsets of the raw text's line breaks: a message names the file's own line, however the lines were split. */
    private final int[] breaks;

    public SourceText(String file, String raw) {
        this.file = file;
        this.raw = raw;
        this.breaks = breaks(raw);
        List<Line> printed = splitLines(raw);
        this.lines = isFlattened(printed) ? unflatten(printed, raw) : withRunOnItemsSplit(printed, raw);
    }

    private SourceText(String file, String raw, List<Line> lines, int[] breaks) {
        this.file = file;
        this.raw = raw;
        this.lines = lines;
        this.breaks = breaks;
    }

    private static int[] breaks(String raw) {
        return java.util.stream.IntStream.range(0, raw.length()).filter(i -> raw.charAt(i) == '\n').toArray();
    }

    private static List<Line> splitLines(String raw) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= raw.length()) {
            int newline = raw.indexOf('\n', start);
            int end = newline < 0 ? raw.length() : newline;
            int contentEnd = end > start && raw.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(number, start, contentEnd, raw));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
            number++;
        }
        return List.copyOf(lines);
    }

    /** An outline number opening a line: 一、 （一） 1. */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile(
            "^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]"
                    + "|^\\d{1,2}" + ItemNumbers.CLOSING_MARK + "(?=\\p{IsHan})");
    /**
     * An outline number printed inside a line where a page that flattened its paragraphs into one left the break:
     * after white space ("…完成。 一、加快提振市场信心 (一)全面促进消费增长。 1.把恢复…(…负责) 2.落实好…"), or right after
     * the sentence or note that closes the paragraph before ("…完成。二、…", "…(…负责)2.落实好…").
     */
    private static final Pattern INLINE_OUTLINE_NUMBER = Pattern.compile(
            "(?:[ \\t\u3000]+|(?<=[。；;！!])|(?<=[^一二三四五六七八九十\\d][）)]))"
                    + "(?=[一二三四五六七八九十]+、\\S|[（(][一二三四五六七八九十]+[）)]\\S"
                    + "|\\d{1,2}" + ItemNumbers.CLOSING_MARK + "\\p{IsHan})");
    /** The shortest line a flattened page prints its outline on. */
    private static final int MIN_FLATTENED_LINE = 120;

    /**
     * Whether the text is a page that printed its paragraphs run together: no line of it opens with an outline
     * number, and a long line holds outline numbers inside it, of more than one level or the first three of one
     * (1. 2. 3.: a list, not a figure that happens to follow a sentence).
     */
    private static boolean isFlattened(List<Line> lines) {
        boolean inline = false;
        for (Line line : lines) {
            String text = line.text().strip();
            if (OUTLINE_NUMBER.matcher(text).find()) {
                return false;
            }
            if (text.length() >= MIN_FLATTENED_LINE) {
                java.util.Map<Character, java.util.Set<String>> levels = new java.util.HashMap<>();
                var m = INLINE_OUTLINE_NUMBER.matcher(text);
                while (m.find()) {
                    String rest = text.substring(m.end());
                    char c = rest.charAt(0);
                    char level = Character.isDigit(c) ? '1' : c == '（' || c == '(' ? '(' : '一';
                    levels.computeIfAbsent(level, k -> new java.util.HashSet<>())
                            .add(rest.replaceFirst("^[（(]?([一二三四五六七八九十\\d]+)[\\s\\S]*$", "$1"));
                }
                inline |= levels.size() >= 2 || levels.values().stream().anyMatch(numbers ->
                        numbers.containsAll(List.of("1", "2", "3")) || numbers.containsAll(List.of("一", "二", "三")));
            }
        }
        return inline;
    }

    /**
     * The lines of a flattened page as the page meant them: each long line broken at the white space before an
     * outline number printed inside it. Offsets stay those of the raw text (the white space is the break), so quotes
     * remain verbatim.
     */
    private static List<Line> unflatten(List<Line> printed, String raw) {
        return brokenAt(printed, raw, line -> {
            List<int[]> cuts = new ArrayList<>();
            if (line.end() - line.start() >= MIN_FLATTENED_LINE) {
                var m = INLINE_OUTLINE_NUMBER.matcher(raw).region(line.start(), line.end());
                while (m.find()) {
                    cuts.add(new int[] {m.start(), m.end()}); // the white space before the number is the break
                }
            }
            return cuts;
        });
    }

    /**
     * The printed lines, each broken where {@code cuts} says: a cut ends one piece at its first offset and starts the
     * next at its second. Lines are numbered anew; offsets stay those of the raw text.
     */
    private static List<Line> brokenAt(List<Line> printed, String raw,
                                       java.util.function.Function<Line, List<int[]>> cuts) {
        List<Line> lines = new ArrayList<>();
        for (Line line : printed) {
            int start = line.start();
            for (int[] cut : cuts.apply(line)) {
                lines.add(new Line(lines.size() + 1, start, cut[0], raw));
                start = cut[1];
            }
            lines.add(new Line(lines.size() + 1, start, line.end(), raw));
        }
        return List.copyOf(lines);
    }

    /** An item number printed inside a line, after the sentence or closing note that ends the item before it. */
    private static final Pattern RUN_ON_ITEM = Pattern.compile(
            "(?:(?<=[。；;！!])|(?<=[^一二三四五六七八九十\\d][）)]))"
                    + "(\\d{1,2})" + ItemNumbers.CLOSING_MARK + "(?=\\p{IsHan})");

    /**
     * The lines of a text whose numbered items run on within one line after their heading ("一、促进就业(3项)1.促进…。
     * (牵头单位:…)2.支持…(牵头单位:…)3.培训…"), each item broken off onto a line of its own. A line is broken only where
     * it holds at least two such item numbers, each after a sentence end or a closing bracket and each one more than
     * the one before (1. 2. 3., or 4. 5. continuing the chapter before): a figure after a sentence ("。2.5万") is no
     * item number, and a lone "。3、" in a sentence is not broken off. Offsets stay those of the raw text.
     */
    private static List<Line> withRunOnItemsSplit(List<Line> printed, String raw) {
        return brokenAt(printed, raw, line -> runOnItemBreaks(raw, line).stream().map(at -> new int[] {at, at}).toList());
    }

    /** Where {@code line} breaks before a run-on item number: empty unless two or more follow one another. */
    private static List<Integer> runOnItemBreaks(String raw, Line line) {
        var m = RUN_ON_ITEM.matcher(raw).region(line.start(), line.end());
        List<Integer> breaks = new ArrayList<>();
        int previous = -1;
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (previous >= 0 && number != previous + 1) {
                return List.of();
            }
            breaks.add(m.start());
            previous = number;
        }
        return breaks.size() >= 2 ? breaks : List.of();
    }

    /**
     * Marks the rows of tables printed a row per line without tabs or a leading '|': cells separated by " | " ("序号 |
     * 项目内容 | 责任单位 |", web tables), or by spaces ("序号 主要任务 牵头单位", or runs of spaces as pdftotext -layout
     * prints them). Such a line is a row only inside a table: from a line the header test takes for a header (its cells)
     * to the last line of that shape after it (blank lines aside). Lines of that shape elsewhere stay text: on plans
     * nobody tuned on, a rule taking every "a | b |" line for a row read page text as rows
     * (bench/extraction/corpus/held-out/README.md, ninth session). Returns the text with those lines marked (this one
     * stays as it is).
     */
    public SourceText withTablesMarked(Predicate<List<String>> pipeHeader, Predicate<List<String>> spaceHeader) {
        List<Line> marked = new ArrayList<>(lines);
        OpenTable open = null;
        for (int i = 0; i < marked.size(); i++) {
            Line line = marked.get(i);
            String text = line.text().strip();
            if (isNoise(text) || line.separator() != 0) {
                continue;
            }
            boolean piped = text.indexOf('|') > 0 && text.indexOf('\t') < 0 && !text.startsWith("|");
            if (open != null && (open.spaced() ? !continuesSpacedTable(marked, i, open.lastRow, open.rowShort)
                    : !piped)) {
                open = null;
            }
            if (open == null) {
                open = OpenTable.openedBy(text, piped, pipeHeader, spaceHeader);
            } else {
                open.goesOnWith(text);
            }
            if (open != null) {
                marked.set(i, new Line(line.number(), line.start(), line.end(), raw, open.separator));
            }
        }
        return new SourceText(file, raw, List.copyOf(marked), breaks);
    }

    /** The table {@link #withTablesMarked} has open: how its rows separate their cells, and where a spaced one is. */
    private static final class OpenTable {

        /** '|', {@link #SPACED} or {@link #SINGLE_SPACED}: as the header separates its cells. */
        final char separator;
        /** How many cells the header prints. */
        final int headerCells;
        /** The number of a spaced table's last numbered row (0 before its first). */
        int lastRow;
        /** That row printed fewer cells than the header: its last cells follow below it. */
        boolean rowShort;

        private OpenTable(char separator, int headerCells) {
            this.separator = separator;
            this.headerCells = headerCells;
        }

        /** The table whose header {@code text} is (cells separated by " | ", or by spaces), or null. */
        static OpenTable openedBy(String text, boolean piped, Predicate<List<String>> pipeHeader,
                                  Predicate<List<String>> spaceHeader) {
            if (piped) {
                return pipeHeader.test(pipeCells(text)) ? new OpenTable('|', 0) : null;
            }
            if (text.indexOf('\t') >= 0 || text.indexOf('|') >= 0 || !spaceHeader.test(spaceCells(text))) {
                return null;
            }
            return new OpenTable(spaceSeparator(text).equals(SINGLE_SPACE) ? SINGLE_SPACED : SPACED,
                    spaceCells(text).size());
        }

        boolean spaced() {
            return separator == SPACED || separator == SINGLE_SPACED;
        }

        /** Reads {@code text}, a line of the table after its header: a spaced table's numbered row is its last. */
        void goesOnWith(String text) {
            if (spaced() && rowNumber(text) > 0) {
                lastRow = rowNumber(text);
                rowShort = spaceCells(text).size() < headerCells;
            }
        }
    }

    /** "12 推进…": a row's number, then its cells. */
    private static final Pattern NUMBERED_SPACED_ROW = Pattern.compile("^(\\d{1,3})[ \u3000]+\\S.*");

    /** The number opening a spaced table's row ("12 推进…"), or -1. */
    private static int rowNumber(String text) {
        var m = NUMBERED_SPACED_ROW.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** 一、扩大有效投资 / （一）…: a group's heading of one cell. */
    private static final Pattern GROUP_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\\S*$");

    /** The most lines of one cell a spaced table prints between two of its rows (a cell's names one a line). */
    private static final int MAX_LINES_BETWEEN_ROWS = 8;

    /**
     * Whether line {@code i} goes on with a table whose cells are separated by spaces: a numbered row, a line of
     * several cells or an indented one (a cell wrapped onto the next line), or a group's heading with a numbered row
     * after it. Lines of one cell go on with it too up to the table's next row ({@code lastRow} + 1) printed within a
     * few lines: where that row printed fewer cells than the header ({@code rowShort}), its long cell continued on
     * lines of its own below it (a 责任单位 naming one body a line, the progress cell after it); or where they are group
     * headings (二、重点工作 ⏎ （一）…). A paragraph after a row printing all its cells ends the table, whatever follows.
     */
    private static boolean continuesSpacedTable(List<Line> lines, int i, int lastRow, boolean rowShort) {
        String printed = lines.get(i).text();
        String text = printed.strip();
        if (NUMBERED_SPACED_ROW.matcher(text).matches() || spaceCells(text).size() >= 2
                || (!printed.isEmpty() && Character.isWhitespace(printed.charAt(0)))) {
            return true;
        }
        if (GROUP_HEADING.matcher(text).matches()) {
            for (int k = i + 1; k < lines.size(); k++) {
                String next = lines.get(k).text().strip();
                if (!isNoise(next)) {
                    if (NUMBERED_SPACED_ROW.matcher(next).matches()) {
                        return true;
                    }
                    break;
                }
            }
        }
        if (lastRow == 0 && isHeaderPiece(text)) {
            return firstRowFollows(lines, i + 1);
        }
        return lastRow > 0 && (rowShort || GROUP_HEADING.matcher(text).matches())
                && nextRowFollows(lines, i, lastRow + 1, !rowShort);
    }

    /** The most lines a spaced table prints between its header's first line and its first row (header pieces, 合计). */
    private static final int MAX_LINES_BEFORE_FIRST_ROW = 12;

    /** The longest piece of a header cell broken onto a line of its own ("单位", "（万元）", "完成额度"). */
    private static final int MAX_HEADER_PIECE = 10;

    /**
     * A line of one short cell without a sentence's end or a figure of its own: a piece of a header cell the page broke
     * over lines ("责任" ⏎ "单位", "完成额度" ⏎ "(万元)"), or a cell of the header's second row.
     */
    static boolean isHeaderPiece(String text) {
        return !text.isEmpty() && text.length() <= MAX_HEADER_PIECE && spaceCells(text).size() == 1
                && !text.matches(".*[。；;，,：:]$") && !text.matches("^[\\d.%％]+$");
    }

    /**
     * Whether the table's first numbered row follows from line {@code from} on within a few lines, after more pieces of
     * its header (lines of one short cell or of several cells: the header's cells broken over lines, a 合计 row).
     */
    private static boolean firstRowFollows(List<Line> lines, int from) {
        for (int k = from, seen = 0; k < lines.size() && seen < MAX_LINES_BEFORE_FIRST_ROW; k++) {
            String next = lines.get(k).text().strip();
            if (isNoise(next)) {
                continue;
            }
            if (NUMBERED_SPACED_ROW.matcher(next).matches()) {
                return true;
            }
            if (spaceCells(next).size() < 2 && !isHeaderPiece(next)) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /**
     * Whether the row numbered {@code number} follows from line {@code from} on after lines of one cell only (group
     * headings only where {@code headingsOnly}).
     */
    private static boolean nextRowFollows(List<Line> lines, int from, int number, boolean headingsOnly) {
        int seen = 0;
        boolean closing = false;
        for (int k = from; k < lines.size() && seen <= MAX_LINES_BETWEEN_ROWS; k++) {
            String next = lines.get(k).text().strip();
            if (isNoise(next)) {
                continue;
            }
            if (NUMBERED_SPACED_ROW.matcher(next).matches()) {
                return rowNumber(next) == number;
            }
            if (spaceCells(next).size() >= 2 || (headingsOnly && !GROUP_HEADING.matcher(next).matches())) {
                return false;
            }
            closing |= DATE_LINE.matcher(next).find() || next.matches(".*[。；;！!？?]$");
            seen++;
        }
        // the text ends after the short row's last cells, one a line (a page stored up to the end of a row): no
        // sentence and no date among them (a note or a notice's closing lines after its table are no row's)
        return !headingsOnly && !closing && seen > 0 && seen <= MAX_LINES_BETWEEN_ROWS;
    }

    /** A date ("2023年2月16日", "2023-02-16"): a closing line's, no cell of a row's names. */
    private static final Pattern DATE_LINE = Pattern.compile("\\d{4}\\s*(?:年|-|/|\\.)\\s*\\d{1,2}\\s*(?:月|-|/|\\.)");

    /** The cells of a line separated by '|', trimmed, without the empty cells closing it. */
    static List<String> pipeCells(String text) {
        List<String> cells = new ArrayList<>(java.util.Arrays.stream(text.split("\\|", -1)).map(String::strip).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /**
     * The cells of a line separated by spaces: at runs of two or more (or an ideographic space) where the line has
     * such runs, as pdftotext -layout prints a table; else at every space.
     */
    static List<String> spaceCells(String text) {
        String stripped = text.strip();
        // the two spaces padding a name ("王  忠", TableCells#paddedName) separate no cells: held apart while splitting
        StringBuilder held = new StringBuilder(stripped);
        for (int at = stripped.indexOf("  "); at >= 0; at = stripped.indexOf("  ", at + 1)) {
            if (TableCells.paddedName(stripped, at, 0, stripped.length())) {
                held.setCharAt(at, '\u0000');
                held.setCharAt(at + 1, '\u0000');
            }
        }
        String t = held.toString();
        return t.isEmpty() ? List.of() : java.util.Arrays.stream(t.split(spaceSeparator(t)))
                .map(c -> c.replace('\u0000', ' ')).toList();
    }

    /** The separator of cells printed with one space between them (a web table copied to text). */
    static final String SINGLE_SPACE = "[ \u3000]+";

    /** The pattern separating the cells of {@code text} printed with spaces between them. */
    static String spaceSeparator(String text) {
        return text.strip().matches(".*(?: {2,}|\u3000).*") ? "(?: {2,}|\u3000)[ \u3000]*" : SINGLE_SPACE;
    }

    /** A row of a table whose cells are separated by runs of spaces where its lines print runs, else by spaces. */
    static final char SPACED = ' ';
    /**
     * A row of a table whose header separates its cells by one space (a web table copied to text): its rows are cut
     * at every space, two spaces enclosing an empty cell (a cell merged over the rows above).
     */
    static final char SINGLE_SPACED = '_';

    public String file() {
        return file;
    }

    public String raw() {
        return raw;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Line by 1-based number. */
    public Line line(int number) {
        return lines.get(number - 1);
    }

    /** The first line after line {@code n} and before line {@code to} that is not noise, or -1. */
    int nextTextLine(int n, int to) {
        for (int k = n + 1; k < to; k++) {
            if (!line(k).isNoise()) {
                return k;
            }
        }
        return -1;
    }

    /** The span from the content of the first to that of the last of {@code numbers} (line numbers, in order). */
    Span spanOf(List<Integer> numbers) {
        return new Span(line(numbers.get(0)).contentStart(), line(numbers.get(numbers.size() - 1)).contentEnd());
    }

    public String slice(int start, int end) {
        return raw.substring(start, end);
    }

    public int lineNumberAt(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return lines.get(low).number();
    }

    /**
     * The line of the file that holds {@code offset}, as an editor's text editor numbers it. It differs from
     * {@link #lineNumberAt} (the parser's line, an index into {@link #lines()}) where a printed line was split: a
     * flattened page, items run on within one line.
     */
    public int printedLineAt(int offset) {
        int at = java.util.Arrays.binarySearch(breaks, offset);
        return (at >= 0 ? at : -at - 1) + 1;
    }

    /** The file's line of the parser's line {@code number}, for messages. */
    public int printedLine(int number) {
        return printedLineAt(line(number).start());
    }

    /** {@code file:line} of an offset, for messages: the file's own line. */
    public String where(int offset) {
        return file + ":" + printedLineAt(offset);
    }

    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /** Lines that carry no text: blank, page numbers, horizontal rules. */
    /** A line of cell separators only ("|", "||"): a web table printed one cell a line, between its rows. */
    private static final Pattern CELL_SEPARATORS = Pattern.compile("\\s*(?:\\|\\s*)+");

    public static boolean isNoise(String line) {
        return line.isBlank() || isPageNumber(line) || RULE.matcher(line).matches() || CELL_SEPARATORS.matcher(line).matches();
    }

    /**
     * One line of the file. {@code start..end} excludes the line break; {@link #contentStart()} skips leading
     * whitespace, '#' and "- " bullets (quotes start there, so they do not begin with markup).
     */
    public record Line(int number, int start, int end, String raw, char separator) {

        public Line(int number, int start, int end, String raw) {
            this(number, start, end, raw, (char) 0);
        }

        /** A row of a table whose cells are separated by " | " without a leading '|' ({@link #withTablesMarked}). */
        public boolean pipeRow() {
            return separator == '|';
        }

        /** A row of a table whose cells are separated by spaces ({@link #withTablesMarked}). */
        public boolean spaceRow() {
            return separator == SPACED || separator == SINGLE_SPACED;
        }

        /** A row of a spaced table whose header separates its cells by one space: every space separates. */
        public boolean singleSpaced() {
            return separator == SINGLE_SPACED;
        }

        public String text() {
            return raw.substring(start, end);
        }

        public int contentStart() {
            var m = LEADING_MARKUP.matcher(text());
            return m.lookingAt() ? start + m.end() : start;
        }

        /** End of the line without trailing whitespace. */
        public int contentEnd() {
            int e = end;
            while (e > start && Character.isWhitespace(raw.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        public boolean isNoise() {
            return SourceText.isNoise(text());
        }
    }
}
