package org.policygraph.read.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.policygraph.api.schema.DepartmentFilter;
import org.policygraph.api.schema.IndicatorFilter;
import org.policygraph.api.schema.IndicatorOrder;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.api.schema.MeasureOrder;
import org.policygraph.graph.CypherConditions;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.graph.MeasureConditions;
import org.policygraph.graph.NameLookup;
import org.policygraph.read.plan.ReadPlanner.Build;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLList;

/**
 * How each root field the plan answers finds its value: the Cypher that binds it (by key, by name or alias, a list,
 * a page, a full-text search), with its arguments validated (a refused one is a {@link Selection.NotPlanned} whose
 * cause the engine's resolver reports). The rest of the statement — what is selected under it — comes from the shapes.
 */
final class RootFields {

    private RootFields() {
    }

    /** Work after the statement: a search hit's snippet is cut from the matched text in Java. */
    public record Finish(String column, FullTextQuery query) {
    }

    /** The subquery body for {@code root}, ending in {@code RETURN … AS out}. */
    static String body(ReadPlanner planner, Build build, Selection root, String out) {
        try {
            return switch (root.name()) {
                case "document" -> byKey(planner, build, root, out, "Document", "id");
                case "measure" -> byKey(planner, build, root, out, "Measure", "id");
                case "section" -> byKey(planner, build, root, out, "Section", "id");
                // several places' bodies may share a name (市商务局 of 武汉市, curated, and of 连云港市, uncurated): the
                // curated one answers, then the first by id, so the answer never depends on the store's order
                case "department" -> byName(planner, build, root, out, "Department",
                        ", CASE WHEN coalesce({v}.curated, true) THEN 0 ELSE 1 END, {v}.id");
                case "park" -> byName(planner, build, root, out, "Park", "");
                case "initiative" -> byName(planner, build, root, out, "Initiative", "");
                case "metric" -> byName(planner, build, root, out, "Metric", ", {v}.id");
                case "genericActor" -> byName(planner, build, root, out, "GenericActor", ", {v}.id");
                case "genericActors" -> genericActors(planner, build, root, out);
                case "documents" -> all(planner, build, root, out, "Document", "WHERE NOT {v}.external",
                        "{v}.issuedOn, {v}.id");
                case "initiatives" -> all(planner, build, root, out, "Initiative", "", "{v}.name");
                case "metrics" -> all(planner, build, root, out, "Metric", "", "{v}.name, {v}.id");
                case "measures" -> measures(planner, build, root, out);
                case "indicators" -> indicators(planner, build, root, out);
                case "departments" -> departments(planner, build, root, out);
                case "parks" -> parks(planner, build, root, out);
                case "search" -> search(planner, build, root, out);
                default -> throw new Selection.NotPlanned("root field " + root.name());
            };
        } catch (GraphQLException invalid) {
            throw new Selection.NotPlanned("the resolver refuses an argument: " + invalid.getMessage(), invalid);
        }
    }

    /** document(id), measure(id), section(id): a global id or the bare key. */
    private static String byKey(ReadPlanner planner, Build build, Selection root, String out, String type,
            String argument) throws GraphQLException {
        String key = GlobalId.key(type, Filters.text(argument, required(root.string(argument))));
        String v = build.variable();
        StringBuilder body = new StringBuilder("OPTIONAL MATCH (" + v + ":" + type + " {id: " + build.params.bind(key)
                + "})\n");
        return node(planner, build, root, out, type, v, body);
    }

    /**
     * department(name), park(name), …: the canonical name first, then any alias ({@link NameLookup}); with a
     * {@code place} (department, park), only the bodies that place's plans may mean, the most specific place first.
     */
    private static String byName(ReadPlanner planner, Build build, Selection root, String out, String type,
            String tiebreak) throws GraphQLException {
        String v = build.variable();
        NameLookup.Clause named = NameLookup.nodesNamed(build.params, type,
                Filters.text("name", required(root.string("name"))), v);
        String place = Filters.place(root.string("place"));
        String ofPlace = place == null ? ""
                : "\n  WITH " + v + " WHERE " + NameLookup.ofPlace(build.params, v, place);
        String placeFirst = place == null ? "" : ", " + NameLookup.placeSpecificity(v) + " DESC";
        StringBuilder body = new StringBuilder("WITH head(COLLECT {\n  " + named.cypher() + ofPlace + "\n  RETURN " + v
                + " ORDER BY " + named.aliasRank(v) + placeFirst + tiebreak.replace("{v}", v) + " LIMIT 1\n}) AS " + v
                + "\n");
        return node(planner, build, root, out, type, v, body);
    }

