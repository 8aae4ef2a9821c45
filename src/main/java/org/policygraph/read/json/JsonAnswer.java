package org.policygraph.read.json;

import java.io.StringWriter;
import java.util.ArrayList;
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
import graphql.schema.GraphQLType;
import io.quarkus.jsonp.JsonProviderHolder;
import jakarta.json.stream.JsonGenerator;

/**
 * The JSON answer of a read plan, written as the engine writes it: fields in selection order under their response
 * keys, values by the schema's types, ids of Node types as global ids (read.shape says which). A non-null field
 * without a value is the engine's to report: {@link Selection.NotPlanned}.
 *
 * <p>{@link #prepare} decides once per plan how each selected field is written — its type, whether it is a list, a
 * connection, an id to make global — so that writing a result row only walks values (a plan is kept and run many
 * times; looking the types up for every field of every row cost as much as writing the JSON).
 */
public final class JsonAnswer {

    private final GraphQLSchema schema;

    public JsonAnswer(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** Writes the answers of one plan. */
    public interface Writer {
        /** {@code {"data":{…}}} from the plan's result row ({@code r<i>}: root field i). */
        String write(Map<String, Object> row);
    }

    /** How the answers of {@code plan} are written; decided here, once. */
    public Writer prepare(ReadPlan plan) {
        GraphQLObjectType query = schema.getQueryType();
        List<ValueWriter> roots = new ArrayList<>();
        for (Selection root : plan.roots()) {
            roots.add(writer(query.getFieldDefinition(root.name()).getType(), root, plan));
        }
        return row -> {
            StringWriter out = new StringWriter(4096);
            try (JsonGenerator json = JsonProviderHolder.jsonProvider().createGenerator(out)) {
                json.writeStartObject();
                json.writeStartObject("data");
                for (int i = 0; i < roots.size(); i++) {
                    roots.get(i).write(json, plan.roots().get(i).key(), row.get("r" + i));
                }
                json.writeEnd();
                json.writeEnd();
            }
            return out.toString();
        };
    }

    /** Writes one value of a selected field under {@code key} (null: an item of a list). */
    private interface ValueWriter {
        void write(JsonGenerator json, String key, Object value);
    }

    private ValueWriter writer(GraphQLOutputType type, Selection selection, ReadPlan plan) {
        boolean nonNull = type instanceof GraphQLNonNull;
        GraphQLOutputType unwrapped = nonNull ? (GraphQLOutputType) ((GraphQLNonNull) type).getWrappedType() : type;
        ValueWriter present = present(unwrapped, selection, plan);
        return (json, key, value) -> {
            if (value != null) {
                present.write(json, key, value);
            } else if (nonNull) {
                throw new Selection.NotPlanned(selection.name() + ": a non-null field has no value");
            } else if (key == null) {
                json.writeNull();
            } else {
                json.writeNull(key);
            }
        };
    }

    /** The writer of a value that is there, by its (unwrapped) type. */
    private ValueWriter present(GraphQLOutputType type, Selection selection, ReadPlan plan) {
        if (type instanceof GraphQLList list) {
            ValueWriter item = writer((GraphQLOutputType) list.getWrappedType(), selection, plan);
            return (json, key, value) -> {
                start(json, key, true);
                for (Object element : (List<?>) value) {
                    item.write(json, null, element);
                }
                json.writeEnd();
            };
        }
        if (type instanceof GraphQLObjectType object) {
            return object.getFieldDefinition("pageInfo") != null
                    ? connection(object, selection, plan)
                    : object(object, selection, plan);
        }
        if (type instanceof GraphQLEnumType) {
            return (json, key, value) -> write(json, key, value.toString());
        }
        return scalar(((GraphQLScalarType) type).getName());
    }

    /** One selected field of an object: where its value is read and how it is written. */
    private record FieldWriter(String key, String name, boolean typename, boolean globalId, ValueWriter value) {
    }

    private ValueWriter object(GraphQLObjectType type, Selection selection, ReadPlan plan) {
        String typeName = type.getName();
        List<FieldWriter> fields = new ArrayList<>();
        for (Selection field : selection.children()) {
            if (field.name().equals("__typename")) {
                fields.add(new FieldWriter(field.key(), field.name(), true, false, null));
                continue;
            }
            boolean globalId = Shapes.field(typeName, field.name()) instanceof FieldShape.Value v && v.globalId();
            fields.add(new FieldWriter(field.key(), field.name(), false, globalId,
                    writer(type.getFieldDefinition(field.name()).getType(), field, plan)));
        }
        return (json, key, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            start(json, key, false);
            for (FieldWriter field : fields) {
                if (field.typename()) {
                    json.write(field.key(), typeName);
                    continue;
                }
                Object fieldValue = map.get(field.name());
                if (field.globalId()) {
                    fieldValue = GlobalId.of(typeName, (String) fieldValue);
                }
                field.value().write(json, field.key(), fieldValue);
            }
            json.writeEnd();
        };
    }

    /** A Relay connection read as {total, page}: nodes, edges with cursors, pageInfo, totalCount. */
    private ValueWriter connection(GraphQLObjectType type, Selection selection, ReadPlan plan) {
        Page page;
        try {
            page = plan.page(selection);
        } catch (Selection.NotPlanned notPlanned) {
            // Only a connection that has a value needs its page: a null one is still written as null.
            return (json, key, value) -> {
                throw notPlanned;
            };
        }
        List<ConnectionPart> parts = new ArrayList<>();
        for (Selection field : selection.children()) {
            parts.add(connectionPart(type, field, page, plan));
        }
        return (json, key, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) map.get("page");
            long total = ((Number) map.get("total")).longValue();
            start(json, key, false);
            for (ConnectionPart part : parts) {
                part.write(json, items, total);
            }
            json.writeEnd();
        };
    }

