package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

public class MeasureEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Measure node;

    MeasureEdge(String cursor, Measure node) {
        this.cursor = cursor;
        this.node = node;
    }

    public MeasureEdge() {
    }
}
