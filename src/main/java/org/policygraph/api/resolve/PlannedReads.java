package org.policygraph.api.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.neo4j.driver.Record;
import org.policygraph.read.plan.Filters;
import org.policygraph.read.plan.Page;
import org.policygraph.api.facet.FacetScope;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.api.schema.MeasureFilter;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.GraphReads;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;
import org.policygraph.read.shape.FieldShape;
import org.policygraph.read.shape.Shapes;

/**
 * The engine's side of the read plan (read.plan). A root field reads itself and whatever the query selects under it
 * in one statement; the nested fields' resolvers then take their values from the rows their parents were read from,
 * by field name — one mechanism for every field. Where the plan could not fold a field into its parent's statement
 * (a connection under a connection, a parent read by another statement), the field is read for the whole batch of
 * parents by one statement derived from the same shape.
 */
@ApplicationScoped
public class PlannedReads {

    @Inject
    GraphQueries graph;

    @Inject
    Context context;

    @Inject
    Instance<GraphQLSchema> schemas;

    private volatile ReadPlanner planner;

    /**
     * The current root field's value (null, a row or a list of rows), read with everything selected under it; a
     * refused argument is thrown here, at the resolver's field, as the planner found it. Non-blocking: the
     * statement runs on the driver's async API and the value completes on this request's Vert.x context, so a root
     * resolver holds no worker thread and no event loop's lane of blocking resolvers while Neo4j answers
     * (quarkusio/quarkus#54361: SmallRye GraphQL on Quarkus 3.34 runs one blocking resolver at a time per event loop).
     */
    CompletionStage<Object> root() throws GraphQLException {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        Selection root = new Selection(env.getField().getResultKey(), env.getField().getName(), env.getArguments(),
                Selection.of(env.getSelectionSet()));
        ReadPlan plan;
        try {
            plan = planner().planRoot(root);
        } catch (Selection.NotPlanned notPlanned) {
            if (notPlanned.getCause() instanceof GraphQLException refused) {
                throw refused;
            }
            throw notPlanned;
        }
        return onThisContext(graph.statementAsync(plan.cypher(), plan.parameters())
                .thenApply(records -> plan.finish(records.get(0).asMap()).get("r0")));
    }

    /** A root field's row as {@code mapper} makes it, or null. */
    @SuppressWarnings("unchecked")
    <T> CompletionStage<T> one(Function<Map<String, Object>, T> mapper) throws GraphQLException {
        return root().thenApply(value -> value == null ? null : mapper.apply((Map<String, Object>) value));
    }

    /** A root field's list of rows. */
    <T> CompletionStage<List<T>> list(Function<Map<String, Object>, T> mapper) throws GraphQLException {
        return root().thenApply(value -> maps(value).stream().map(mapper).toList());
    }

    /** A root connection ({total, page}) as {@code connection} makes it of the items {@code mapper} makes. */
    @SuppressWarnings("unchecked")
    <T, C> CompletionStage<C> page(Function<Map<String, Object>, T> mapper,
            BiFunction<List<T>, Long, C> connection) throws GraphQLException {
        return root().thenApply(value -> connection.apply(maps(((Map<String, Object>) value).get("page")).stream()
                .map(mapper).toList(), ((Number) ((Map<String, Object>) value).get("total")).longValue()));
    }