    /** Writes one selected field of a connection from its page of items and its total. */
    private interface ConnectionPart {
        void write(JsonGenerator json, List<Map<String, Object>> items, long total);
    }

    private ConnectionPart connectionPart(GraphQLObjectType type, Selection field, Page page, ReadPlan plan) {
        String key = field.key();
        switch (field.name()) {
            case "__typename" -> {
                return (json, items, total) -> json.write(key, type.getName());
            }
            case "totalCount" -> {
                return (json, items, total) -> json.write(key, (int) counted(total));
            }
            case "nodes" -> {
                ValueWriter nodes = writer(type.getFieldDefinition("nodes").getType(), field, plan);
                return (json, items, total) -> nodes.write(json, key, items);
            }
            case "edges" -> {
                GraphQLObjectType edge = (GraphQLObjectType) unwrapAll(type.getFieldDefinition("edges").getType());
                List<EdgePart> parts = new ArrayList<>();
                for (Selection e : field.children()) {
                    parts.add(edgePart(edge, e, page, plan));
                }
                return (json, items, total) -> {
                    json.writeStartArray(key);
                    for (int i = 0; i < items.size(); i++) {
                        json.writeStartObject();
                        for (EdgePart part : parts) {
                            part.write(json, i, items.get(i));
                        }
                        json.writeEnd();
                    }
                    json.writeEnd();
                };
            }
            case "pageInfo" -> {
                List<ConnectionPart> parts = new ArrayList<>();
                for (Selection info : field.children()) {
                    parts.add(pageInfoPart(info, page));
                }
                return (json, items, total) -> {
                    json.writeStartObject(key);
                    for (ConnectionPart part : parts) {
                        part.write(json, items, total);
                    }
                    json.writeEnd();
                };
            }
            default -> throw new Selection.NotPlanned(type.getName() + "." + field.name());
        }
    }

    /** Writes one selected field of the edge of item {@code index}. */
    private interface EdgePart {
        void write(JsonGenerator json, int index, Map<String, Object> item);
    }

    private EdgePart edgePart(GraphQLObjectType edge, Selection e, Page page, ReadPlan plan) {
        String key = e.key();
        return switch (e.name()) {
            case "__typename" -> (json, index, item) -> json.write(key, edge.getName());
            case "cursor" -> (json, index, item) -> json.write(key, cursor(page, index, item));
            default -> {
                ValueWriter node = writer(edge.getFieldDefinition("node").getType(), e, plan);
                yield (json, index, item) -> node.write(json, key, item);
            }
        };
    }

    private static ConnectionPart pageInfoPart(Selection info, Page page) {
        String key = info.key();
        return switch (info.name()) {
            case "__typename" -> (json, items, total) -> json.write(key, "PageInfo");
            case "hasNextPage" -> (json, items, total) -> json.write(key, page.skip() + items.size() < counted(total));
            case "hasPreviousPage" -> (json, items, total) -> json.write(key, page.skip() > 0);
            case "startCursor" -> (json, items, total) -> write(json, key,
                    items.isEmpty() ? null : cursor(page, 0, items.get(0)));
            case "endCursor" -> (json, items, total) -> write(json, key,
                    items.isEmpty() ? null : cursor(page, items.size() - 1, items.get(items.size() - 1)));
            default -> throw new Selection.NotPlanned("PageInfo." + info.name());
        };
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

    private static ValueWriter scalar(String type) {
        return switch (type) {
            case "Int" -> (json, key, value) -> {
                int v = ((Number) value).intValue();
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            };
            case "Float" -> (json, key, value) -> {
                double v = ((Number) value).doubleValue();
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            };
            case "Boolean" -> (json, key, value) -> {
                boolean v = (Boolean) value;
                if (key == null) {
                    json.write(v);
                } else {
                    json.write(key, v);
                }
            };
            default -> (json, key, value) -> write(json, key, value.toString());
        };
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

    private static GraphQLType unwrapAll(GraphQLType type) {
        while (type instanceof GraphQLNonNull || type instanceof GraphQLList) {
            type = type instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) type).getWrappedType();
        }
        return type;
    }
}
