package org.policygraph.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import jakarta.json.stream.JsonGenerator;

/**
 * One field of a query as {@link CompiledQueries} runs it: response key, field name, arguments and sub-selection,
 * taken from a validated document. Only plain fields (no fragments, no directives, no response key twice) make a
 * selection; anything else is left to the engine. Also writes the API's objects as JSON for a selection, the way the
 * engine does: fields in selection order, null for absent nullable values.
 */
record CompiledSelection(String key, String name, Map<String, Value<?>> arguments, List<CompiledSelection> children) {

    /** The document or a value in it is outside what the compiled path answers; the engine answers instead. */
    static final class NotCompiled extends RuntimeException {
        NotCompiled(String why) {
            super(why, null, false, false);
        }
    }

    static final Set<String> DOCUMENT_FIELDS = Set.of("__typename", "id", "title", "docNumber", "issuedOn", "status",
            "horizon", "external");
    static final Set<String> MEASURE_FIELDS = Set.of("__typename", "id", "number", "list", "title", "text", "timeline",
            "source");
    static final Set<String> SOURCE_FIELDS = Set.of("__typename", "location", "quote");
    static final Set<String> DEPARTMENT_FIELDS = Set.of("__typename", "id", "name", "aliases", "level");
    static final Set<String> INDICATOR_FIELDS = Set.of("__typename", "id", "name", "value", "valueMax", "unit", "year",
            "kind", "comparator", "aspirational", "source");
    static final Set<String> SEARCH_HIT_FIELDS = Set.of("__typename", "score", "kind", "id", "snippet", "measure");

