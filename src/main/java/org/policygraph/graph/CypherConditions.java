package org.policygraph.graph;

import java.util.List;
import java.util.stream.Collectors;

/** Boolean composition of WHERE-clause fragments (which are built from fixed text and bound parameters). */
public final class CypherConditions {

    private CypherConditions() {
    }

    public static String always() {
        return "true";
    }

    public static String allOf(List<String> conditions) {
        return conditions.isEmpty() ? always() : conditions.stream().collect(Collectors.joining(" AND ", "(", ")"));
    }

    public static String anyOf(List<String> conditions) {
        return conditions.isEmpty() ? "false" : conditions.stream().collect(Collectors.joining(" OR ", "(", ")"));
    }

    public static String not(String condition) {
        return "(NOT " + condition + ")";
    }
}
