package org.policygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Driver;
import org.policygraph.graph.GraphReads;

@GraphQLApi
public class DocumentResource {

    @Inject
    Driver driver;

    @Query("documents")
    @Description("All seeded plans, oldest first.")
    public @NonNull List<@NonNull Document> documents() {
        return find(null);
    }

    @Query("document")
    @Description("One plan by id; null if there is none.")
    public Document document(@NonNull @Id String id) {
        return find(id).stream().findFirst().orElse(null);
    }

    private List<Document> find(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return new GraphReads(driver).list("read/documents", params).stream()
                .map(r -> Document.from(r.get("document").asMap()))
                .toList();
    }
}
