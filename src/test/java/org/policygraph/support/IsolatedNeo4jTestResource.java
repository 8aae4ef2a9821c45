package org.policygraph.support;

import java.util.Map;

import org.neo4j.harness.Neo4j;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Neo4j of its own for tests that write (the write path): the shared {@link Neo4jTestResource} graph stays exactly
 * the seeded one that read tests count on. Started for the test profile that names it and stopped after it.
 */
public class IsolatedNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private static Neo4j neo4j;

    @Override
    public synchronized Map<String, String> start() {
        neo4j = Neo4jTestResource.inProcess(32);
        return Neo4jTestResource.serviceSettings(neo4j);
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

    /** The single number a counting statement returns, read in-process (tests look at the graph directly). */
    public static long count(String cypher, Map<String, Object> parameters) {
        return neo4j.defaultDatabaseService().executeTransactionally(cypher, parameters,
                result -> ((Number) result.next().values().iterator().next()).longValue());
    }

    public static long count(String cypher) {
        return count(cypher, Map.of());
    }

    /** Nodes plus relationships: any write shows up here. */
    public static long graphSize() {
        return count("MATCH (n) RETURN count(n)") + count("MATCH ()-[r]->() RETURN count(r)");
    }
}
