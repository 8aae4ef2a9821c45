package org.policygraph.api.facet;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.MeasureConditions;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.graph.MeasureConditions.Parents;

/**
 * What a connection counted: the reading clause binding its items (for measures, {@code m}, per parent id: the
 * anchor's MATCH, or for a root list whose matches each contain one of some texts the measures containing them,
 * MeasureConditions.textCandidates), its filter's
 * WHERE fragment and that fragment's parameters. The connection's facets are counted over the same match — or, for an
 * unfiltered measure list, read from the stored counts of the list {@code counted} names (seed/measure-facet-counts),
 * and for an indicator list filtered by kinds and years alone from the stored counts of those (seed/measure-counts).
 * So is a root list whose filter only names one parent ({@code namedParents}: 牵头 by 市商务局), once the name is
 * found to be one node's: it lists the same measures as that parent's own list; and one filtered by hasIndicator
 * alone, whose measures are the stored list HAS_INDICATOR|true or |false.
 * {@code parentId} is '' for a root connection, whose anchor does not use it.
 */
public record FacetScope(String anchor, String where, Map<String, Object> params, String parentId, String counted,
                         Parents namedParents) {

    /** The scope of a nested measure connection, from its anchor and the WHERE of its filter. */
    public static FacetScope ofMeasures(Anchor anchor, String filterWhere, CypherParams params, String parentId) {
        return ofMeasures(anchor, filterWhere, params, parentId, null);
    }

    /**
     * The scope of a root or nested measure connection; {@code namedParents}, for a root list, the parents its filter
     * names when it asks nothing else of a measure (Filters.onlyNamesParents), or null.
     */
    public static FacetScope ofMeasures(Anchor anchor, String filterWhere, CypherParams params, String parentId,
                                        Parents namedParents) {
        return ofMeasures(anchor, filterWhere, params, parentId, namedParents, null);
    }

    /**
     * The same, for the root list ({@link Anchor#ALL}) whose matches each contain one of {@code texts}
     * (Filters.measureTexts, null when none): its matches are read from those texts' candidates, O(matches), not from
     * every measure.
     */
    public static FacetScope ofMeasures(Anchor anchor, String filterWhere, CypherParams params, String parentId,
                                        Parents namedParents, List<String> texts) {
        String where = anchor.indexTerms() == null ? filterWhere
                : CypherConditions.allOf(List.of(anchor.indexTerms(), filterWhere));
        String counted = CypherConditions.always().equals(filterWhere) ? anchor.name() : null;
        String match = anchor == Anchor.ALL && texts != null
                ? MeasureConditions.textCandidates(params, texts) + "\nWITH m"
                : "MATCH " + anchor.pattern();
        return new FacetScope(match, where, statementParams(params), parentId == null ? "" : parentId,
                counted, namedParents);
    }

    /**
     * The scope of the root measure list filtered by hasIndicator alone: the stored list HAS_INDICATOR|{@code value}
     * (seed/measure-facet-counts), its parent id the value.
     */
    public static FacetScope ofMeasuresWithIndicator(boolean value, String filterWhere, CypherParams params) {
        return new FacetScope("MATCH " + Anchor.ALL.pattern(), filterWhere, statementParams(params), String.valueOf(value),
                "HAS_INDICATOR", null);
    }

    /**
     * The scope of the indicator list, from the WHERE of its filter; {@code byKindAndYear} when the filter asks nothing
     * but kinds and years (Filters.indicatorsCountedByKindAndYear): its facets are then read from the stored counts
     * of those kinds and years ({@code counted} KIND_AND_YEAR, read/indicator-facets-counted).
     */
    public static FacetScope ofIndicators(String where, CypherParams params, boolean byKindAndYear) {
        return new FacetScope(null, where, statementParams(params), "", byKindAndYear ? KIND_AND_YEAR : null, null);
    }

    /** {@code counted} of an indicator list whose facets the stored counts per kind and year answer. */
    public static final String KIND_AND_YEAR = "KIND_AND_YEAR";

    /** The page statement's parameters that the WHERE uses (not the page's own). */
    private static Map<String, Object> statementParams(CypherParams params) {
        Map<String, Object> values = new HashMap<>(params.values());
        values.keySet().removeAll(List.of("skip", "limit", "ids"));
        return Collections.unmodifiableMap(values);
    }

    /** Connections with equal statements (all but the parent id) are counted by one statement. */
    record Statement(String anchor, String where, Map<String, Object> params, String counted, Parents namedParents) {
    }

    Statement statement() {
        return new Statement(anchor, where, params, counted, namedParents);
    }
}
