package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.policygraph.read.plan.Page;

@Description("A page of Department items (Relay connection).")
public class DepartmentConnection extends Connection<Department, DepartmentEdge> {

    public static DepartmentConnection of(Page page, List<Department> items, long total) {
        return new DepartmentConnection().fill(page, items, total, DepartmentEdge::new);
    }
}
