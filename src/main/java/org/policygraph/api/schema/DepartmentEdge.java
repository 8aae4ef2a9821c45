package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

public class DepartmentEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Department node;

    DepartmentEdge(String cursor, Department node) {
        this.cursor = cursor;
        this.node = node;
    }

    public DepartmentEdge() {
    }
}
