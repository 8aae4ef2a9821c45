package org.policygraph.ingest.indicator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the clauses and sentences of a compact passage start and end, and which words stand at a position: the
 * boundaries every reader of a passage (time marks, figures, names) measures its reach by.
 */
final class Clauses {

    /** What ends a statement; a '|' is the border of a table cell ("…比重达4.15%⏎|⏎★区科技局"). */
    static final String TERMINATORS = "，,。；;、：:）)」”\"'’》!?！？|｜";
    /** What ends a clause: a name or a statement does not reach across one. */
    static final String CLAUSE_BOUNDARIES = "，,。；;：:!?！？|｜";
    /** What ends a sentence: 力争, 每年 and cues hold up to one. */
    static final String SENTENCE_ENDS = "。；;!?！？";

    /** Where the clause holding {@code pos} starts: right after the last clause boundary before it, or 0. */
    static int segmentStart(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            if (CLAUSE_BOUNDARIES.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the clause holding {@code pos} ends: the first clause boundary at or after it, or the text's end. */
    static int segmentEnd(String s, int pos) {
        int end = pos;
        while (end < s.length() && CLAUSE_BOUNDARIES.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Whether a match of {@code words} stands before {@code pos} within the figure's own statement. */
    static boolean scopedBefore(Pattern words, String s, int pos) {
        Matcher m = words.matcher(s);
        while (m.find() && m.end() <= pos) {
            if (scopedBefore(s, m.group(), pos, m.start())) {
                return true;
            }
        }
        return false;
    }

    /** True where {@code word} occurs before {@code pos} with no sentence end (。；) in between. */
    static boolean scopedBefore(String s, String word, int pos) {
        return scopedBefore(s, word, pos, s.lastIndexOf(word, pos - word.length()));
    }

    /** True where {@code word}, printed at {@code k} (-1: not printed), reaches {@code pos} within its sentence. */
    static boolean scopedBefore(String s, String word, int pos, int k) {
        if (k < 0) {
            return false;
        }
        for (int i = k + word.length(); i < pos; i++) {
            if (SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The closing bracket of the one opened at {@code open}, or -1 where another opens or the sentence ends first. */
    static int closingParenthesis(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') {
                return i;
            }
            if (c == '(' || c == '（' || SENTENCE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    static boolean startsWithAny(String s, List<String> prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWithAny(String s, List<String> suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} is printed in {@code s} from {@code at} on (no copy of the rest is made). */
    static boolean printedAt(String s, int at, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code words} is printed in {@code s} right before {@code end}. */
    static boolean printedBefore(String s, int end, List<String> words) {
        for (String w : words) {
            if (end >= w.length() && s.startsWith(w, end - w.length())) {
                return true;
            }
        }
        return false;
    }

    static String stripLeading(String t, String prefix) {
        return t.startsWith(prefix) ? t.substring(prefix.length()) : t;
    }

    static String stripTrailing(String t, String suffix) {
        return t.endsWith(suffix) ? t.substring(0, t.length() - suffix.length()) : t;
    }

    private Clauses() {
    }
}
