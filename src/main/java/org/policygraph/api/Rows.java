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

    static Source source(Map<String, Object> row) {
        return new Source(string(row, "documentId"), string(row, "location"), string(row, "quote"));
    }
}
