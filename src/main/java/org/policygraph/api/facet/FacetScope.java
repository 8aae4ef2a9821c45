package org.policygraph.api.facet;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.CypherParams;

/**
 * What a connection counted: the pattern binding its items (for measures, {@code m}, per parent id), its filter's
 * WHERE fragment and that fragment's parameters. The connection's facets are counted over the same match.
 * {@code parentId} is '' for a root connection, whose anchor does not use it.
 */
public record FacetScope(String anchor, String where, Map<String, Object> params, String parentId) {

    public static final String ALL_MEASURES = "(m:Measure)";

    /** The scope of a root or nested connection, from the WHERE its page statement used and that one's params. */
    public static FacetScope of(String anchor, String where, CypherParams params, String parentId) {
        Map<String, Object> values = new HashMap<>(params.values());
        values.keySet().removeAll(List.of("skip", "limit", "ids"));
        return new FacetScope(anchor, where, Collections.unmodifiableMap(values), parentId == null ? "" : parentId);
    }

    /** Connections with equal statements (all but the parent id) are counted by one statement. */
    record Statement(String anchor, String where, Map<String, Object> params) {
    }

    Statement statement() {
        return new Statement(anchor, where, params);
    }
}