    private static String node(ReadPlanner planner, Build build, Selection root, String out, String type, String v,
            StringBuilder body) {
        Map<String, String> pages = planner.pageCalls(build, type, v, root.children(), body);
        body.append("RETURN ").append(planner.projection(build, type, v, root.children(), 1, pages)).append(" AS ")
                .append(out);
        return body.toString();
    }

    /** documents, initiatives, metrics: every node of the type, in order. */
    private static String all(ReadPlanner planner, Build build, Selection root, String out, String type,
            String where, String order) {
        String v = build.variable();
        StringBuilder body = new StringBuilder("MATCH (" + v + ":" + type + ")" + (where.isEmpty() ? "" : " ")
                + where.replace("{v}", v) + "\nWITH " + v + " ORDER BY " + order.replace("{v}", v) + "\n");
        Map<String, String> pages = planner.pageCalls(build, type, v, root.children(), body);
        body.append("RETURN collect(").append(planner.projection(build, type, v, root.children(), 1, pages))
                .append(") AS ").append(out);
        return body.toString();
    }

    /** genericActors(kind): every generic actor, or those of one kind, by name. */
    private static String genericActors(ReadPlanner planner, Build build, Selection root, String out) {
        Object kind = root.arguments().get("kind"); // an enum: its name, from the engine or the parsed operation
        String where = kind == null ? "" : "WHERE {v}.kind = " + build.params.bind(kind.toString());
        return all(planner, build, root, out, "GenericActor", where, "{v}.name, {v}.id");
    }

    private static String measures(ReadPlanner planner, Build build, Selection root, String out)
            throws GraphQLException {
        MeasureFilter filter = Inputs.object(root.arguments().get("filter"), MeasureFilter.class);
        List<MeasureOrder> order = Inputs.list(root.arguments().get("orderBy"), MeasureOrder.class);
        if (order == null || order.isEmpty()) {
            // The default order is the measures' own page keys (V0045): as a parent's measures, from the key index.
            return planner.measurePage(build, MeasureConditions.Anchor.ALL, false, filter, List.of(root), null, out);
        }
        return rootPage(planner, build, root, out, "Measure", "m", "(m:Measure)", Filters.measureWhere(filter,
                build.params), Filters.measureOrder(order), false, null);
    }

    private static String indicators(ReadPlanner planner, Build build, Selection root, String out)
            throws GraphQLException {
        IndicatorFilter filter = Inputs.object(root.arguments().get("filter"), IndicatorFilter.class);
        List<IndicatorOrder> order = Inputs.list(root.arguments().get("orderBy"), IndicatorOrder.class);
        String where = Filters.indicatorWhere(filter, build.params);
        if (Filters.indicatorsCountedByKindAndYear(filter)) {
            // Counted from the stored counts per kind and year (seed/measure-counts): a few nodes summed, however
            // many indicators match; the filter's conditions hold on IndicatorCount's kind and year as they are.
            String storedTotal = "head(COLLECT { MATCH (i:IndicatorCount) WHERE " + where + " RETURN sum(i.count) AS n })";
            if (Filters.yearBounded(filter) && (order == null || order.isEmpty())) {
                Map<String, String> slots = rootSlots(planner, build, root, out, "Indicator", "i", storedTotal);
                slots.put("WHERE", where);
                slots.put("SKIP", build.params.bind(build.pages.get(root).skip()));
                return CypherTemplate.fill("plan/indicator-page-by-kind-and-year", slots);
            }
            return rootPage(planner, build, root, out, "Indicator", "i", "(i:Indicator)", where,
                    Filters.indicatorOrder(order), true, storedTotal);
        }
        if (Filters.indicatorsByKindAndYear(filter)) {
            // With other conditions too: the kind/year index serves a count of its own and the page's seek.
            where = CypherConditions.allOf(List.of(where,
                    "i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL"));
            return rootPage(planner, build, root, out, "Indicator", "i", "(i:Indicator)", where,
                    Filters.indicatorOrder(order), true, null);
        }
        return rootPage(planner, build, root, out, "Indicator", "i", "(i:Indicator)", where,
                Filters.indicatorOrder(order), false, null);
    }

