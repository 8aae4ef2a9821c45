package org.policygraph.read.shape;

import org.policygraph.graph.MeasureConditions.Anchor;

/**
 * How one field of a read type is read from the graph, in Cypher over the element bound to {@code {v}} (a node or a
 * relationship). Whether a field is a list, nullable, an enum or a scalar is the schema's to say, not repeated here.
 */
public sealed interface FieldShape {

    /** A value computed from {@code {v}} (e.g. {@code {v}.name}); {@code globalId}: an {@code id} written as {@code <Type>:<key>}. */
    record Value(String cypher, boolean globalId) implements FieldShape {
    }

    /** An object of {@code type} read from the same element (a measure's {@code source}: its location and quote). */
    record Embedded(String type) implements FieldShape {
    }

    /** The same element read as {@code type} when {@code condition} holds, else null (a search hit's measure). */
    record Self(String type, String condition) implements FieldShape {
    }

    /**
     * Elements of {@code type} that {@code match} binds to {@code {x}} from {@code {v}} (a MATCH clause), in
     * {@code order} (over {@code {x}}; null: any). A list or the first one, as the schema's field type says.
     */
    record Related(String type, String match, String order) implements FieldShape {
    }

    /** A page of measures hanging on {@code {v}} (a Relay connection), found from {@code {v}.id} by {@code anchor}. */
    record MeasurePage(Anchor anchor, boolean documentOrder) implements FieldShape {
    }
}
