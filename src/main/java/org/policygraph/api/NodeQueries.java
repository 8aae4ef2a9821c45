package org.policygraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.policygraph.security.AccessPolicy;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Relay's refetch entry points: {@code node(id:)} and {@code nodes(ids:)} take global ids ({@link GlobalId}) and
 * answer with one by-id statement per type named (ids of one type share it). An id that is not a global id, or
 * names nothing, gives null, as the Relay spec asks. Change records stay editors-only here as everywhere.
 */
@GraphQLApi
public class NodeQueries {

    static final int MAX_IDS = 100;

    /** Per type: the by-id statement and the mapper of its {@code item} column. */
    private static final Map<String, ById> BY_ID = Map.of(
            "Document", new ById("read/documents-by-id", Document::from),
            "Section", new ById("read/sections-by-id", Section::from),
            "Measure", new ById("read/measures-by-id", Measure::from),
            "Department", new ById("read/departments-by-id", Department::from),
            "Park", new ById("read/parks-by-id", Park::from),
            "Initiative", new ById("read/initiatives-by-id", Initiative::from),
            "Indicator", new ById("read/indicators-by-id", Indicator::from),
            "Metric", new ById("read/metrics-by-id", Metric::from),
            "Change", new ById("read/changes-by-id", Change::from),
            "GenericActor", new ById("read/generic-actors-by-id", GenericActor::from));

    private record ById(String statement, Function<Map<String, Object>, Node> mapper) {
    }

    @Inject
    GraphQueries graph;

    @Inject
    AccessPolicy accessPolicy;

    @Inject
    SecurityIdentity identity;

    @Query
    @Description("Any object by its global id (Relay): a Document, Section, Measure, Department, Park, Initiative, "
            + "Indicator, Metric, GenericActor or (for editors) Change; null if there is none.")
    public Node node(@NonNull @Id String id) throws GraphQLException {
        return nodes(List.of(id)).get(0);
    }

    @Query
    // [String!]!, not [ID!]!: SmallRye GraphQL 2.17 maps @Id on a list argument to a scalar that refuses every value.
    @Description("Objects by global id (as node(id:) takes them), in the order asked (null where there is none); at most 100 ids.")
    public @NonNull List<Node> nodes(@NonNull List<@NonNull String> ids) throws GraphQLException {
        if (ids.size() > MAX_IDS) {
            throw new ApiErrors.BadUserInput("nodes takes at most " + MAX_IDS + " ids");
        }
        Map<String, List<String>> keysByType = new LinkedHashMap<>();
        List<GlobalId.Parsed> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            GlobalId.Parsed p = GlobalId.parse(Filters.text("id", id));
            parsed.add(p);
            if (p != null) {
                keysByType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p.key());
            }
        }
        if (keysByType.containsKey("Change")) {
            PolicyGraphMutations.requireEditor(accessPolicy, identity);
        }
        Map<GlobalId.Parsed, Node> found = new HashMap<>();
        for (var entry : keysByType.entrySet()) {
            ById byId = BY_ID.get(entry.getKey());
            List<Node> nodes = graph.onePerId(byId.statement(), entry.getValue(), "item", byId.mapper());
            for (int i = 0; i < nodes.size(); i++) {
                found.put(new GlobalId.Parsed(entry.getKey(), entry.getValue().get(i)), nodes.get(i));
            }
        }
        List<Node> answer = new ArrayList<>(ids.size());
        for (GlobalId.Parsed p : parsed) {
            answer.add(p == null ? null : found.get(p));
        }
        return answer;
    }
}
