package org.policygraph.support;

import java.util.Map;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Neo4j of its own for tests that write (the write path): the shared {@link Neo4jTestResource} graph stays exactly
 * the seeded one that read tests count on. Started for the test profile that names it and stopped after it.
 */
public class IsolatedNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private static Neo4j neo4j;

    @Override
    public synchronized Map<String, String> start() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        return Map.of(
                "quarkus.neo4j.uri", neo4j.boltURI().toString(),
                "quarkus.neo4j.authentication.disabled", "true",
                "policy-graph.seed.on-start", "true");
    }

    @Override
    public synchronized void stop() {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
        }
    }

    public static String boltUri() {
        return neo4j.boltURI().toString();
    }
}