    /** The selection set's fields, or null when it holds anything but plain fields with distinct response keys. */
    static List<CompiledSelection> of(SelectionSet set) {
        List<CompiledSelection> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Selection<?> selection : set.getSelections()) {
            if (!(selection instanceof Field field) || !field.getDirectives().isEmpty()) {
                return null;
            }
            String key = field.getAlias() != null ? field.getAlias() : field.getName();
            if (!keys.add(key)) {
                return null; // the engine merges repeated keys
            }
            List<CompiledSelection> children = List.of();
            if (field.getSelectionSet() != null) {
                children = of(field.getSelectionSet());
                if (children == null) {
                    return null;
                }
            }
            Map<String, Value<?>> arguments = new java.util.LinkedHashMap<>();
            for (Argument argument : field.getArguments()) {
                Value<?> value = argument.getValue();
                if (!(value instanceof StringValue || value instanceof IntValue || value instanceof NullValue
                        || value instanceof VariableReference)) {
                    return null;
                }
                arguments.put(argument.getName(), value);
            }
            fields.add(new CompiledSelection(key, field.getName(), arguments, children));
        }
        return fields;
    }

    /** True when every field is one of {@code allowed} (validation already matched sub-selections to the schema). */
    static boolean only(List<CompiledSelection> fields, Set<String> allowed) {
        return fields.stream().allMatch(f -> allowed.contains(f.name));
    }

    /** The one field named {@code name}, null when absent; NotCompiled when selected more than once. */
    static CompiledSelection single(List<CompiledSelection> fields, String name) {
        List<CompiledSelection> named = fields.stream().filter(f -> f.name.equals(name)).toList();
        if (named.size() > 1) {
            throw new NotCompiled(name + " selected more than once");
        }
        return named.isEmpty() ? null : named.get(0);
    }

    /** Levels of fields below and including this one. */
    int depth() {
        return 1 + children.stream().mapToInt(CompiledSelection::depth).max().orElse(0);
    }

    String string(String argument, Map<String, Object> variables) {
        Object value = value(argument, variables);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new NotCompiled(argument + " is not a string");
    }

    Integer integer(String argument, Map<String, Object> variables) {
        Object value = value(argument, variables);
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        throw new NotCompiled(argument + " is not an Int");
    }

    private Object value(String argument, Map<String, Object> variables) {
        Value<?> value = arguments.get(argument);
        if (value == null || value instanceof NullValue) {
            return null;
        }
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof IntValue integer) {
            BigInteger big = integer.getValue();
            if (big.bitLength() >= 32) {
                throw new NotCompiled(argument + " is out of Int range");
            }
            return big.intValue();
        }
        String variable = ((VariableReference) value).getName();
        if (variables == null || !variables.containsKey(variable)) {
            throw new NotCompiled("variable $" + variable + " not given (its default is the engine's)");
        }
        return variables.get(variable);
    }

    // ---- JSON, as the engine writes it -----------------------------------------------------------------

    /** A document; {@code measures} its page of measures, when selected (null otherwise). */
    static void writeDocument(JsonGenerator json, String key, Document d, List<CompiledSelection> fields,
            List<Measure> measures) {
        if (d == null) {
            writeNull(json, key);
            return;
        }
        start(json, key);
        for (CompiledSelection f : fields) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "Document");
                case "id" -> json.write(f.key, required(d.getId()));
                case "title" -> json.write(f.key, required(d.title));
                case "docNumber" -> string(json, f.key, d.docNumber);
                case "issuedOn" -> string(json, f.key, d.issuedOn);
                case "status" -> json.write(f.key, required(d.status).name());
                case "horizon" -> string(json, f.key, d.horizon);
                case "external" -> json.write(f.key, d.external);
                case "measures" -> writeMeasureNodes(json, f, required(measures));
                default -> throw new NotCompiled("Document." + f.name);
            }
        }
        json.writeEnd();
    }

    /** A measures connection of which only {@code nodes} (and {@code __typename}) is selected. */
    private static void writeMeasureNodes(JsonGenerator json, CompiledSelection connection, List<Measure> measures) {
        json.writeStartObject(connection.key);
        for (CompiledSelection f : connection.children) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "MeasureConnection");
                case "nodes" -> {
                    json.writeStartArray(f.key);
                    for (Measure m : measures) {
                        writeMeasure(json, null, m, f.children);
                    }
                    json.writeEnd();
                }
                default -> throw new NotCompiled("MeasureConnection." + f.name);
            }
        }
        json.writeEnd();
    }

    static void writeMeasure(JsonGenerator json, String key, Measure m, List<CompiledSelection> fields) {
        if (m == null) {
            writeNull(json, key);
            return;
        }
        start(json, key);
        for (CompiledSelection f : fields) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "Measure");
                case "id" -> json.write(f.key, required(m.getId()));
                case "number" -> json.write(f.key, required(m.number));
                case "list" -> string(json, f.key, m.list);
                case "title" -> string(json, f.key, m.title);
                case "text" -> json.write(f.key, required(m.text));
                case "timeline" -> string(json, f.key, m.timeline);
                case "source" -> writeSource(json, f, required(m.source));
                case "leads" -> writeDepartments(json, f, required(m.prefetchedLeads));
                case "supporters" -> writeDepartments(json, f, required(m.prefetchedSupporters));
                case "indicators" -> {
                    json.writeStartArray(f.key);
                    for (Indicator i : required(m.prefetchedIndicators)) {
                        writeIndicator(json, i, f.children);
                    }
                    json.writeEnd();
                }
                case "document" -> writeDocument(json, f.key, required(m.prefetchedDocument), f.children, null);
                default -> throw new NotCompiled("Measure." + f.name);
            }
        }
        json.writeEnd();
    }

    private static void writeSource(JsonGenerator json, CompiledSelection field, Source source) {
        json.writeStartObject(field.key);
        for (CompiledSelection f : field.children) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "Source");
                case "location" -> json.write(f.key, required(source.location));
                case "quote" -> json.write(f.key, required(source.quote));
                default -> throw new NotCompiled("Source." + f.name);
            }
        }
        json.writeEnd();
    }

    private static void writeDepartments(JsonGenerator json, CompiledSelection field, List<Department> departments) {
        json.writeStartArray(field.key);
        for (Department d : departments) {
            writeDepartment(json, null, d, field.children, null);
        }
        json.writeEnd();
    }

    private static void writeIndicator(JsonGenerator json, Indicator i, List<CompiledSelection> fields) {
        json.writeStartObject();
        for (CompiledSelection f : fields) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "Indicator");
                case "id" -> json.write(f.key, required(i.getId()));
                case "name" -> json.write(f.key, required(i.name));
                case "value" -> number(json, f.key, i.value);
                case "valueMax" -> number(json, f.key, i.valueMax);
                case "unit" -> string(json, f.key, i.unit);
                case "year" -> {
                    if (i.year == null) {
                        json.writeNull(f.key);
                    } else {
                        json.write(f.key, i.year);
                    }
                }
                case "kind" -> json.write(f.key, required(i.kind).name());
                case "comparator" -> json.write(f.key, required(i.comparator).name());
                case "aspirational" -> json.write(f.key, i.aspirational);
                case "source" -> writeSource(json, f, required(i.source));
                default -> throw new NotCompiled("Indicator." + f.name);
            }
        }
        json.writeEnd();
    }

    private static void number(JsonGenerator json, String key, Double value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    /** A department; {@code leads} the page of measures it leads, when selected (null otherwise). */
    static void writeDepartment(JsonGenerator json, String key, Department d, List<CompiledSelection> fields,
            List<Measure> leads) {
        if (d == null) {
            writeNull(json, key);
            return;
        }
        start(json, key);
        for (CompiledSelection f : fields) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "Department");
                case "id" -> json.write(f.key, required(d.getId()));
                case "name" -> json.write(f.key, required(d.name));
                case "aliases" -> {
                    json.writeStartArray(f.key);
                    required(d.aliases).forEach(alias -> json.write(required(alias)));
                    json.writeEnd();
                }
                case "level" -> string(json, f.key, d.level);
                case "leads" -> writeMeasureNodes(json, f, required(leads));
                default -> throw new NotCompiled("Department." + f.name);
            }
        }
        json.writeEnd();
    }

    static void writeSearchHit(JsonGenerator json, SearchHit hit, List<CompiledSelection> fields) {
        json.writeStartObject();
        for (CompiledSelection f : fields) {
            switch (f.name) {
                case "__typename" -> json.write(f.key, "SearchHit");
                case "score" -> json.write(f.key, hit.score);
                case "kind" -> json.write(f.key, required(hit.kind).name());
                case "id" -> json.write(f.key, required(hit.id));
                case "snippet" -> json.write(f.key, required(hit.snippet));
                case "measure" -> writeMeasure(json, f.key, hit.matchedMeasure, f.children);
                default -> throw new NotCompiled("SearchHit." + f.name);
            }
        }
        json.writeEnd();
    }

    private static void start(JsonGenerator json, String key) {
        if (key == null) {
            json.writeStartObject();
        } else {
            json.writeStartObject(key);
        }
    }

    private static void writeNull(JsonGenerator json, String key) {
        if (key == null) {
            json.writeNull();
        } else {
            json.writeNull(key);
        }
    }

    private static void string(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    /** A value the schema declares non-null: when absent, the engine reports an error, so it must answer. */
    private static <T> T required(T value) {
        if (value == null) {
            throw new NotCompiled("a non-null field has no value");
        }
        return value;
    }
}
