package org.policygraph.api.schema;

import org.policygraph.api.facet.FacetScope;
import org.policygraph.api.Page;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of Indicator items (Relay connection).")
public class IndicatorConnection {
    @NonNull
    public List<@NonNull IndicatorEdge> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull Indicator> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    /** What the connection matched, for its facets (FacetFields); not in the schema. */
    @Ignore
    public FacetScope facetScope;

    public static IndicatorConnection of(Page page, List<Indicator> items, long total) {
        IndicatorConnection c = new IndicatorConnection();
        c.nodes = items;
        c.edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            c.edges.add(new IndicatorEdge(Page.cursor(page.skip() + i), items.get(i)));
        }
        c.pageInfo = PageInfo.of(page, items.size(), total);
        c.totalCount = (int) total;
        return c;
    }
}