    /**
     * {@code stage}, completing on the caller's Vert.x (duplicated) context, as the engine expects of a resolver's
     * value: the driver completes it on its own I/O thread, where nothing may block.
     */
    private static <T> CompletionStage<T> onThisContext(CompletionStage<T> stage) {
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx == null) {
            return stage;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        stage.whenComplete((value, error) -> vertx.runOnContext(ignored -> {
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(GraphReads.cause(error));
            }
        }));
        return result;
    }

    /** For each parent, the current field's list, as {@code mapper} makes its items. */
    <P, T> List<List<T>> lists(List<P> parents, Function<P, Map<String, Object>> row, Function<P, String> key,
            Function<Map<String, Object>, T> mapper) throws GraphQLException {
        return values(parents, row, key).stream().map(v -> maps(v).stream().map(mapper).toList()).toList();
    }

    /** For each parent, the current field's object (or null), as {@code mapper} makes it. */
    @SuppressWarnings("unchecked")
    <P, T> List<T> ones(List<P> parents, Function<P, Map<String, Object>> row, Function<P, String> key,
            Function<Map<String, Object>, T> mapper) throws GraphQLException {
        return values(parents, row, key).stream().map(v -> v == null ? null : mapper.apply((Map<String, Object>) v))
                .toList();
    }

    /** For each parent, the current field's page of measures, with what it matched (for its facets). */
    @SuppressWarnings("unchecked")
    <P> List<MeasureConnection> measurePages(List<P> parents, Function<P, Map<String, Object>> row,
            Function<P, String> key, MeasureFilter filter, Integer first, String after) throws GraphQLException {
        Page page = Page.of(first, after); // refused arguments are reported here, at this field
        CypherParams params = new CypherParams();
        String where = Filters.measureWhere(filter, params);
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        Anchor anchor = ((FieldShape.MeasurePage) Shapes.field(parentType(env), env.getField().getName())).anchor();
        List<Object> values = values(parents, row, key);
        List<MeasureConnection> connections = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            Map<String, Object> value = (Map<String, Object>) values.get(i);
            List<Measure> items = value == null ? List.of() : maps(value.get("page")).stream().map(Measure::from).toList();
            long total = value == null ? 0 : ((Number) value.get("total")).longValue();
            MeasureConnection connection = MeasureConnection.of(page, items, total);
            connection.facetScope = FacetScope.ofMeasures(anchor, where, params, key.apply(parents.get(i)));
            connections.add(connection);
        }
        return connections;
    }

    /** Whole objects of {@code type} by their keys, in the keys' order (null where there is none): one statement. */
    <T> List<T> byKeys(String type, List<String> keys, Function<Map<String, Object>, T> mapper) throws GraphQLException {
        return graph.onePerId(planner().planByKeys(type), keys, "item", mapper);
    }

    /** {@code v {…}}: every value of the {@code type} bound to {@code v}, for a statement template's slot. */
    public String whole(String type, String v) {
        return planner().whole(type, v);
    }

    /**
     * For each parent, the current field's value as the parent's row holds it; the parents whose rows lack it are
     * read by one statement from the field's shape.
     */
    private <P> List<Object> values(List<P> parents, Function<P, Map<String, Object>> row, Function<P, String> key)
            throws GraphQLException {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        String field = env.getField().getName();
        Object[] values = new Object[parents.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            Map<String, Object> r = row.apply(parents.get(i));
            if (r != null && r.containsKey(field)) {
                values[i] = r.get(field);
            } else {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            Selection selection = new Selection(field, field, env.getArguments(), Selection.of(env.getSelectionSet()));
            ReadPlan plan = planner().planField(parentType(env), selection);
            Map<String, Object> parameters = new HashMap<>(plan.parameters());
            parameters.put("ids", new ArrayList<>(new LinkedHashSet<>(
                    missing.stream().map(i -> String.valueOf(key.apply(parents.get(i)))).toList())));
            Map<String, Object> byKey = new HashMap<>();
            for (Record record : graph.statement(plan.cypher(), parameters)) {
                byKey.put(record.get("id").asString(), record.get("value").asObject());
            }
            for (int i : missing) {
                values[i] = byKey.get(String.valueOf(key.apply(parents.get(i))));
            }
        }
        return Arrays.asList(values);
    }

    private static String parentType(DataFetchingEnvironment env) {
        return ((GraphQLObjectType) env.getParentType()).getName();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        List<Map<String, Object>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    maps.add((Map<String, Object>) item);
                }
            }
        }
        return maps;
    }

    private ReadPlanner planner() {
        ReadPlanner p = planner;
        if (p == null) {
            planner = p = new ReadPlanner(schemas.get());
        }
        return p;
    }
}
