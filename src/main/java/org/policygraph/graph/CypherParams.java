package org.policygraph.graph;

import java.util.HashMap;
import java.util.Map;

/** Collects the parameters of a composed statement; fragments refer to them as {@code $p0, $p1 ...}. */
public final class CypherParams {

    private final Map<String, Object> values = new HashMap<>();
    private int next;

    /** Registers a value and returns the parameter reference to put into a fragment. */
    public String bind(Object value) {
        String name = "p" + next++;
        values.put(name, value);
        return "$" + name;
    }

    public CypherParams with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Map<String, Object> values() {
        return values;
    }
}
