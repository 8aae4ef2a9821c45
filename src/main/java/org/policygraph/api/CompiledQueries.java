package org.policygraph.api;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;

import org.eclipse.microprofile.graphql.GraphQLException;
import org.policygraph.cache.BoundedCache;
import org.policygraph.config.PolicyGraphConfig;
import org.neo4j.driver.Record;
import org.policygraph.api.CompiledSelection.NotCompiled;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.graph.GraphReads;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.graph.MeasurePrefetch;
import org.policygraph.graph.MeasureProperties;
import org.policygraph.graph.PageParent;

import graphql.language.OperationDefinition;
import io.quarkus.jsonp.JsonProviderHolder;

/**
 * The hottest reads answered without the GraphQL engine: a plan with its first measures
 * ({@code document(id) { … measures(first, after) { nodes { … leads … document … } } }}), what a department leads
 * ({@code department(name) { … leads(first, after) { nodes { … } } }}) and full-text search
 * ({@code search(text, first) { … measure { … } }}). Such an operation is compiled once per query text into the
 * same single Cypher statement the resolvers would send and a writer of its JSON answer, then served without a
 * worker thread (the driver's asynchronous API). The engine costs more CPU per field than Neo4j spends on the
 * whole statement (BENCHMARKS.md).
 *
 * <p>It answers only what it can answer exactly as the engine would; everything else goes to the engine
 * unchanged: any other field, fragments, directives, a variable left to its default, a value the resolver would
 * refuse (page bounds, search text), a non-null field without a value, and any failure of Neo4j — the engine then
 * reports it with the usual error. {@code policy-graph.graphql.compiled.enabled=false} switches it off.
 */
@ApplicationScoped
public class CompiledQueries {

    private static final int CACHE_SIZE = 1000;

    @Inject
    GraphReads reads;

    boolean enabled;

    int maxDepth;

    @Inject
    void configure(PolicyGraphConfig config) {
        enabled = config.graphql().compiled().enabled();
        maxDepth = config.graphql().maxDepth();
    }

    private final AtomicLong answered = new AtomicLong();

    /** A cache key: the operation is the same for the same text and operation name. */
    private record Key(String query, String operationName) {
    }

    private final BoundedCache<Key, Optional<CompiledQuery>> compiled = new BoundedCache<>(CACHE_SIZE);

    /**
     * A query operation of one root field the compiled path answers, with its statement (fixed by the selection;
     * values travel as parameters): a parent with its page of measures, or (parent null) search.
     */
    public record CompiledQuery(CompiledSelection root, Parent parent, String statement) {
    }

    /** The root fields that find one parent and may bring its one page of measures in the same statement. */
    enum Parent {
        /** document(id) and its measures in document order. */
        DOCUMENT("id", "measures", CompiledSelection.DOCUMENT_FIELDS, Anchor.DOCUMENT, PageParent.DOCUMENT,
                "read/documents-by-id"),
        /** department(name), by name or alias, and the measures it leads (default order). */
        DEPARTMENT("name", "leads", CompiledSelection.DEPARTMENT_FIELDS, Anchor.LED_BY, PageParent.DEPARTMENT_NAMED,
                "read/department-by-name");

        final String argument;
        final String page;
        final Set<String> fields;
        final Anchor anchor;
        final PageParent inPageStatement;
        final String alone;

        Parent(String argument, String page, Set<String> fields, Anchor anchor, PageParent inPageStatement,
                String alone) {
            this.argument = argument;
            this.page = page;
            this.fields = fields;
            this.anchor = anchor;
            this.inPageStatement = inPageStatement;
            this.alone = alone;
        }

        /** The order of the page, as the nested field's resolver gives it. */
        List<MeasureOrder> order() {
            return this == DOCUMENT ? MeasurePageStatement.positionOrder() : List.of();
        }

        /** The stored key the root argument names: document(id) takes a global id or the bare key, as the engine. */
        String key(String argument) {
            return this == DOCUMENT ? GlobalId.key("Document", argument) : argument;
        }

        /** The parameters of the statement that finds the parent alone. */
        Map<String, Object> aloneParameters(String key) {
            return this == DOCUMENT ? Map.of("ids", List.of(key)) : Map.of("name", key);
        }

        void write(JsonGenerator json, CompiledSelection root, Map<String, Object> row, List<Measure> page) {
            if (this == DOCUMENT) {
                CompiledSelection.writeDocument(json, root.key(), Document.from(row), root.children(), page);
            } else {
                CompiledSelection.writeDepartment(json, root.key(), Department.from(row), root.children(), page);
            }
        }
    }