    private static String departments(ReadPlanner planner, Build build, Selection root, String out)
            throws GraphQLException {
        DepartmentFilter filter = Inputs.object(root.arguments().get("filter"), DepartmentFilter.class);
        return rootPage(planner, build, root, out, "Department", "d", "(d:Department)",
                Filters.departmentWhere(filter, build.params), "d.name, d.id", true, null);
    }

    private static String parks(ReadPlanner planner, Build build, Selection root, String out) {
        return rootPage(planner, build, root, out, "Park", "p", "(p:Park)", CypherConditions.always(),
                "p.name, p.id", true, null);
    }

    /**
     * A root connection: counted in the same scan as its page, or ({@code countApart}) apart: by
     * {@code storedTotal} when not null (an expression reading stored counts), else by a count of its own that an
     * index can serve; counted only when totalCount or pageInfo is selected.
     */
    private static String rootPage(ReadPlanner planner, Build build, Selection root, String out, String type,
            String v, String match, String where, String order, boolean countApart, String storedTotal) {
        String countOfItsOwn = countApart ? storedTotal != null ? storedTotal
                : "COUNT { MATCH " + match + " WHERE " + where + " }" : null;
        Map<String, String> slots = rootSlots(planner, build, root, out, type, v, countOfItsOwn);
        String total = slots.remove("TOTAL");
        return planner.page(build, v, match, where, order, total.isEmpty() ? null : total, slots, build.pages.get(root));
    }

    /**
     * The slots every root page fills: PARENT_ID, OUT, PROPERTIES, LIMIT, and TOTAL — -1 when neither totalCount nor
     * pageInfo is selected, else {@code count}, or empty when the page's own scan counts ({@code count} null).
     */
    private static Map<String, String> rootSlots(ReadPlanner planner, Build build, Selection root, String out,
            String type, String v, String count) {
        Page page = ReadPlanner.page(root);
        build.pages.put(root, page);
        ReadPlanner.Connection selected = ReadPlanner.Connection.of(List.of(root), build.lenient);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("PARENT_ID", "''");
        slots.put("OUT", out);
        slots.put("PROPERTIES", String.join(", ", entries(planner, build, type, v, selected.nodes())));
        slots.put("LIMIT", build.params.bind(page.limit()));
        slots.put("TOTAL", !selected.counted() ? "-1" : count == null ? "" : count);
        return slots;
    }

    private static List<String> entries(ReadPlanner planner, Build build, String type, String v,
            List<Selection> nodes) {
        return planner.entries(build, type, v, nodes, 2, Map.of()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** search(text, first): hits in descending score, each with the matched node read as the selection asks. */
    private static String search(ReadPlanner planner, Build build, Selection root, String out)
            throws GraphQLException {
        FullTextQuery query = FullTextQuery.of(Filters.text("text", required(root.string("text"))));
        Integer first = root.integer("first");
        int limit = Page.of(first == null ? 10 : first, null).limit(); // 10 unless asked, within the bounds of every page
        String v = build.variable();
        build.finishes.add(new Finish(out, query));
        return "CALL db.index.fulltext.queryNodes('text_search', " + build.params.bind(query.lucene()) + ", {limit: "
                + build.params.bind(limit) + "})\nYIELD node AS " + v + ", score\nWITH " + v + ", score ORDER BY score DESC, "
                + v + ".id\nRETURN collect({" + String.join(", ", entries(planner, build, "SearchHit", v,
                        root.children())) + "}) AS " + out;
    }

    private static String required(String value) {
        if (value == null) {
            throw new Selection.NotPlanned("a required argument is null");
        }
        return value;
    }

    /** Whether a root field's value is a list (of objects), as the schema says. */
    static boolean isList(GraphQLObjectType query, String field) {
        return ReadPlanner.unwrapNonNull(query.getFieldDefinition(field).getType()) instanceof GraphQLList;
    }
}
