package org.policygraph.api.facet;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.MeasureConditions.Anchor;

/**
 * What a connection counted: the pattern binding its items (for measures, {@code m}, per parent id), its filter's
 * WHERE fragment and that fragment's parameters. The connection's facets are counted over the same match — or, for an
 * unfiltered measure list, read from the stored counts of the list {@code counted} names (seed/measure-facet-counts).
 * {@code parentId} is '' for a root connection, whose anchor does not use it.
 */
public record FacetScope(String anchor, String where, Map<String, Object> params, String parentId, String counted) {

    /** The scope of a root or nested measure connection, from its anchor and the WHERE of its filter. */
    public static FacetScope ofMeasures(Anchor anchor, String filterWhere, CypherParams params, String parentId) {
        String where = anchor.indexTerms() == null ? filterWhere
                : CypherConditions.allOf(List.of(anchor.indexTerms(), filterWhere));
        String counted = CypherConditions.always().equals(filterWhere) ? anchor.name() : null;
        return new FacetScope(anchor.pattern(), where, statementParams(params), parentId == null ? "" : parentId,
                counted);
    }

    /** The scope of the indicator list, from the WHERE of its filter. */
    public static FacetScope ofIndicators(String where, CypherParams params) {
        return new FacetScope(null, where, statementParams(params), "", null);
    }

    /** The page statement's parameters that the WHERE uses (not the page's own). */
    private static Map<String, Object> statementParams(CypherParams params) {
        Map<String, Object> values = new HashMap<>(params.values());
        values.keySet().removeAll(List.of("skip", "limit", "ids"));
        return Collections.unmodifiableMap(values);
    }

    /** Connections with equal statements (all but the parent id) are counted by one statement. */
    record Statement(String anchor, String where, Map<String, Object> params, String counted) {
    }

    Statement statement() {
        return new Statement(anchor, where, params, counted);
    }
}
