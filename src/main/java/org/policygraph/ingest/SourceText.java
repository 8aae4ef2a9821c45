package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
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

    public SourceText(String file, String raw) {
        this.file = file;
        this.raw = raw;
        this.lines = splitLines(raw);
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

    /** {@code file:line} of an offset, for messages. */
    public String where(int offset) {
        return file + ":" + lineNumberAt(offset);
    }

    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).matches();
    }

    /** Lines that carry no text: blank, page numbers, horizontal rules. */
    public static boolean isNoise(String line) {
        return line.isBlank() || isPageNumber(line) || RULE.matcher(line).matches();
    }

    /**
     * One line of the file. {@code start..end} excludes the line break; {@link #contentStart()} skips leading
     * whitespace, '#' and "- " bullets (quotes start there, so they do not begin with markup).
     */
    public record Line(int number, int start, int end, String raw) {

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
