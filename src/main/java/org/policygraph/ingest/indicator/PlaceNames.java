package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.endsWithAny;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Proper place names as counties, districts and towns are printed ("端州区", "四会市"): a few Han characters and an ending. */
final class PlaceNames {

    /** A place name's shape: a few characters, no figure or punctuation (its ending is checked apart). */
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}]{2,8}");

    /** "端州区", "四会市": how a place name ends (a subject of places only after 其中). */
    private final List<String> endings;

    PlaceNames(IndicatorWords words) {
        this.endings = Objects.requireNonNull(words, "words").of(IndicatorWords.Kind.PLACE_ENDING);
    }

    /** The endings of a place name (PLACE_ENDING words). */
    List<String> endings() {
        return endings;
    }

    /** Whether {@code name} has the shape of one place name and one of its endings. */
    boolean isPlace(String name) {
        return PLACE.matcher(name).matches() && endsWithAny(name, endings);
    }
}