    /**
     * The compiled form of a validated query operation, or empty when the engine must run it (both kept per query
     * text and operation name).
     */
    public Optional<CompiledQuery> compile(String query, OperationDefinition operation) {
        if (!enabled || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return Optional.empty();
        }
        Key key = new Key(query, operation.getName());
        Optional<CompiledQuery> known = compiled.get(key);
        if (known == null) {
            known = Optional.ofNullable(compileOperation(operation));
            compiled.put(key, known);
        }
        return known;
    }

    private CompiledQuery compileOperation(OperationDefinition operation) {
        if (!operation.getDirectives().isEmpty()) {
            return null;
        }
        List<CompiledSelection> roots = CompiledSelection.of(operation.getSelectionSet());
        if (roots == null || roots.size() != 1) {
            return null;
        }
        CompiledSelection root = roots.get(0);
        if (root.depth() >= maxDepth) {
            return null; // the engine's depth limit decides
        }
        try {
            return switch (root.name()) {
                case "document" -> parentQuery(root, Parent.DOCUMENT);
                case "department" -> parentQuery(root, Parent.DEPARTMENT);
                case "search" -> searchShape(root) ? new CompiledQuery(root, null, searchStatement(root)) : null;
                default -> null;
            };
        } catch (NotCompiled | GraphQLException e) {
            return null;
        }
    }

    private static CompiledQuery parentQuery(CompiledSelection root, Parent parent) throws GraphQLException {
        return parentShape(root, parent) ? new CompiledQuery(root, parent, parentStatement(root, parent)) : null;
    }

    /** The parent's own fields and at most one page field (first, after) { nodes { … } }. */
    private static boolean parentShape(CompiledSelection root, Parent parent) {
        if (!root.arguments().keySet().equals(Set.of(parent.argument))) {
            return false;
        }
        if (root.children().stream().anyMatch(f -> !f.name().equals(parent.page) && !parent.fields.contains(f.name()))) {
            return false;
        }
        CompiledSelection page = CompiledSelection.single(root.children(), parent.page);
        if (page == null) {
            return true;
        }
        if (!Set.of("first", "after").containsAll(page.arguments().keySet())
                || !CompiledSelection.only(page.children(), Set.of("__typename", "nodes"))) {
            return false;
        }
        CompiledSelection nodes = CompiledSelection.single(page.children(), "nodes");
        return nodes == null || measureShape(nodes.children(), true);
    }

    /** search(text, first) with hit fields and the matched measure's own fields. */
    private static boolean searchShape(CompiledSelection search) {
        if (!Set.of("text", "first").containsAll(search.arguments().keySet())
                || !CompiledSelection.only(search.children(), CompiledSelection.SEARCH_HIT_FIELDS)) {
            return false;
        }
        CompiledSelection measure = CompiledSelection.single(search.children(), "measure");
        return measure == null || measureShape(measure.children(), false);
    }

