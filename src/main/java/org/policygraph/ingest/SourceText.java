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
        while (start <= raw.length()) {
            int newline = raw.indexOf('\n', start);
            int end = newline < 0 ? raw.length() : newline;
            int contentEnd = end > start && raw.charAt(end - 1) == '\r' ? end - 1 : end;
            for (int[] part : flattenedParts(raw, start, contentEnd)) {
                lines.add(new Line(lines.size() + 1, part[0], part[1], raw));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return List.copyOf(lines);
    }

    /** A line this long may be a whole plan printed as one paragraph (a web page that dropped its line breaks). */
    private static final int FLATTENED_LINE = 300;
    /** An outline marker after white space (also 　) inside a line: " 一、", " （一）", " 1." (not "1.5"). */
    private static final Pattern INLINE_MARKER = Pattern.compile(
            "[\\s\\u3000]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、](?!\\d))");
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "[\\s\\u3000]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");
    private static final int MIN_INLINE_MARKERS = 3;

    /**
     * The parts of a line: the line itself, or, where a plan is printed as one paragraph ("…责任单位的通知 豫政〔2023〕5号
     * 现将… 一、加快提振市场信心 （一）全面促进消费增长。 1.把…"), the pieces its outline markers start after white space,
     * each read as a line of its own (line numbers then count the pieces). Only a long line holding a heading marker
     * and at least three markers is cut.
     */
    private static List<int[]> flattenedParts(String raw, int start, int end) {
        if (end - start < FLATTENED_LINE) {
            return List.of(new int[] {start, end});
        }
        String text = raw.substring(start, end);
        if (!INLINE_HEADING.matcher(text).find()) {
            return List.of(new int[] {start, end});
        }
        List<int[]> parts = new ArrayList<>();
        var m = INLINE_MARKER.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new int[] {start + from, start + m.start()});
            }
            from = m.end();
        }
        if (parts.size() < MIN_INLINE_MARKERS) {
            return List.of(new int[] {start, end});
        }
        parts.add(new int[] {start + from, end});
        return parts;
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
