package org.policygraph.read.plan;

import java.util.Map;
import java.util.regex.Pattern;

import org.policygraph.api.ApiErrors;

/**
 * A user's search text made safe for Lucene (every query-syntax character becomes a space, so nothing the
 * user types is interpreted as an operator) and the snippet around its first match.
 */
public final class FullTextQuery {

    private static final Pattern LUCENE_SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final Pattern OPERATOR_WORD = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");
    private static final int BEFORE = 30;
    private static final int AFTER = 50;

    private final String terms;

    private FullTextQuery(String terms) {
        this.terms = terms;
    }

    public static FullTextQuery of(String text) throws ApiErrors.BadUserInput {
        String cleaned = LUCENE_SYNTAX.matcher(text).replaceAll(" ");
        cleaned = OPERATOR_WORD.matcher(cleaned).replaceAll(m -> m.group().toLowerCase());
        cleaned = cleaned.replaceAll("\\s+", " ").strip();
        if (cleaned.codePointCount(0, cleaned.length()) < 2) {
            throw new ApiErrors.BadUserInput(
                    "search text needs at least 2 searchable characters (the Chinese index matches pairs of characters)");
        }
        return new FullTextQuery(cleaned);
    }

    /** Exact phrase boosted, so whole-phrase matches outrank texts sharing only some character pairs. */
    public String lucene() {
        return "\"" + terms + "\"^4 OR (" + terms + ")";
    }

    /** The parameters of read/search. */
    public Map<String, Object> parameters(int limit) {
        return Map.of("query", lucene(), "limit", limit);
    }

    public String snippet(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int at = text.indexOf(terms);
        int length = terms.length();
        if (at < 0) {
            // No exact occurrence: point at the first pair of characters of the query that occurs.
            for (int i = 0; i + 2 <= terms.length() && at < 0; i++) {
                at = text.indexOf(terms.substring(i, i + 2));
                length = 2;
            }
        }
        if (at < 0) {
            return cut(text, 0, Math.min(text.length(), BEFORE + AFTER));
        }
        int start = Math.max(0, at - BEFORE);
        int end = Math.min(text.length(), at + length + AFTER);
        String marked = text.substring(start, at) + "【" + text.substring(at, at + length) + "】"
                + text.substring(at + length, end);
        return (start > 0 ? "…" : "") + marked + (end < text.length() ? "…" : "");
    }

    private static String cut(String text, int start, int end) {
        return text.substring(start, end) + (end < text.length() ? "…" : "");
    }
}
