package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ingest.Alternation;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;

/**
 * The words the prose rules read figures with ({@code graph-seed/vocabulary/indicator-words.tsv}: {@code kind word
 * note}): verbs of rank, action verbs before a count, verbs that open a clause of their own, from→to verbs, words that
 * may follow a stated value, verbs of level, the words dropped from the start and end of a name, the words ending a clause of who leads that
 * opens a name, predicates of
 * completion and their negations, scopes before a count, copulas ending in 为, the area a share is of, the unit of an
 * age with the words that may follow it, the nouns of people a bare 万 counts with the unit it is read in, the verbs of
 * an award before a dated title, the endings of place names, the nouns naming a plan's own items, the terms of a grant
 * or a tax relief, the predicates after a clause-initial count, the verbs after 各, the words of investment before a
 * sum, the scopes of a rank, the words for doubling, the names of a share, the words naming a plan after a five-year
 * period, the words of a planning heading, the words of a report that make a figure the plan's own, the labels
 * of a progress note, the verbs of growth and decrease, the nouns measured in years, the complements after a verb
 * and the words before the land a site occupies, the verbs moving a place in a ranking, the nouns and verbs a share
 * is phrased around, the verbs of a figure shared by a count's items, the nouns of a fund or an award after or before
 * a sum, the verbs of a service given to people counted and the change words opening a target table's cell. Each kind keeps the order the file prints its words in:
 * the rules take the first word that matches (kinds the finder reads as one alternation are tried longest first, but
 * for those read {@link #inOrder in the order printed}).
 */
public final class IndicatorWords {

    static final String FILE = "vocabulary/indicator-words.tsv";
    static final String[] HEADER = {"kind", "word", "note"};

    /** The role of a word (the file's comment says what each means). */
    enum Kind {
        RANK_VERB, PREFIX_VERB, CLAUSE_VERB, FROM_TO, FOLLOWER, LEVEL_VERB, LEADING, TRAILING, ROLE_CLAUSE,
        DONE, DONE_OBJECT, NOT_YET, COUNT_SCOPE, NOT_FOR, AREA, AGE_UNIT, AGE_JOIN, PEOPLE, PEOPLE_UNIT, AWARD_VERB,
        PLACE_ENDING, OWN_ITEM,
        RELIEF, RELIEF_TERM, TAX_RATE,
        COUNT_PREDICATE,
        EACH_VERB,
        INVESTMENT,
        RANK_SCOPE, DOUBLING, SHARE_NAME, UNITLESS_NAME,
        PLAN_NAMED,
        PLANNING_HEADING,
        DIMENSION,
        PLANNED, PROGRESS_LABEL,
        GROWTH_VERB, DECREASE_VERB,
        IN_YEARS, VERB_COMPLEMENT,
        SITE_SIZE,
        RANK_MOVE, SHARE_NOUN, SHARE_VERB, SHARED_FIGURE_VERB, FUND_NOUN, SERVICE_VERB,
        CELL_CHANGE
    }

    private final Map<Kind, List<String>> words;

    private IndicatorWords(Map<Kind, List<String>> words) {
        this.words = words;
    }

    /**
     * The words of a seed ({@link SeedSource#classpath()}: the ones the application ships); a seed without the file
     * is refused (a SeedException naming it), as one without departments.tsv is.
     */
    public static IndicatorWords read(SeedSource source) {
        return from(TsvTable.read(source, FILE, HEADER));
    }

    static IndicatorWords from(TsvTable table) {
        Map<Kind, Set<String>> read = new EnumMap<>(Kind.class);
        for (TsvTable.Row row : table.rows()) {
            Kind kind = row.oneOf("kind", Kind.class);
            String word = row.required("word");
            if (!read.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(word)) {
                throw row.error("'" + word + "' is listed twice as " + kind);
            }
        }
        Map<Kind, List<String>> words = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Set<String> of = read.get(kind);
            if (of == null) {
                // no word of a kind would read plans silently worse, like an empty file
                throw new SeedException(table.file(), "no word of kind " + kind);
            }
            if (kind == Kind.PEOPLE_UNIT && of.size() > 1) {
                // one unit a bare 万 of people is read in: a second would be ignored silently
                throw new SeedException(table.file(), "more than one word of kind " + kind + ": " + of);
            }
            words.put(kind, List.copyOf(new ArrayList<>(of)));
        }
        return new IndicatorWords(words);
    }

    /** The words of {@code kind}, in the order the file prints them. */
    List<String> of(Kind kind) {
        return words.get(kind);
    }

    /** The words of {@code kind} as one regex alternation, each quoted, longest first ({@link Alternation#longestFirst}). */
    String alternation(Kind kind) {
        return Alternation.longestFirst(of(kind));
    }

    /**
     * The words of {@code kind} as one regex alternation, each quoted, in the order the file prints them: where that
     * order is what the rule reads (the first alternative that fits wins, a shorter word printed before a longer one
     * holding it included).
     */
    String inOrder(Kind kind) {
        return Alternation.inOrder(of(kind));
    }
}
