package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

public class ParkEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Park node;

    ParkEdge(String cursor, Park node) {
        this.cursor = cursor;
        this.node = node;
    }

    public ParkEdge() {
    }
}
