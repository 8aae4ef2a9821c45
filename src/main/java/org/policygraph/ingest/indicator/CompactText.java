package org.policygraph.ingest.indicator;

/**
 * A view of a raw passage with the OCR noise that never carries meaning removed (whitespace of every width,
 * line breaks, markdown asterisks), keeping for each kept character its index in the raw text. Patterns run on
 * {@link #text()}; quotes are cut from the raw text through {@link #quote(int, int)}, so they stay verbatim.
 */
final class CompactText {

    private final String raw;
    private final String text;
    private final int[] rawIndex;

    private CompactText(String raw, String text, int[] rawIndex) {
        this.raw = raw;
        this.text = text;
        this.rawIndex = rawIndex;
    }

    static CompactText of(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        int[] index = new int[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isNoise(c)) {
                continue;
            }
            sb.append(c);
            index[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(index, 0, trimmed, 0, n);
        return new CompactText(raw, sb.toString(), trimmed);
    }

    static boolean isNoise(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\u200b' || c == '\ufeff';
    }

    String text() {
        return text;
    }

    String raw() {
        return raw;
    }

    /** Raw index of the compact character at {@code i}. */
    int rawStart(int i) {
        return rawIndex[i];
    }

    /** Raw end index (exclusive) of the compact range ending (exclusive) at {@code end}. */
    int rawEnd(int end) {
        return rawIndex[end - 1] + 1;
    }

    /** The raw text spanned by compact range [start, end): a verbatim substring of the raw text. */
    String quote(int start, int end) {
        return raw.substring(rawStart(start), rawEnd(end));
    }
}
