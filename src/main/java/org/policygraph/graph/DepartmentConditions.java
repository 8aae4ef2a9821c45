package org.policygraph.graph;

/** WHERE-clause fragments over a department bound to {@code d}; values are parameters. */
public final class DepartmentConditions {

    private DepartmentConditions() {
    }

    public static String nameContains(CypherParams p, String text) {
        String value = p.bind(text);
        return "(d.name CONTAINS " + value + " OR any(alias IN d.aliases WHERE alias CONTAINS " + value + "))";
    }

    public static String levelIs(CypherParams p, String level) {
        return "d.level = " + p.bind(level);
    }

    /** Bound to {@code place} or to a place within it ({@link org.policygraph.model.Places#within}). */
    public static String placeWithin(CypherParams p, String place) {
        return "d.place STARTS WITH " + p.bind(place);
    }

    public static String hasRoleInDocument(CypherParams p, String documentId) {
        return "EXISTS { MATCH (d)-[r:LEADS|SUPPORTS|COORDINATES]->() WHERE r.documentId = " + p.bind(documentId) + " }";
    }
}
