package org.policygraph.read.json;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.policygraph.read.plan.GlobalId;
import org.policygraph.read.plan.Page;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.Selection;
import org.policygraph.read.shape.FieldShape;
import org.policygraph.read.shape.Shapes;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import io.quarkus.jsonp.JsonProviderHolder;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON answer of a read plan, written as the engine writes it: fields in selection order under their response
 * keys, values by the schema's types, ids of Node types as global ids (read.shape says which). A non-null field
 * without a value is the engine's to report: {@link Selection.NotPlanned}.
 */
public final class JsonAnswer {

    private final GraphQLSchema schema;

    public JsonAnswer(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** {@code {"data":{…}}} from the plan's result row ({@code r<i>}: root field i). */
    public String write(ReadPlan plan, Map<String, Object> row) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JsonProviderHolder.jsonProvider().createGenerator(out)) {
            json.writeStartObject();
            json.writeStartObject("data");
            GraphQLObjectType query = schema.getQueryType();
            for (int i = 0; i < plan.roots().size(); i++) {
                Selection root = plan.roots().get(i);
                value(json, root.key(), query.getFieldDefinition(root.name()).getType(), root, row.get("r" + i), plan);
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private void value(JsonGenerator json, String key, GraphQLOutputType type, Selection selection, Object value,
            ReadPlan plan) {
        boolean nonNull = type instanceof GraphQLNonNull;
        GraphQLOutputType unwrapped = nonNull ? (GraphQLOutputType) ((GraphQLNonNull) type).getWrappedType() : type;
        if (value == null) {
            if (nonNull) {
                throw new Selection.NotPlanned(selection.name() + ": a non-null field has no value");
            }
            if (key == null) {
                json.writeNull();
            } else {
                json.writeNull(key);
            }
            return;
        }
        if (unwrapped instanceof GraphQLList list) {
            start(json, key, true);
            for (Object item : (List<?>) value) {
                value(json, null, (GraphQLOutputType) list.getWrappedType(), selection, item, plan);
            }
            json.writeEnd();
        } else if (unwrapped instanceof GraphQLObjectType object) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            if (object.getFieldDefinition("pageInfo") != null) {
                connection(json, key, object, selection, map, plan);
            } else {
                object(json, key, object, selection, map, plan);
            }
        } else if (unwrapped instanceof GraphQLEnumType) {
            write(json, key, value.toString());
        } else {
            scalar(json, key, ((GraphQLScalarType) unwrapped).getName(), value);
        }
    }

    private void object(JsonGenerator json, String key, GraphQLObjectType type, Selection selection,
            Map<String, Object> map, ReadPlan plan) {
        start(json, key, false);
        for (Selection field : selection.children()) {
            if (field.name().equals("__typename")) {
                json.write(field.key(), type.getName());
                continue;
            }
            Object value = map.get(field.name());
            if (Shapes.field(type.getName(), field.name()) instanceof FieldShape.Value v && v.globalId()) {
                value = GlobalId.of(type.getName(), (String) value);
            }
            value(json, field.key(), type.getFieldDefinition(field.name()).getType(), field, value, plan);
        }
        json.writeEnd();
    }

    /** A Relay connection read as {total, page}: nodes, edges with cursors, pageInfo, totalCount. */
    private void connection(JsonGenerator json, String key, GraphQLObjectType type, Selection selection,
            Map<String, Object> map, ReadPlan plan) {
        Page page = plan.page(selection);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) map.get("page");
        long total = ((Number) map.get("total")).longValue();
        start(json, key, false);
        for (Selection field : selection.children()) {
            switch (field.name()) {
                case "__typename" -> json.write(field.key(), type.getName());
                case "totalCount" -> json.write(field.key(), (int) counted(total));
                case "nodes" -> value(json, field.key(), type.getFieldDefinition("nodes").getType(), field, items, plan);
                case "edges" -> {
                    GraphQLObjectType edge = (GraphQLObjectType) unwrapAll(type.getFieldDefinition("edges").getType());
                    json.writeStartArray(field.key());
                    for (int i = 0; i < items.size(); i++) {
                        json.writeStartObject();
                        for (Selection e : field.children()) {
                            switch (e.name()) {
                                case "__typename" -> json.write(e.key(), edge.getName());
                                case "cursor" -> json.write(e.key(), cursor(page, i, items.get(i)));
                                default -> value(json, e.key(), edge.getFieldDefinition("node").getType(), e,
                                        items.get(i), plan);
                            }
                        }
                        json.writeEnd();
                    }
                    json.writeEnd();
                }
                case "pageInfo" -> {
                    json.writeStartObject(field.key());
                    for (Selection info : field.children()) {
                        switch (info.name()) {
                            case "__typename" -> json.write(info.key(), "PageInfo");
                            case "hasNextPage" -> json.write(info.key(), page.skip() + items.size() < counted(total));
                            case "hasPreviousPage" -> json.write(info.key(), page.skip() > 0);
                            case "startCursor" -> write(json, info.key(),
                                    items.isEmpty() ? null : cursor(page, 0, items.get(0)));
                            case "endCursor" -> write(json, info.key(),
                                    items.isEmpty() ? null : cursor(page, items.size() - 1, items.get(items.size() - 1)));
                            default -> throw new Selection.NotPlanned("PageInfo." + info.name());
                        }
                    }
                    json.writeEnd();
                }
                default -> throw new Selection.NotPlanned(type.getName() + "." + field.name());
            }
        }
        json.writeEnd();
    }

    private static long counted(long total) {
        if (total < 0) {
            throw new Selection.NotPlanned("a count that was not read");
        }
        return total;
    }

    /** Items read in key order continue by key (read.plan's keyed page), others by position. */
    private static String cursor(Page page, int index, Map<String, Object> item) {
        Object key = item.get("pageKey");
        return Page.cursor(page.skip() + index, key == null ? null : key.toString());
    }

    private static void scalar(JsonGenerator json, String key, String type, Object value) {
        switch (type) {
            case "Int" -> {
                int v = ((Number) value).intValue();
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            }
            case "Float" -> {
                double v = ((Number) value).doubleValue();
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            }
            case "Boolean" -> {
                boolean v = (Boolean) value;
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            }
            default -> write(json, key, value.toString());
        }
    }

    private static void write(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else if (key == null) {
            json.write(value);
        } else {
            json.write(key, value);
        }
    }

    private static void start(JsonGenerator json, String key, boolean array) {
        if (array) {
            if (key == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(key);
            }
        } else if (key == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(key);
        }
    }

    private static graphql.schema.GraphQLType unwrapAll(graphql.schema.GraphQLType type) {
        while (type instanceof GraphQLNonNull || type instanceof GraphQLList) {
            type = type instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) type).getWrappedType();
        }
        return type;
    }
}
