package org.policygraph.api;

import java.util.List;
import java.util.Map;

/** Reading Cypher map projections into API types without reflection. */
final class Rows {

    private Rows() {
    }

    static String string(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    static Double number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof Number n ? n.doubleValue() : null;
    }

    static Integer integer(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof Number n ? n.intValue() : null;
    }

    static boolean flag(Map<String, Object> row, String key) {
        return Boolean.TRUE.equals(row.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The source of a row: its nested {@code source} (read.plan) or its own location and quote. */
    static Source source(Map<String, Object> row) {
        Map<String, Object> nested = map(row, "source");
        Source source = nested == null
                ? new Source(string(row, "documentId"), string(row, "location"), string(row, "quote"))
                : new Source(string(row, "documentId"), string(nested, "location"), string(nested, "quote"));
        source.row = nested;
        return source;
    }
}
