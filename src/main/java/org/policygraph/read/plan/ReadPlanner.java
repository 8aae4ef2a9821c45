package org.policygraph.read.plan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.graph.MeasureConditions;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.read.shape.FieldShape;
import org.policygraph.read.shape.Shapes;
import org.policygraph.read.shape.TypeShape;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * From a query's selection to one Cypher statement, by the shapes (read.shape): each selected field becomes an entry
 * of a map projection — a property expression, a COLLECT subquery for a related type, a page subquery for a
 * connection — so a root field and everything under it come in one statement. Values travel as parameters.
 *
 * <p>Strict (the engine-free path): anything the shapes do not declare, or an argument the resolver would refuse,
 * makes the whole operation {@link Selection.NotPlanned}, and the engine answers it. Lenient (the engine's root
 * resolvers): such a field is left out, and its resolver reads it by itself.
 */
public final class ReadPlanner {

    /** Connections read by a page subquery, by the field of their parent: connections deeper down are read alone. */
    private static final int PAGE_DEPTH = 1;

    private final GraphQLSchema schema;

    public ReadPlanner(GraphQLSchema schema) {
        this.schema = schema;
    }

    /** The statement for the root fields of a query operation (strict). */
    public ReadPlan plan(List<Selection> roots) {
        Build build = new Build(false);
        StringBuilder cypher = new StringBuilder();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            String out = "r" + i;
            String body = RootFields.body(this, build, roots.get(i), out);
            cypher.append("CALL () {\n").append(indent(body)).append("}\n");
            columns.add(out);
        }
        cypher.append("RETURN ").append(String.join(", ", columns));
        return new ReadPlan(cypher.toString(), build.params.values(), roots, build.pages, build.finishes);
    }

    /** The statement for one root field the engine resolves (lenient): its value in column {@code r0}. */
    public ReadPlan planRoot(Selection root) {
        Build build = new Build(true);
        String body = RootFields.body(this, build, root, "r0");
        return new ReadPlan("CALL () {\n" + indent(body) + "}\nRETURN r0", build.params.values(), List.of(root),
                build.pages, build.finishes);
    }

    /**
     * The statement for one field of parents of {@code type} found by their keys ({@code $ids}), for a resolver
     * the plan did not fold into its parent's statement (lenient): column {@code id}, the parent's key, and
     * {@code value}.
     */
    public ReadPlan planField(String type, Selection field) {
        TypeShape shape = Shapes.of(type);
        if (shape == null || shape.label() == null) {
            throw new Selection.NotPlanned(type + " is not read by key");
        }
        Build build = new Build(true);
        String v = build.variable();
        StringBuilder body = new StringBuilder("UNWIND $ids AS id\nOPTIONAL MATCH (" + v + ":" + shape.label()
                + " {id: id})\n");
        Map<String, String> pageColumns = pageCalls(build, type, v, List.of(field), body);
        Map<String, String> entries = entries(build, type, v, List.of(field), 1, pageColumns);
        String value = entries.get(field.name());
        if (value == null) {
            throw new Selection.NotPlanned(type + "." + field.name() + " is not in the shape");
        }
        body.append("RETURN id, ").append(value).append(" AS value");
        return new ReadPlan(body.toString(), build.params.values(), List.of(field), build.pages, build.finishes);
    }

    /**
     * The statement for whole objects of {@code type} found by their keys ({@code $ids}), as the engine's resolvers
     * take them (every value; nested fields are left to their resolvers): columns {@code id} and {@code item}, null
     * where there is none.
     */
    public String planByKeys(String type) {
        TypeShape shape = Shapes.of(type);
        if (shape == null || shape.label() == null) {
            throw new Selection.NotPlanned(type + " is not read by key");
        }
        return "UNWIND $ids AS id\nOPTIONAL MATCH (v:" + shape.label() + " {id: id})\nRETURN id, " + whole(type, "v")
                + " AS item";
    }

    /**
     * {@code v {…}}: every value of the {@code type} bound to {@code v}, as the engine's resolvers take it, for a
     * statement that reads objects by itself (a department's responsibilities, a metric's series).
     */
    public String whole(String type, String v) {
        Build build = new Build(true);
        String projection = projection(build, type, v, List.of(), 1, Map.of());
        if (!build.params.values().isEmpty()) {
            throw new IllegalStateException(type + "'s values take parameters"); // a value is fixed Cypher
        }
        return projection;
    }

    // ---- projections --------------------------------------------------------------------------------

    /** {@code v {…}}: what {@code selections} select of the {@code type} bound to {@code v}. */
    String projection(Build build, String type, String v, List<Selection> selections, int depth,
            Map<String, String> pageColumns) {
        return v + " {" + join(entries(build, type, v, selections, depth, pageColumns)) + "}";
    }

    /**
     * The map projection's entries, by field name (a field selected under several response keys is read once,
     * with the union of what they select); {@code pageColumns}: connections already read by a page subquery.
     */
    Map<String, String> entries(Build build, String type, String v, List<Selection> selections, int depth,
            Map<String, String> pageColumns) {
        TypeShape shape = Shapes.of(type);
        GraphQLObjectType objectType = schema.getObjectType(type);
        if (shape == null || objectType == null) {
            throw new Selection.NotPlanned(type + " has no shape");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        if (shape.fields().get("id") instanceof FieldShape.Value id) {
            entries.put("id", id.cypher().replace("{v}", v)); // the key: for the engine's resolvers and cursors
        }
        Map<String, List<Selection>> selected = byName(selections);
        if (build.lenient) {
            // The engine's objects are made whole (api.schema.Measure.from …): every value, selected or not.
            shape.fields().forEach((name, field) -> {
                if (field instanceof FieldShape.Value || field instanceof FieldShape.Embedded) {
                    selected.putIfAbsent(name, List.of(new Selection(name, name, Map.of(), List.of())));
                }
            });
        }
        for (Map.Entry<String, List<Selection>> named : selected.entrySet()) {
            String name = named.getKey();
            if (name.equals("__typename") || (name.equals("id") && entries.containsKey("id"))) {
                continue;
            }
            List<Selection> same = named.getValue();
            FieldShape field = shape.fields().get(name);
            String entry;
            try {
                entry = entry(build, objectType, v, name, field, same, depth, pageColumns);
            } catch (Selection.NotPlanned notPlanned) {
                if (!build.lenient) {
                    throw notPlanned;
                }
                continue; // its resolver reads it
            }
            entries.put(name, entry);
        }
        return entries;
    }

    private String entry(Build build, GraphQLObjectType parent, String v, String name, FieldShape field,
            List<Selection> same, int depth, Map<String, String> pageColumns) {
        if (field == null) {
            throw new Selection.NotPlanned(parent.getName() + "." + name + " has no shape");
        }
        List<Selection> children = same.stream().flatMap(s -> s.children().stream()).toList();
        if (field instanceof FieldShape.Value value) {
            return value.cypher().replace("{v}", v);
        }
        if (field instanceof FieldShape.Embedded embedded) {
            return "{" + join(entries(build, embedded.type(), v, children, depth + 1, Map.of())) + "}";
        }
        if (field instanceof FieldShape.Self self) {
            return "CASE WHEN " + self.condition().replace("{v}", v) + " THEN "
                    + projection(build, self.type(), v, children, depth + 1, Map.of()) + " END";
        }
        if (field instanceof FieldShape.Related related) {
            sameArguments(same);
            boolean list = unwrapNonNull(parent.getFieldDefinition(name).getType()) instanceof GraphQLList;
            String x = build.variable();
            String match = related.match().replace("{v}", v).replace("{x}", x);
            String order = related.order() == null ? "" : " WITH " + x + " ORDER BY "
                    + related.order().replace("{x}", x);
            String collect = "COLLECT { " + match + order + " RETURN "
                    + projection(build, related.type(), x, children, depth + 1, Map.of()) + (list ? "" : " LIMIT 1")
                    + " }";
            return list ? collect : "head(" + collect + ")";
        }
        String column = pageColumns.get(name);
        if (column == null) {
            throw new Selection.NotPlanned(parent.getName() + "." + name + ": a connection deeper than its parent's statement");
        }
        return column;
    }

    // ---- pages --------------------------------------------------------------------------------------

    /**
     * Page subqueries for the connections {@code selections} select of the {@code type} bound to {@code v},
     * appended to {@code body}; their columns by field name.
     */
    Map<String, String> pageCalls(Build build, String type, String v, List<Selection> selections,
            StringBuilder body) {
        Map<String, String> columns = new LinkedHashMap<>();
        TypeShape shape = Shapes.of(type);
        if (shape == null) {
            return columns;
        }
        for (Map.Entry<String, List<Selection>> named : byName(selections).entrySet()) {
            if (!(shape.fields().get(named.getKey()) instanceof FieldShape.MeasurePage page)) {
                continue;
            }
            try {
                Selection connection = sameArguments(named.getValue());
                MeasureFilter filter = Inputs.object(connection.arguments().get("filter"), MeasureFilter.class);
                String column = build.column();
                String call = measurePage(build, page.anchor(), page.documentOrder(), filter, named.getValue(), v,
                        column);
                body.append("CALL (").append(v).append(") {\n").append(indent(call)).append("}\n");
                columns.put(named.getKey(), column);
            } catch (Selection.NotPlanned notPlanned) {
                if (!build.lenient) {
                    throw notPlanned;
                }
            }
        }
        return columns;
    }

    /**
     * A page of measures of the parent node bound to {@code parent} (null for the root list, {@link Anchor#ALL}), as
     * plan/measure-page-keyed where the anchor has page keys and the order is theirs, else by a sort; counted only
     * when totalCount or pageInfo is selected: without a filter in O(1) from the parent (its stored count or degree:
     * {@link Anchor#total}), with one by every match — but for the root list filtered by hasIndicator alone, whose
     * matches are a stored facet list ({@link MeasureConditions#hasIndicatorTotal}).
     */
    String measurePage(Build build, Anchor anchor, boolean documentOrder, MeasureFilter filter,
            List<Selection> connections, String parent, String out) {
        Selection connection = connections.get(0);
        Page page = page(connection);
        connections.forEach(c -> build.pages.put(c, page));
        Connection selected = Connection.of(connections, build.lenient);
        String where;
        try {
            where = Filters.measureWhere(filter, build.params);
        } catch (GraphQLException invalid) {
            throw new Selection.NotPlanned("the resolver refuses the filter: " + invalid.getMessage(), invalid);
        }
        boolean filtered = !where.equals(CypherConditions.always());
        // null: counted in the scan that reads the page (page-one-scan), the way to count a filter's matches unless
        // they are a stored list (the root list filtered by hasIndicator alone)
        String total = !selected.counted() ? "-1" : !filtered ? anchor.total(parent)
                : anchor == Anchor.ALL && Filters.onlyAsksHasIndicator(filter)
                        ? MeasureConditions.hasIndicatorTotal(build.params, filter.hasIndicator) : null;
        String properties = join(entries(build, "Measure", "m", selected.nodes(), PAGE_DEPTH + 1, Map.of()));
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("PARENT_ID", parent == null ? "''" : parent + ".id");
        slots.put("OUT", out);
        slots.put("PROPERTIES", properties);
        slots.put("LIMIT", build.params.bind(page.limit()));
        String indexed = anchor.indexTerms() == null ? where : CypherConditions.allOf(List.of(anchor.indexTerms(), where));
        MeasureConditions.Parents parents = anchor == Anchor.ALL && filtered ? parents(filter, build) : null;
        if (parents != null) {
            slots.put("PARENTS", parents.parents());
            slots.put("KEYED_ANCHOR", parents.anchor().keyedPattern());
            slots.put("WHERE", where);
            slots.put("AFTER", build.params.bind(page.parameters().get("after")));
            slots.put("SEEK_SKIP", build.params.bind(page.parameters().get("seekSkip")));
            slots.put("TOTAL", total != null ? total
                    : Filters.onlyNamesParents(filter) ? parents.countReached() : parents.count(where));
            return CypherTemplate.fill("plan/measure-page-by-parents", slots);
        }
        List<String> texts = anchor == Anchor.ALL && filtered && !documentOrder ? texts(filter) : null;
        if (texts != null) {
            // the measures that contain one of the texts, from their index (V0049), instead of a walk over every measure
            String candidates = MeasureConditions.textCandidates(build.params, texts);
            slots.put("CANDIDATES", candidates);
            slots.put("CAP", build.params.bind(TEXT_CANDIDATES_CAP));
            slots.put("KEYED_ANCHOR", anchor.keyedPattern());
            slots.put("WHERE", where);
            slots.put("AFTER", build.params.bind(page.parameters().get("after")));
            slots.put("SEEK_SKIP", build.params.bind(page.parameters().get("seekSkip")));
            slots.put("TOTAL", total != null ? total
                    : "head(COLLECT { " + candidates + " WITH m WHERE " + where + " RETURN count(m) AS n })");
            return CypherTemplate.fill("plan/measure-page-by-text", slots);
        }
        if (anchor.keyedPattern() != null && !documentOrder && total != null) {
            slots.put("KEYED_ANCHOR", anchor.keyedPattern());
            slots.put("KEY", anchor.key());
            slots.put("WHERE", where);
            slots.put("AFTER", build.params.bind(page.parameters().get("after")));
            slots.put("SEEK_SKIP", build.params.bind(page.parameters().get("seekSkip")));
            slots.put("TOTAL", total);
            return CypherTemplate.fill("plan/measure-page-keyed", slots);
        }
        String order = documentOrder ? MeasureConditions.orderBy(List.of(MeasureConditions.byPosition(false)))
                : Filters.measureOrder(List.of());
        return page(build, "m", anchor.pattern(), indexed, order, total, slots, page);
    }

    /**
     * Candidates a text filter reads before it falls back to walking the page keys (plan/measure-page-by-text): a
     * text with fewer matches costs O(matches); one with more is frequent enough to fill a page within a short walk.
     */
    static final int TEXT_CANDIDATES_CAP = 5_000;

    private static List<String> texts(MeasureFilter filter) {
        try {
            return Filters.measureTexts(filter);
        } catch (GraphQLException invalid) {
            throw new Selection.NotPlanned("the resolver refuses the filter: " + invalid.getMessage(), invalid);
        }
    }

    private static MeasureConditions.Parents parents(MeasureFilter filter, Build build) {
        try {
            return Filters.measureParents(filter, build.params);
        } catch (GraphQLException invalid) {
            throw new Selection.NotPlanned("the resolver refuses the filter: " + invalid.getMessage(), invalid);
        }
    }

    /**
     * A page from page-one-scan (counted, {@code total} null) or page-top-k ({@code total}: a count expression or
     * -1); {@code slots} has PARENT_ID, OUT, PROPERTIES, LIMIT.
     */
    String page(Build build, String v, String match, String where, String order, String total,
            Map<String, String> slots, Page page) {
        slots.put("V", v);
        slots.put("MATCH", match);
        slots.put("WHERE", where);
        slots.put("ORDER", order);
        slots.put("SKIP", build.params.bind(page.skip()));
        if (total == null) {
            return CypherTemplate.fill("plan/page-one-scan", slots);
        }
        slots.put("TOTAL", total);
        return CypherTemplate.fill("plan/page-top-k", slots);
    }

    static Page page(Selection connection) {
        try {
            return Page.of(connection.integer("first"), connection.string("after"));
        } catch (GraphQLException invalid) {
            throw new Selection.NotPlanned("the resolver refuses the page: " + invalid.getMessage());
        }
    }

    /** What a connection's selections (nodes, edges, pageInfo, totalCount) ask for. */
    record Connection(List<Selection> nodes, boolean counted) {
        /** {@code withFacets}: facets are counted apart (the engine's FacetFields), not refused. */
        static Connection of(List<Selection> connections, boolean withFacets) {
            List<Selection> nodes = new ArrayList<>();
            boolean counted = false;
            for (Selection connection : connections) {
                for (Selection field : connection.children()) {
                    switch (field.name()) {
                        case "nodes" -> nodes.addAll(field.children());
                        case "edges" -> field.children().stream().filter(e -> e.name().equals("node"))
                                .forEach(node -> nodes.addAll(node.children()));
                        case "totalCount", "pageInfo" -> counted = true;
                        case "__typename" -> {
                        }
                        case "facets" -> {
                            if (!withFacets) {
                                throw new Selection.NotPlanned("facets are counted by the engine's FacetFields");
                            }
                        }
                        default -> throw new Selection.NotPlanned("connection field " + field.name());
                    }
                    if (field.name().equals("edges")) {
                        for (Selection edge : field.children()) {
                            if (!List.of("node", "cursor", "__typename").contains(edge.name())) {
                                throw new Selection.NotPlanned("edge field " + edge.name());
                            }
                        }
                    }
                }
            }
            return new Connection(nodes, counted);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** The selections with the same field name must agree on their arguments: one read serves them all. */
    static Selection sameArguments(List<Selection> same) {
        Selection first = same.get(0);
        for (Selection other : same) {
            if (!Objects.equals(other.arguments(), first.arguments())) {
                throw new Selection.NotPlanned(first.name() + " with two sets of arguments");
            }
        }
        return first;
    }

    static Map<String, List<Selection>> byName(List<Selection> selections) {
        Map<String, List<Selection>> byName = new LinkedHashMap<>();
        for (Selection s : selections) {
            byName.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(s);
        }
        return byName;
    }

    GraphQLSchema schema() {
        return schema;
    }

    GraphQLFieldDefinition rootField(String name) {
        GraphQLFieldDefinition field = schema.getQueryType().getFieldDefinition(name);
        if (field == null) {
            throw new Selection.NotPlanned("no root field " + name);
        }
        return field;
    }

    static GraphQLType unwrapNonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    }

    private static String join(Map<String, String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(name).append(": ").append(value);
        });
        return out.toString();
    }

    static String indent(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n")) {
            if (!line.startsWith("//")) {
                out.append("  ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** One statement being built: its parameters, variable names and the pages it reads. */
    static final class Build {
        final boolean lenient;
        final CypherParams params = new CypherParams();
        final IdentityHashMap<Selection, Page> pages = new IdentityHashMap<>();
        final List<RootFields.Finish> finishes = new ArrayList<>();
        private int variables;
        private int columns;

        Build(boolean lenient) {
            this.lenient = lenient;
        }

        String variable() {
            return "n" + variables++;
        }

        String column() {
            return "c" + columns++;
        }
    }
}
