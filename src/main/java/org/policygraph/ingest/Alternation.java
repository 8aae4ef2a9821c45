package org.policygraph.ingest;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words of a vocabulary file as one group of a regular expression. */
public final class Alternation {

    private Alternation() {
    }

    /** Longest first, then in dictionary order: where a longer word and its part both fit, the longer one wins. */
    public static final Comparator<String> LONGEST_FIRST = Comparator.comparingInt(String::length).reversed()
            .thenComparing(Comparator.naturalOrder());

    /**
     * The words quoted, longest first, as a non-capturing group: alternation in a Java regex takes the first that fits,
     * so 街道办事处 before 街道, 亿美元 before 元, 不超过 before 超过. No words match nothing.
     */
    public static String longestFirst(Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().sorted(LONGEST_FIRST).map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The words quoted, in the order given, as a non-capturing group: for a rule whose alternation order is data (the
     * order a vocabulary file prints its words in), where the first alternative that fits wins. No words match nothing.
     */
    public static String inOrder(Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}
