package org.policygraph.graph;

import java.util.List;

/** WHERE-clause fragments over an indicator bound to {@code i}; values are parameters. */
public final class IndicatorConditions {

    private IndicatorConditions() {
    }

    public static String inDocument(CypherParams p, String documentId) {
        return "i.documentId = " + p.bind(documentId);
    }

    public static String yearIs(CypherParams p, int year) {
        return "i.year = " + p.bind(year);
    }

    public static String yearFrom(CypherParams p, int year) {
        return "i.year >= " + p.bind(year);
    }

    public static String yearTo(CypherParams p, int year) {
        return "i.year <= " + p.bind(year);
    }

    public static String kindIn(CypherParams p, List<String> kinds) {
        return "i.kind IN " + p.bind(kinds);
    }

    public static String comparatorIn(CypherParams p, List<String> comparators) {
        return "i.comparator IN " + p.bind(comparators);
    }

    public static String nameContains(CypherParams p, String text) {
        return "i.name CONTAINS " + p.bind(text);
    }

    public static String unitIs(CypherParams p, String unit) {
        return "i.unit = " + p.bind(unit);
    }

    public static String aspirational(CypherParams p, boolean value) {
        return "i.aspirational = " + p.bind(value);
    }

    /** {@code field} is one of YEAR, VALUE, NAME, POSITION (an enum name, never input). */
    public static String orderKey(String field, boolean descending) {
        String dir = descending ? " DESC" : "";
        return switch (field) {
            case "YEAR" -> "i.year" + dir + ", i.documentId, i.seq";
            case "VALUE" -> "i.value" + dir;
            case "NAME" -> "i.name" + dir;
            case "POSITION" -> "i.documentId" + dir + ", i.seq" + dir;
            default -> throw new IllegalArgumentException("Unknown indicator order " + field);
        };
    }

    public static String orderBy(List<String> keys) {
        return String.join(", ", keys) + (keys.isEmpty() ? "" : ", ") + "i.id";
    }
}
