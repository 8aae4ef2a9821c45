package org.policygraph.api.schema;

import org.policygraph.api.facet.FacetScope;
import org.policygraph.api.Page;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of Measure items (Relay connection).")
public class MeasureConnection {
    @NonNull
    public List<@NonNull MeasureEdge> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull Measure> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    /** What the connection matched, for its facets (FacetFields); not in the schema. */
    @Ignore
    public FacetScope facetScope;

    public static MeasureConnection of(Page page, List<Measure> items, long total) {
        MeasureConnection c = new MeasureConnection();
        c.nodes = items;
        c.edges = new ArrayList<>(items.size());
        // Measures read in key order carry their key: their cursors continue by key (read/measures-keyed-page).
        java.util.function.IntFunction<String> cursor = i -> Page.cursor(page.skip() + i, items.get(i).pageKey);
        for (int i = 0; i < items.size(); i++) {
            c.edges.add(new MeasureEdge(cursor.apply(i), items.get(i)));
        }
        c.pageInfo = PageInfo.of(page, items.size(), total, cursor);
        c.totalCount = (int) total;
        return c;
    }
}
