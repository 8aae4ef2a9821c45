package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

public class IndicatorEdge {
    @NonNull
    public String cursor;
    @NonNull
    public Indicator node;

    IndicatorEdge(String cursor, Indicator node) {
        this.cursor = cursor;
        this.node = node;
    }

    public IndicatorEdge() {
    }
}
