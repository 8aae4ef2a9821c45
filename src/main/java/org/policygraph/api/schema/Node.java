package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's Node interface: every type with an id, refetchable by {@code node(id:)}. Each keeps its stored key (the
 * node's {@code id} property) in a public field {@code id}; the GraphQL {@code id} is {@link #getId()}, the global id.
 */
@Interface("Node")
@Description("An object with a globally unique, stable id (Relay Global Object Identification). Fetch any of them again "
        + "with `node(id:)` / `nodes(ids:)`. Ids look like \"Measure:003/附件-12\"; treat them as opaque.")
public interface Node {

    @Id
    @NonNull
    @Description("Globally unique and stable: the type, a colon and the node's key, e.g. \"Document:003\".")
    String getId();
}
