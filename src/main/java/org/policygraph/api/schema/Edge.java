package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.NonNull;

/** A Relay edge's fields, once; each XEdge names its item type. */
public abstract class Edge<T> {
    @NonNull
    public String cursor;
    @NonNull
    public T node;
}
