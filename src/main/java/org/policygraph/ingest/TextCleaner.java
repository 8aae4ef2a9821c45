package org.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * Turns a raw span of a source text into the clean text stored in a record's {@code text}/{@code title}: markdown,
 * {@code <p>} tags and page-number lines removed, lines joined (directly where a sentence was cut by a page break,
 * with a newline where the previous paragraph ended a sentence), and the spaces the OCR put inside Chinese words
 * removed. Quotes are never cleaned; only record text is.
 */
public final class TextCleaner {

    /** A cell followed by its separator, on a line of its own ("城管局 |"); a markdown row "| a | b |" is kept. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("^([^|]*[^|\\s])\\s+\\|$");

    private static final Pattern TAGS = Pattern.compile("</?p>|\\*\\*");
    private static final Pattern LEADING_MARKUP = Pattern.compile("^(\\s|#+\\s*|-\\s+|>\\s*)*");

    private TextCleaner() {
    }

    public static String clean(String raw) {
        StringBuilder out = new StringBuilder();
        for (String line : raw.split("\n", -1)) {
            if (SourceText.isNoise(line)) {
                continue;
            }
            String text = cleanLine(line);
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && endsSentence(out.charAt(out.length() - 1))) {
                out.append('\n');
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Cleans several raw pieces of one paragraph run (e.g. an item cut in two by a page break) as one text. */
    public static String clean(java.util.List<String> rawPieces) {
        return clean(String.join("\n", rawPieces));
    }

    /** One line without markup, tags and OCR spaces. */
    public static String cleanLine(String line) {
        String text = LEADING_MARKUP.matcher(line).replaceFirst("");
        text = TAGS.matcher(text).replaceAll("");
        text = text.replace('\t', ' ');
        text = TRAILING_SEPARATOR.matcher(text).replaceFirst("$1"); // "序号 |": a one-cell line of a web table
        return squeezeSpaces(text).strip();
    }

    /** Removes whitespace next to a Chinese character or full-width punctuation; collapses the rest to one space. */
    static String squeezeSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '\u3000')) {
                j++;
            }
            boolean cjkBefore = out.length() > 0 && isCjk(out.charAt(out.length() - 1));
            boolean cjkAfter = j < text.length() && isCjk(text.charAt(j));
            if (!cjkBefore && !cjkAfter && out.length() > 0 && j < text.length()) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    public static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || (c >= '\u2010' && c <= '\u201F');
    }

    /** Punctuation after which a new line starts a new paragraph rather than continuing a sentence. */
    public static boolean endsSentence(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == '!' || c == '?' || c == ';'
                || c == '”' || c == '"' || c == '）' || c == ')';
    }

    /** Text before the first 。 (the lead phrase), or null when the text has no 。. */
    public static String leadPhrase(String text) {
        int stop = text.indexOf('。');
        return stop < 0 ? null : text.substring(0, stop).strip();
    }
}
