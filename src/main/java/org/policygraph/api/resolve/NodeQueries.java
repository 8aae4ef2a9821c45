package org.policygraph.api.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.policygraph.api.ApiErrors;
import org.policygraph.read.plan.Filters;
import org.policygraph.api.schema.Change;
import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.Document;
import org.policygraph.api.schema.GenericActor;
import org.policygraph.read.plan.GlobalId;
import org.policygraph.api.schema.Indicator;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.Metric;
import org.policygraph.api.schema.Node;
import org.policygraph.api.schema.Park;
import org.policygraph.api.schema.Section;
import org.policygraph.graph.Cypher;
import org.policygraph.security.AccessPolicy;

/**
 * Relay's refetch entry points: {@code node(id:)} and {@code nodes(ids:)} take global ids ({@link GlobalId}) and
 * answer with one by-key statement per type named (ids of one type share it). An id that is not a global id, or
 * names nothing, gives null, as the Relay spec asks. Change records stay editors-only here as everywhere.
 */
@GraphQLApi
public class NodeQueries {

    static final int MAX_IDS = 100;

    /**
     * The types implementing Node, by their GraphQL names, and how an object of each is made from its row: read by key
     * as its shape says (read.shape), a Change apart. The one list of them: a global id of another prefix names nothing.
     */
    private static final Map<String, Function<Map<String, Object>, Node>> FROM_ROW = Map.of(
            "Document", Document::from,
            "Section", Section::from,
            "Measure", Measure::from,
            "Department", Department::from,
            "Park", Park::from,
            "Initiative", Initiative::from,
            "Indicator", Indicator::from,
            "Metric", Metric::from,
            "Change", Change::from,
            "GenericActor", GenericActor::from);

    @Inject
    GraphQueries graph;

    @Inject
    PlannedReads reads;

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
            GlobalId.Parsed p = GlobalId.parse(Filters.text("id", id), FROM_ROW.keySet());
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
            Function<Map<String, Object>, Node> fromRow = FROM_ROW.get(entry.getKey());
            List<Node> nodes = entry.getKey().equals("Change")
                    ? graph.onePerId(Cypher.statement("read/changes-by-id"), entry.getValue(), "item", fromRow)
                    : reads.byKeys(entry.getKey(), entry.getValue(), fromRow);
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
