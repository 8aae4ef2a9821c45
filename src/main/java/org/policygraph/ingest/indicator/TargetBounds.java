package org.policygraph.ingest.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.policygraph.ingest.Alternation;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.TargetComparator;

/**
 * The words that bound a target's figure ({@code graph-seed/vocabulary/target-bounds.tsv}: {@code word place
 * comparator note}), each with the comparator it gives: printed before the figure (不低于, 超过, ≥) or after it (以上,
 * 以内, 左右). One table for every reader of figures — the prose rules, a task table's target cell and the target
 * tables — so a word means the same wherever it is printed.
 */
public final class TargetBounds {

    static final String FILE = "vocabulary/target-bounds.tsv";
    static final String[] HEADER = {"word", "place", "comparator", "note"};

    /** Where the word stands: right before the figure or right after it. */
    enum Place { BEFORE, AFTER }

    private static final Set<TargetComparator> BOUNDS = Set.of(TargetComparator.AT_LEAST, TargetComparator.EXCEED,
            TargetComparator.AT_MOST, TargetComparator.ABOUT, TargetComparator.EQUAL);

    private final Map<String, TargetComparator> before;
    private final Map<String, TargetComparator> after;
    private final String beforeAlternation;
    private final String afterAlternation;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private TargetBounds(Map<String, TargetComparator> before, Map<String, TargetComparator> after) {
        this.before = Map.copyOf(before);
        this.after = Map.copyOf(after);
        this.beforeAlternation = Alternation.longestFirst(before.keySet());
        this.afterAlternation = Alternation.longestFirst(after.keySet());
    }

    /**
     * The bounds of a seed ({@link SeedSource#classpath()}: the ones the application ships); a seed without the file
     * is refused (a SeedException naming it), as one without departments.tsv is.
     */
    public static TargetBounds read(SeedSource source) {
        return from(TsvTable.read(source, FILE, HEADER));
    }

    static TargetBounds from(TsvTable table) {
        Map<String, TargetComparator> before = new LinkedHashMap<>();
        Map<String, TargetComparator> after = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String word = row.required("word");
            Place place = row.oneOf("place", Place.class);
            TargetComparator comparator = row.oneOf("comparator", TargetComparator.class);
            if (!BOUNDS.contains(comparator)) {
                throw row.error("comparator " + comparator + " is no bound a word gives (" + BOUNDS + ")");
            }
            if (before.containsKey(word) || after.containsKey(word)) {
                throw row.error("'" + word + "' is listed twice");
            }
            (place == Place.BEFORE ? before : after).put(word, comparator);
        }
        return new TargetBounds(before, after);
    }

    /** The comparator a bound word gives, wherever it stands; null when the word is none. */
    public TargetComparator comparator(String word) {
        if (word == null) {
            return null;
        }
        TargetComparator c = before.get(word);
        return c != null ? c : after.get(word);
    }

    /** The words printed before a figure, with their comparators. */
    Map<String, TargetComparator> before() {
        return before;
    }

    /**
     * A pattern whose {@code {BEFORE}} and {@code {AFTER}} stand for an alternation of the words printed before and
     * after a figure (longest first, so 不超过 is read before 超过); compiled once per template.
     */
    Pattern pattern(String template) {
        return patterns.computeIfAbsent(template, t -> Pattern.compile(t.replace("{BEFORE}", beforeAlternation)
                .replace("{AFTER}", afterAlternation)));
    }
}
