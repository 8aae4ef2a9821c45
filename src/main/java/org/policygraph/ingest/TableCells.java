package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a flattened table line into cells, keeping each cell's raw span (trimmed, without {@code <p>} tags): cells
 * separated by tabs (PDF and Word extraction) or by {@code |} (web tables printed as markdown rows "| a | b |"). A row
 * separated by '|' is one table row (an HTML {@code <tr>}): a line with fewer cells omits cells merged from a row above,
 * it does not break inside a cell. A cell printed on a line of its own (a web table copied one cell a line) may be
 * closed by " |"; a bare '|' line closes an empty one.
 */
final class TableCells {

    /** A markdown table's separator row: | --- | :---: |. */
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*:?-*:?\\s*$");

    private TableCells() {
    }

    /**
     * True when the line is a table row: it holds a tab, or it is a markdown row "| a | b |", or a row "a | b |" of a
     * table opened by a header of known column names ({@link SourceText#withTablesMarked}). Not any "a | b |" line: lines
     * of that shape on plans nobody tuned on were page text, and reading them as rows cost held-out measures and
     * targets (bench/extraction/corpus/held-out/README.md).
     */
    static boolean isRow(SourceText.Line line) {
        String text = line.text();
        return text.indexOf('\t') >= 0 || isMarkdownRow(text) || line.pipeRow() || line.spaceRow();
    }

    /** A row whose cells are separated by '|': "| a | b |", or "a | b |" inside a table a header opened. */
    static boolean isPipeRow(SourceText.Line line) {
        return line.text().indexOf('\t') < 0 && (isMarkdownRow(line.text()) || line.pipeRow());
    }

    static boolean isMarkdownRow(String text) {
        String t = text.strip();
        return t.startsWith("|") && t.indexOf('|', 1) > 0;
    }

    static boolean isMarkdownRule(String text) {
        return MARKDOWN_RULE.matcher(text).matches();
    }

    static List<Span> of(SourceText source, SourceText.Line line) {
        String raw = source.raw();
        List<Span> cells = new ArrayList<>();
        if (line.spaceRow() && line.text().indexOf('\t') < 0) {
            // cells separated by spaces: at runs of them where the line has runs (pdftotext -layout), else at each;
            // in a table whose header is cut at single spaces, at every space, two enclosing an empty cell
            boolean single = line.singleSpaced();
            int start = line.start();
            while (start < line.end() && Character.isWhitespace(raw.charAt(start))) {
                start++;
            }
            java.util.regex.Matcher separators = Pattern.compile(single ? "[ \u3000]"
                            : SourceText.spaceSeparator(line.text()))
                    .matcher(raw).region(start, line.contentEnd());
            while (separators.find()) {
                if (single && paddedName(raw, separators.start(), start, line.contentEnd())) {
                    separators.find(); // the second space of the padding: no separator either
                    continue;
                }
                Span cell = trim(raw, start, separators.start());
                if (cell.start() < cell.end() || single) {
                    cells.add(cell);
                }
                start = separators.end();
            }
            Span last = trim(raw, start, line.contentEnd());
            if (last.start() < last.end()) {
                cells.add(last);
            }
            return cells;
        }
        boolean markdown = isMarkdownRow(line.text());
        boolean pipes = isPipeRow(line);
        char separator = pipes ? '|' : '\t';
        int from = line.start();
        int to = line.end();
        if (markdown) {
            from = raw.indexOf('|', line.start()) + 1;
            int last = raw.lastIndexOf('|', to - 1);
            if (last >= from && raw.substring(last + 1, to).isBlank()) {
                to = last;
            }
        } else if (pipes) {
            // "a | b | ||": the pipes closing the row and its empty cells at the end
            while (to > from && (raw.charAt(to - 1) == '|' || Character.isWhitespace(raw.charAt(to - 1)))) {
                to--;
            }
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || raw.charAt(i) == separator) {
                cells.add(trim(raw, start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    /**
     * Whether the space at {@code at} opens the padding of a two-character name printed as wide as a three-character
     * one ("王  忠", as tables of officials print 责任领导): two spaces between two characters that stand alone (a
     * space or the row's edge on their other side). In a row cut at every space two spaces enclose an empty cell,
     * but no cell of one character stands on each side of such an empty cell: the three are one name.
     */
    static boolean paddedName(String raw, int at, int rowStart, int rowEnd) {
        return at - 1 >= rowStart && at + 2 < rowEnd && raw.charAt(at + 1) == ' ' && raw.charAt(at) == ' '
                && isLoneHan(raw, at - 1, rowStart, rowEnd) && isLoneHan(raw, at + 2, rowStart, rowEnd);
    }

    /** A Han character with a space or the row's edge on each side. */
    private static boolean isLoneHan(String raw, int at, int rowStart, int rowEnd) {
        return Character.UnicodeScript.of(raw.codePointAt(at)) == Character.UnicodeScript.HAN
                && (at == rowStart || raw.charAt(at - 1) == ' ' || raw.charAt(at - 1) == '\u3000')
                && (at + 1 >= rowEnd || raw.charAt(at + 1) == ' ' || raw.charAt(at + 1) == '\u3000');
    }

    /** The cell without surrounding whitespace and without an enclosing {@code <p>…</p>}. */
    static Span trim(String raw, int start, int end) {
        boolean changed = true;
        while (changed) {
            changed = false;
            while (start < end && Character.isWhitespace(raw.charAt(start))) {
                start++;
                changed = true;
            }
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
                changed = true;
            }
            if (raw.startsWith("<p>", start) && start + 3 <= end) {
                start += 3;
                changed = true;
            }
            if (end - 4 >= start && raw.startsWith("</p>", end - 4)) {
                end -= 4;
                changed = true;
            }
        }
        return new Span(start, end);
    }

    /**
     * A line holding nothing but the '|' closing an empty cell ("|", "||"): web tables copied one cell a line close
     * each cell with " |", an empty cell with a bare '|'.
     */
    static final Pattern CLOSING_PIPES = Pattern.compile("^\\s*\\|+\\s*$");
    /**
     * Whether the next line after line {@code n} that is not blank is a line of '|' alone: the cell printed at line
     * {@code n} is closed by a '|' line, as tables copied one cell a line with '|' lines between their cells print it.
     */
    static boolean separatorLineNext(SourceText source, int n, int to) {
        for (int k = n + 1; k < to; k++) {
            String text = source.line(k).text().strip();
            if (!text.isEmpty()) {
                return CLOSING_PIPES.matcher(text).matches();
            }
        }
        return false;
    }

    /** The " |" closing a cell printed on a line of its own. */
    private static final Pattern CLOSING_PIPE = Pattern.compile("\\s*\\|+\\s*$");

    /** The text of a cell printed on a line of its own, without the '|' closing it. */
    static String cellText(SourceText.Line line) {
        return CLOSING_PIPE.matcher(TextCleaner.cleanLine(line.text())).replaceFirst("").strip();
    }

    /** The span in {@code raw} of a cell printed on a line of its own, without the '|' closing it. */
    static Span cellSpan(String raw, SourceText.Line line) {
        int end = line.contentEnd();
        while (end > line.contentStart() && (raw.charAt(end - 1) == '|' || Character.isWhitespace(raw.charAt(end - 1)))) {
            end--;
        }
        return new Span(line.contentStart(), end);
    }
}
