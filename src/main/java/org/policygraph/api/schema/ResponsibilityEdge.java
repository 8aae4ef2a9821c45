package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

public class ResponsibilityEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Responsibility node;

    ResponsibilityEdge(String cursor, Responsibility node) {
        this.cursor = cursor;
        this.node = node;
    }

    public ResponsibilityEdge() {
    }
}
