package org.policygraph.api;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.graph.MeasurePrefetch;
import org.policygraph.graph.MeasureProperties;
import org.policygraph.graph.PageParent;

import graphql.schema.DataFetchingFieldSelectionSet;

/**
 * The statement for pages of measures under parents (a nested connection such as {@code Document.measures}),
 * shaped by what the query selects under the connection: counted only when totalCount or pageInfo is selected, the
 * measures' leads and document brought along when selected.
 */
record MeasurePageStatement(String template, Map<String, String> slots, CypherParams params, Page page,
        String facetAnchor, String facetWhere) {

    /** Invalid page arguments or filters fail here, as they would in the nested field. */
    static MeasurePageStatement of(Anchor anchor, MeasureFilter filter, List<MeasureOrder> orderBy, Integer first,
            String after, DataFetchingFieldSelectionSet connection, PageParent parent) throws GraphQLException {
        // Counting every match costs a full scan and sort; only totalCount and pageInfo need it.
        boolean counted = connection.contains("totalCount") || connection.contains("pageInfo");
        return of(anchor, filter, orderBy, first, after, counted, MeasureProperties.ALL, prefetches(connection), parent);
    }

    /** The same, from what the query selects, known without the engine (api.CompiledQueries). */
    static MeasurePageStatement of(Anchor anchor, MeasureFilter filter, List<MeasureOrder> orderBy, Integer first,
            String after, boolean counted, String properties, Set<MeasurePrefetch> prefetches, PageParent parent)
            throws GraphQLException {
        Page page = Page.of(first, after);
        CypherParams params = new CypherParams();
        StringBuilder prefetch = new StringBuilder();
        prefetches.stream().sorted().forEach(p -> prefetch.append(p.projection));
        String where = Filters.measureWhere(filter, params);
        boolean filtered = !where.equals(CypherConditions.always()); // an empty filter keeps every measure
        Map<String, String> slots = new HashMap<>(Map.of("WHERE", where, "PROPERTIES", properties,
                "PREFETCH", prefetch.toString(), "PARENT_MATCH", parent.match, "PARENT", parent.projection));
        // In key order the page is a range seek that stops after the page; counting a filtered list still needs
        // every match, which the one-scan template does at the same cost.
        // Facets count every match, whichever template serves the page: the anchor's plain pattern and filter.
        String facetWhere = anchor.indexTerms() == null ? where
                : CypherConditions.allOf(List.of(anchor.indexTerms(), where));
        if (anchor.keyedPattern() != null && isDefaultOrder(orderBy) && !(counted && filtered)) {
            slots.put("KEYED_ANCHOR", anchor.keyedPattern());
            slots.put("TOTAL", counted ? "COUNT { MATCH " + anchor.keyedPattern()
                    + " WHERE r.pageKey > first AND r.pageKey < high }" : "-1");
            return new MeasurePageStatement("read/measures-keyed-page", Map.copyOf(slots), params, page,
                    anchor.pattern(), facetWhere);
        }
        slots.put("ANCHOR", anchor.pattern());
        slots.put("WHERE", facetWhere);
        slots.put("ORDER", Filters.measureOrder(orderBy));
        String template = counted ? "read/measures-nested-page" : "read/measures-nested-page-uncounted";
        return new MeasurePageStatement(template, Map.copyOf(slots), params, page, anchor.pattern(), facetWhere);
    }

    /** No order given, or issue date ascending: the order of the page keys. */
    private static boolean isDefaultOrder(List<MeasureOrder> orderBy) {
        return orderBy == null || orderBy.isEmpty() || (orderBy.size() == 1
                && orderBy.get(0).field == MeasureOrderField.ISSUED_ON && orderBy.get(0).direction != OrderDirection.DESC);
    }

    /** The connection a page result becomes. */
    MeasureConnection connection(GraphQueries.PageResult<Measure> result) {
        return MeasureConnection.of(page, result.items(), result.total());
    }

    /** The connection a page result under {@code parentId} becomes, with what it matched (for its facets). */
    MeasureConnection connection(GraphQueries.PageResult<Measure> result, String parentId) {
        MeasureConnection connection = connection(result);
        connection.facetScope = FacetFields.scope(facetAnchor, facetWhere, params, parentId);
        return connection;
    }

    /**
     * The measures' leads, supporters, indicators and document come in the page statement when the query selects
     * them under this connection
     * (nodes or edges): one statement less per field. The selection is the same for every parent of the batch.
     */
    private static Set<MeasurePrefetch> prefetches(DataFetchingFieldSelectionSet connection) {
        Set<MeasurePrefetch> prefetches = EnumSet.noneOf(MeasurePrefetch.class);
        for (MeasurePrefetch prefetch : MeasurePrefetch.values()) {
            if (connection.contains("nodes/" + prefetch.field) || connection.contains("edges/node/" + prefetch.field)) {
                prefetches.add(prefetch);
            }
        }
        return prefetches;
    }

    /** Document order, the order of {@code Document.measures}. */
    static List<MeasureOrder> positionOrder() {
        MeasureOrder order = new MeasureOrder();
        order.field = MeasureOrderField.POSITION;
        return List.of(order);
    }
}
