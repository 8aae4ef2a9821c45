package org.policygraph.api.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.policygraph.api.ApiErrors;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.graph.GraphReads;
import org.policygraph.graph.GraphUnavailableException;

/**
 * The API's access to the graph: one Cypher statement per batch of parents (no N+1), results mapped back to
 * the parents' order, and an unreachable database turned into DATABASE_UNAVAILABLE.
 */
@ApplicationScoped
public class GraphQueries {

    @Inject
    GraphReads reads;

    /** For each parent id ({@code $ids}), the list the statement returns under {@code items}. */
    public <T> List<List<T>> listsPerParent(String cypher, List<String> parentIds, Map<String, Object> extra,
            Function<Map<String, Object>, T> mapper) throws ApiErrors.DatabaseUnavailable {
        Map<String, List<T>> byId = new HashMap<>();
        for (Record record : statement(cypher, withIds(parentIds, extra))) {
            List<T> items = new ArrayList<>();
            for (Object item : record.get("items").asList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> row = (Map<String, Object>) item;
                if (row != null && !row.isEmpty() && row.values().stream().anyMatch(v -> v != null)) {
                    items.add(mapper.apply(row));
                }
            }
            byId.put(record.get("id").asString(), items);
        }
        return parentIds.stream().map(id -> byId.getOrDefault(id, List.of())).toList();
    }

    /** For each id ({@code $ids}), the single item (or null) the statement returns under {@code key}. */
    public <T> List<T> onePerId(String cypher, List<String> ids, String key,
            Function<Map<String, Object>, T> mapper) throws ApiErrors.DatabaseUnavailable {
        Map<String, T> byId = new HashMap<>();
        for (Record record : statement(cypher, withIds(ids, Map.of()))) {
            if (!record.get(key).isNull()) {
                byId.put(record.get("id").asString(), mapper.apply(record.get(key).asMap()));
            }
        }
        return ids.stream().map(byId::get).toList();
    }

    /** The rows of a statement composed elsewhere (read.plan). */
    public List<Record> statement(String cypher, Map<String, Object> parameters) throws ApiErrors.DatabaseUnavailable {
        try {
            return reads.run(cypher, parameters);
        } catch (GraphUnavailableException e) {
            throw new ApiErrors.DatabaseUnavailable();
        }
    }

    /** {@link #statement} without blocking: fails with DATABASE_UNAVAILABLE, or the driver's error, as it throws. */
    public CompletionStage<List<Record>> statementAsync(String cypher, Map<String, Object> parameters) {
        return reads.runAsync(cypher, parameters).handle((records, error) -> {
            if (error == null) {
                return records;
            }
            Throwable cause = GraphReads.cause(error);
            throw new CompletionException(cause instanceof GraphUnavailableException
                    ? new ApiErrors.DatabaseUnavailable() : cause);
        });
    }

    /** The rows of a template statement resource, its slots filled. */
    public List<Record> rows(String template, Map<String, String> slots, Map<String, Object> parameters)
            throws ApiErrors.DatabaseUnavailable {
        return statement(CypherTemplate.fill(template, slots), parameters);
    }

    private static Map<String, Object> withIds(List<String> ids, Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("ids", new ArrayList<>(new LinkedHashSet<>(ids))); // each id once
        return params;
    }
}
