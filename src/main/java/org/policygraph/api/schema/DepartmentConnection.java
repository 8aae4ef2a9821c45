package org.policygraph.api.schema;

import org.policygraph.api.Page;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of Department items (Relay connection).")
public class DepartmentConnection {
    @NonNull
    public List<@NonNull DepartmentEdge> edges;
    @NonNull
    @Description("The page's items without cursors.")
    public List<@NonNull Department> nodes;
    @NonNull
    public PageInfo pageInfo;
    @NonNull
    @Description("How many items match in all, across pages.")
    public int totalCount;

    public static DepartmentConnection of(Page page, List<Department> items, long total) {
        DepartmentConnection c = new DepartmentConnection();
        c.nodes = items;
        c.edges = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            c.edges.add(new DepartmentEdge(Page.cursor(page.skip() + i), items.get(i)));
        }
        c.pageInfo = PageInfo.of(page, items.size(), total);
        c.totalCount = (int) total;
        return c;
    }
}
