package org.policygraph.api;

import java.util.Map;

/**
 * What a connection counted: the pattern binding its items (for measures, {@code m}, per parent id), its filter's
 * WHERE fragment and that fragment's parameters. The connection's facets are counted over the same match.
 * {@code parentId} is '' for a root connection, whose anchor does not use it.
 */
record FacetScope(String anchor, String where, Map<String, Object> params, String parentId) {

    static final String ALL_MEASURES = "(m:Measure)";

    /** Connections with equal statements (all but the parent id) are counted by one statement. */
    record Statement(String anchor, String where, Map<String, Object> params) {
    }

    Statement statement() {
        return new Statement(anchor, where, params);
    }
}
