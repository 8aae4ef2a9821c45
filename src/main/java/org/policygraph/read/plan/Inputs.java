package org.policygraph.read.plan;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Argument values (maps, lists, strings, numbers, enum names — as {@link Selection} holds them) as the schema's input
 * classes (MeasureFilter, IndicatorOrder …), field by field; the document was validated, so anything unexpected
 * is left to the engine.
 */
final class Inputs {

    private Inputs() {
    }

    static <T> T object(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new Selection.NotPlanned(type.getSimpleName() + " is not an object");
        }
        try {
            T object = type.getDeclaredConstructor().newInstance();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Field field = type.getField((String) entry.getKey());
                field.set(object, convert(entry.getValue(), field.getGenericType()));
            }
            return object;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new Selection.NotPlanned("not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    static <T> List<T> list(Object value, Class<T> type) {
        if (value == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (Object item : items(value)) {
            items.add(type.cast(convert(item, type)));
        }
        return items;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object convert(Object value, Type type) {
        if (value == null) {
            return null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            List<Object> items = new ArrayList<>();
            for (Object item : items(value)) {
                items.add(convert(item, list.getActualTypeArguments()[0]));
            }
            return items;
        }
        Class<?> target = (Class<?>) type;
        if (target.isEnum()) {
            String name = value instanceof Enum<?> e ? e.name() : (String) value;
            return Enum.valueOf((Class<Enum>) target, name);
        }
        if (target == Integer.class) {
            return Selection.integer(type.getTypeName(), value);
        }
        if (target == String.class || target == Boolean.class) {
            return target.cast(value);
        }
        return object(value, target);
    }

    private static List<?> items(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return List.of(value); // a single value where a list is expected (input coercion)
    }
}
