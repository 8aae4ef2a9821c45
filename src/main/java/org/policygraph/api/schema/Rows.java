package org.policygraph.api.schema;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reading Cypher map projections (read.plan's rows: by field name) into API types. */
public final class Rows {

    private Rows() {
    }

    public static String string(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /**
     * {@code make}'s object, null for a null row, with the public fields {@code row} holds under their names —
     * strings, numbers, flags, enums, string lists, objects of the types read the same way (by their static
     * {@code from(Map)}) — its {@link Source} and (a {@link RowObject}) the row itself. So a scalar field declared in
     * read.shape and on its type needs nothing here.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <T> T fill(Supplier<T> make, Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        T object = make.get();
        for (Field field : object.getClass().getFields()) {
            Object value = row.get(field.getName());
            Class<?> type = field.getType();
            if (Modifier.isStatic(field.getModifiers()) || (value == null && type != Source.class)) {
                continue;
            }
            try {
                if (type == Source.class) {
                    field.set(object, source(row));
                } else if (type == String.class) {
                    field.set(object, value.toString());
                } else if (type == Integer.class || type == int.class) {
                    field.set(object, ((Number) value).intValue());
                } else if (type == Double.class || type == double.class) {
                    field.set(object, ((Number) value).doubleValue());
                } else if (type == Boolean.class || type == boolean.class) {
                    field.set(object, value);
                } else if (type.isEnum()) {
                    field.set(object, Enum.valueOf((Class<Enum>) type, value.toString()));
                } else if (type == List.class && value instanceof List<?>) {
                    field.set(object, value);
                } else if (value instanceof Map<?, ?> && type != Map.class) {
                    field.set(object, type.getMethod("from", Map.class).invoke(null, value));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (object instanceof RowObject read) {
            read.row = row;
        }
        return object;
    }

    /** The source of a row: its nested {@code source} (read.plan) or its own location and quote. */
    public static Source source(Map<String, Object> row) {
        Map<String, Object> nested = map(row, "source");
        Source source = nested == null
                ? new Source(string(row, "documentId"), string(row, "location"), string(row, "quote"))
                : new Source(nested.containsKey("documentId") ? string(nested, "documentId") : string(row, "documentId"),
                        string(nested, "location"), string(nested, "quote"));
        source.row = nested;
        return source;
    }
}
