package org.policygraph.api.resolve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.policygraph.cache.BoundedCache;
import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.graph.GraphAvailability;
import org.policygraph.graph.GraphReads;
import org.policygraph.read.json.JsonAnswer;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;

import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;

/**
 * Query operations answered without the GraphQL engine: the read plan (read.plan) turns the operation's root fields
 * and everything selected under them into one Cypher statement, run on the driver's asynchronous API without a
 * worker thread, and the JSON answer is written from the shapes (read.json). The engine costs more CPU per field than
 * Neo4j spends on the whole statement (BENCHMARKS.md).
 *
 * <p>It answers only what it can answer exactly as the engine would; everything else goes to the engine unchanged:
 * a field the shapes do not declare (facets, responsibilities, a metric's series, node(id) …), fragments, directives, a
 * variable left to its default, a value the resolver would refuse (page bounds, search text), a non-null field
 * without a value, and any failure of Neo4j — the engine then reports it with the usual error.
 * {@code policy-graph.graphql.compiled.enabled=false} switches it off.
 */
@ApplicationScoped
public class CompiledQueries {

    @Inject
    GraphReads reads;

    @Inject
    GraphAvailability availability;

    @Inject
    Instance<GraphQLSchema> schemas;

    boolean enabled;

    int maxDepth;

    @Inject
    void configure(PolicyGraphConfig config) {
        enabled = config.graphql().compiled().enabled();
        maxDepth = config.graphql().maxDepth();
    }

    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong planned = new AtomicLong();

    /**
     * Plans by operation and variables: a plan depends on nothing else, and frontends repeat the same operation with
     * the same variables (a page, a detail view), so each is planned once. The operation is keyed by identity: the
     * parsed document stays the same object while {@code GraphQLDocuments} keeps it. Operations the engine must run
     * are kept too (as empty), so they are not planned again either.
     */
    private record PlanKey(OperationDefinition operation, Map<String, Object> variables) {
    }

    private static final int PLAN_CACHE_SIZE = 1000;

    private final BoundedCache<PlanKey, Optional<Compiled>> plans = new BoundedCache<>(PLAN_CACHE_SIZE);

    /** A planned operation: its statement, and how its answer is written. */
    public record Compiled(ReadPlan plan, JsonAnswer.Writer answer) {
    }

    private volatile ReadPlanner planner;
    private volatile JsonAnswer answer;

    /** The plan of a validated query operation with its variables, or empty when the engine must run it. */
    public Optional<Compiled> plan(OperationDefinition operation, Map<String, Object> variables) {
        if (!enabled || operation.getOperation() != OperationDefinition.Operation.QUERY
                || !operation.getDirectives().isEmpty()) {
            return Optional.empty();
        }
        if (!availability.available()) {
            // Neo4j is known to be down: the statement could not run, and the engine answers DATABASE_UNAVAILABLE
            // per field anyway (as after any failure). Planning it first only took CPU from a restarting Neo4j.
            return Optional.empty();
        }
        // A copy: the key must not change with the request's map. No variables and an empty map plan alike.
        PlanKey key = new PlanKey(operation,
                variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables)));
        Optional<Compiled> kept = plans.get(key);
        if (kept == null) {
            kept = planned(operation, variables);
            plans.put(key, kept);
        }
        return kept;
    }

    private Optional<Compiled> planned(OperationDefinition operation, Map<String, Object> variables) {
        planned.incrementAndGet();
        try {
            List<Selection> roots = Selection.of(operation.getSelectionSet(), variables);
            if (roots.stream().anyMatch(root -> root.depth() >= maxDepth)) {
                return Optional.empty(); // the engine's depth limit decides
            }
            ReadPlan plan = planner().plan(roots);
            return Optional.of(new Compiled(plan, answer.prepare(plan)));
        } catch (Selection.NotPlanned notPlanned) {
            return Optional.empty();
        }
    }

    /**
     * Runs a plan: completes with the JSON response body, or exceptionally — a value outside what the plan answers,
     * or any failure of Neo4j — and then the caller hands the request to the engine.
     */
    public CompletionStage<String> execute(Compiled compiled) {
        try {
            ReadPlan plan = compiled.plan();
            return reads.runAsync(plan.cypher(), plan.parameters()).thenApply(records -> {
                Record record = records.get(0);
                String json = compiled.answer().write(plan.finish(record.asMap()));
                answered.incrementAndGet();
                return json;
            });
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Operations planned (or found to be the engine's) since start-up: each operation and variables once. */
    public long planned() {
        return planned.get();
    }

    /** Requests answered without the engine since start-up. */
    public long answered() {
        return answered.get();
    }

    private ReadPlanner planner() {
        ReadPlanner p = planner;
        if (p == null) {
            GraphQLSchema schema = schemas.get();
            answer = new JsonAnswer(schema);
            planner = p = new ReadPlanner(schema);
        }
        return p;
    }
}