    /**
     * A measure's fields; in a page, also its leads, supporters, indicators and document (the page statement brings
     * them along).
     */
    private static boolean measureShape(List<CompiledSelection> fields, boolean inPage) {
        for (CompiledSelection f : fields) {
            boolean ok = switch (f.name()) {
                case "source" -> CompiledSelection.only(f.children(), CompiledSelection.SOURCE_FIELDS);
                case "leads", "supporters" -> inPage
                        && CompiledSelection.only(f.children(), CompiledSelection.DEPARTMENT_FIELDS);
                case "indicators" -> inPage
                        && CompiledSelection.only(f.children(), CompiledSelection.INDICATOR_FIELDS)
                        && f.children().stream().filter(i -> i.name().equals("source"))
                                .allMatch(i -> CompiledSelection.only(i.children(), CompiledSelection.SOURCE_FIELDS));
                case "document" -> inPage && CompiledSelection.only(f.children(), CompiledSelection.DOCUMENT_FIELDS);
                default -> CompiledSelection.MEASURE_FIELDS.contains(f.name());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The parent alone: its own statement; with its page: the page statement that brings the parent along, returning
     * the measure properties the query selects, and the leads, supporters, indicators and document when selected.
     */
    private static String parentStatement(CompiledSelection root, Parent parent) throws GraphQLException {
        CompiledSelection measures = CompiledSelection.single(root.children(), parent.page);
        if (measures == null) {
            return Cypher.statement(parent.alone);
        }
        CompiledSelection nodes = CompiledSelection.single(measures.children(), "nodes");
        List<CompiledSelection> fields = nodes == null ? List.of() : nodes.children();
        Set<MeasurePrefetch> prefetches = EnumSet.noneOf(MeasurePrefetch.class);
        for (MeasurePrefetch prefetch : MeasurePrefetch.values()) {
            if (CompiledSelection.single(fields, prefetch.field) != null) {
                prefetches.add(prefetch);
            }
        }
        MeasurePageStatement page = MeasurePageStatement.of(parent.anchor, null, parent.order(), null, null, false,
                MeasureProperties.of(fields.stream().map(CompiledSelection::name).toList(), ".id"), prefetches,
                parent.inPageStatement);
        if (!page.params().values().isEmpty()) {
            throw new NotCompiled("the page statement has parameters of its own");
        }
        return CypherTemplate.fill(page.template(), page.slots());
    }

    /** read/search returning what the hits and the matched measures select (title and text: the snippet's source). */
    private static String searchStatement(CompiledSelection root) {
        CompiledSelection measure = CompiledSelection.single(root.children(), "measure");
        List<String> fields = measure == null ? List.of()
                : measure.children().stream().map(CompiledSelection::name).toList();
        return CypherTemplate.fill("read/search",
                Map.of("PROPERTIES", MeasureProperties.of(fields, ".id", ".documentId", ".title", ".text")));
    }

    /**
     * Runs a compiled query: completes with the JSON response body, or exceptionally — a value outside what the
     * compiled path answers, or any failure of Neo4j — and then the caller hands the request to the engine.
     */
    public CompletionStage<String> execute(CompiledQuery query, Map<String, Object> variables) {
        try {
            CompletionStage<String> body = query.parent() == null ? search(query, variables)
                    : parentWithPage(query, variables);
            return body.thenApply(json -> {
                answered.incrementAndGet();
                return json;
            });
        } catch (RuntimeException | GraphQLException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Requests answered by the compiled path since start-up. */
    public long answered() {
        return answered.get();
    }

    private CompletionStage<String> parentWithPage(CompiledQuery query, Map<String, Object> variables)
            throws GraphQLException {
        CompiledSelection root = query.root();
        Parent parent = query.parent();
        String key = parent.key(Filters.text(parent.argument, root.string(parent.argument, variables)));
        CompiledSelection measures = CompiledSelection.single(root.children(), parent.page);
        if (measures == null) {
            return reads.runAsync(query.statement(), parent.aloneParameters(key)).thenApply(records -> {
                Map<String, Object> row = records.isEmpty() || records.get(0).get("item").isNull() ? null
                        : records.get(0).get("item").asMap();
                return response(json -> parent.write(json, root, row, null));
            });
        }
        Page page = Page.of(measures.integer("first", variables), measures.string("after", variables));
        Map<String, Object> params = page.parameters();
        params.put("ids", List.of(key));
        return reads.runAsync(query.statement(), params).thenApply(records -> {
            Record record = records.get(0);
            Map<String, Object> row = record.get("parent").isNull() ? null : record.get("parent").asMap();
            List<Measure> items = GraphQueries.mapPage(record, Measure::from);
            return response(json -> parent.write(json, root, row, items));
        });
    }

    private CompletionStage<String> search(CompiledQuery query, Map<String, Object> variables)
            throws GraphQLException {
        CompiledSelection root = query.root();
        FullTextQuery text = FullTextQuery.of(Filters.text("text", root.string("text", variables)));
        int limit = PolicyGraphQueries.searchLimit(root.integer("first", variables));
        return reads.runAsync(query.statement(), text.parameters(limit)).thenApply(records -> {
            List<SearchHit> hits = new ArrayList<>(records.size());
            for (Record r : records) {
                hits.add(SearchHit.from(r, text));
            }
            return response(json -> {
                json.writeStartArray(root.key());
                hits.forEach(hit -> CompiledSelection.writeSearchHit(json, hit, root.children()));
                json.writeEnd();
            });
        });
    }

    /** {"data":{…}} with the root field written by {@code root}. */
    private static String response(Consumer<JsonGenerator> root) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JsonProviderHolder.jsonProvider().createGenerator(out)) {
            json.writeStartObject();
            json.writeStartObject("data");
            root.accept(json);
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }
}
