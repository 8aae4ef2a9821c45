package org.policygraph.api.schema;

import org.policygraph.api.Page;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of Park items (Relay connection).")
public class ParkConnection {
    @NonNull
    public List<@NonNull ParkEdge> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull Park> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    public static ParkConnection of(Page page, List<Park> items, long total) {
        ParkConnection c = new ParkConnection();
        c.nodes = items;
        c.edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            c.edges.add(new ParkEdge(Page.cursor(page.skip() + i), items.get(i)));
        }
        c.pageInfo = PageInfo.of(page, items.size(), total);
        c.totalCount = (int) total;
        return c;
    }
}
