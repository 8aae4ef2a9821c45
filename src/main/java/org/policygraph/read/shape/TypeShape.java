package org.policygraph.read.shape;

import java.util.LinkedHashMap;
import java.util.Map;

/** A read type: the label of its nodes (null for types read from relationships or parts of a node) and its fields. */
public record TypeShape(String type, String label, Map<String, FieldShape> fields) {

    static Builder of(String type, String label) {
        return new Builder(type, label);
    }

    static final class Builder {
        private final String type;
        private final String label;
        private final Map<String, FieldShape> fields = new LinkedHashMap<>();

        private Builder(String type, String label) {
            this.type = type;
            this.label = label;
        }

        /** The node's key as a global id. */
        Builder id() {
            fields.put("id", new FieldShape.Value("{v}.id", true));
            return this;
        }

        /** Fields read from the property of the same name. */
        Builder properties(String... names) {
            for (String name : names) {
                fields.put(name, new FieldShape.Value("{v}." + name, false));
            }
            return this;
        }

        Builder value(String name, String cypher) {
            fields.put(name, new FieldShape.Value(cypher, false));
            return this;
        }

        Builder embedded(String name, String type) {
            fields.put(name, new FieldShape.Embedded(type));
            return this;
        }

        Builder related(String name, String type, String match, String order) {
            fields.put(name, new FieldShape.Related(type, match, order));
            return this;
        }

        Builder field(String name, FieldShape shape) {
            fields.put(name, shape);
            return this;
        }

        TypeShape build() {
            return new TypeShape(type, label, Map.copyOf(fields));
        }
    }
}
