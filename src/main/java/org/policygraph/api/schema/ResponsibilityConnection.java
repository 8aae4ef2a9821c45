package org.policygraph.api.schema;

import org.policygraph.api.Page;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of Responsibility items (Relay connection).")
public class ResponsibilityConnection {
    @NonNull
    public List<@NonNull ResponsibilityEdge> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull Responsibility> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    public static ResponsibilityConnection of(Page page, List<Responsibility> items, long total) {
        ResponsibilityConnection c = new ResponsibilityConnection();
        c.nodes = items;
        c.edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            c.edges.add(new ResponsibilityEdge(Page.cursor(page.skip() + i), items.get(i)));
        }
        c.pageInfo = PageInfo.of(page, items.size(), total);
        c.totalCount = (int) total;
        return c;
    }
}
