package org.policygraph.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * A raw span with whitespace, markup, {@code <p>} tags and page-number lines left out, keeping for every remaining
 * character its offset in the raw file. Name matching and overlap scoring run on the normalized characters (so an
 * OCR space inside 光谷 生物城 does not hide a park); results map back to raw offsets, so quotes stay verbatim.
 */
public final class NormalizedText {

    private final String text;
    private final int[] rawOffsets;

    private NormalizedText(String text, int[] rawOffsets) {
        this.text = text;
        this.rawOffsets = rawOffsets;
    }

    public static NormalizedText of(String raw) {
        return of(raw, 0, raw.length());
    }

    /** Normalizes {@code raw[start, end)}; offsets refer to {@code raw}. */
    public static NormalizedText of(String raw, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int[] offsets = new int[end - start];
        int n = 0;
        int i = start;
        while (i < end) {
            int lineEnd = raw.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            int lineStartOfFile = raw.lastIndexOf('\n', i - 1) + 1;
            int fullLineEnd = raw.indexOf('\n', i);
            String wholeLine = raw.substring(lineStartOfFile, fullLineEnd < 0 ? raw.length() : fullLineEnd);
            if (SourceText.isNoise(wholeLine)) {
                i = lineEnd + 1;
                continue;
            }
            int j = i;
            if (i == lineStartOfFile) {
                j = skipLeadingMarkup(raw, i, lineEnd);
            }
            while (j < lineEnd) {
                char c = raw.charAt(j);
                if (Character.isWhitespace(c) || c == '\u3000') {
                    j++;
                } else if (raw.startsWith("**", j)) {
                    j += 2;
                } else if (raw.startsWith("<p>", j)) {
                    j += 3;
                } else if (raw.startsWith("</p>", j)) {
                    j += 4;
                } else {
                    text.append(c);
                    offsets[n++] = j;
                    j++;
                }
            }
            i = lineEnd + 1;
        }
        int[] trimmed = new int[n];
        System.arraycopy(offsets, 0, trimmed, 0, n);
        return new NormalizedText(text.toString(), trimmed);
    }

    private static int skipLeadingMarkup(String raw, int i, int lineEnd) {
        int j = i;
        boolean moved = true;
        while (moved && j < lineEnd) {
            moved = false;
            char c = raw.charAt(j);
            if (Character.isWhitespace(c) || c == '#' || c == '>') {
                j++;
                moved = true;
            } else if (c == '-' && j + 1 < lineEnd && Character.isWhitespace(raw.charAt(j + 1))) {
                j += 2;
                moved = true;
            }
        }
        return j;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Raw offset of normalized character {@code index}. */
    public int rawOffset(int index) {
        return rawOffsets[index];
    }

    /** Raw end offset (exclusive) of the normalized range ending before {@code endIndex}. */
    public int rawEnd(int endIndex) {
        return rawOffsets[endIndex - 1] + 1;
    }

    /**
     * The sentence around normalized {@code [from, to)}: back to just after the previous 。！？；, forward to and
     * including the next one, as raw offsets {@code {start, end}}.
     */
    public int[] sentenceAround(int from, int to) {
        int s = from;
        while (s > 0 && !isSentenceEnd(text.charAt(s - 1))) {
            s--;
        }
        int e = to;
        while (e < text.length() && !isSentenceEnd(text.charAt(e - 1))) {
            e++;
        }
        return new int[] {rawOffset(s), rawEnd(e)};
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';';
    }

    /** Character bigrams of the Chinese characters, letters and digits (punctuation dropped). */
    public static Set<String> bigrams(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
            }
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < letters.length(); i++) {
            grams.add(letters.substring(i, i + 2));
        }
        return grams;
    }

    /** Share of {@code part}'s bigrams that also occur in {@code whole} (1.0 = part is contained in whole). */
    public static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : part) {
            if (whole.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / part.size();
    }
}
