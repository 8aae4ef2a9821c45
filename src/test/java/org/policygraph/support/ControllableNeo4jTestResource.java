package org.policygraph.support;

import java.util.Map;
import java.util.Set;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Neo4j of its own that a test can take away from the service: refuse writes (what the service meets while a
 * cluster elects a leader: reads answered, no writer) or stop entirely (an outage). A real in-process server,
 * router-less (no cluster can run here), seeded by the service at start-up.
 */
public class ControllableNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private static Neo4j neo4j;

    @Override
    public synchronized Map<String, String> start() {
        neo4j = Neo4jTestResource.inProcess(32);
        return Neo4jTestResource.serviceSettings(neo4j);
    }

    @Override
    public synchronized void stop() {
        stopNeo4j();
    }

    /**
     * Makes the default database read-only, or writable again, at run time ({@code server.databases.read_only} is a
     * dynamic setting; this is what {@code dbms.setConfigValue} does on a server that offers it).
     */
    public static synchronized void readOnly(boolean readOnly) {
        GraphDatabaseAPI db = (GraphDatabaseAPI) neo4j.defaultDatabaseService();
        Config config = db.getDependencyResolver().resolveDependency(Config.class);
        config.setDynamic(GraphDatabaseSettings.read_only_databases,
                readOnly ? Set.of(db.databaseName()) : Set.of(), "test");
    }

    /** Stops the server: every connection and every later attempt fails, as in a full outage. */
    public static synchronized void stopNeo4j() {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
        }
    }

    /** Nodes plus relationships, read in-process. */
    public static long graphSize() {
        return neo4j.defaultDatabaseService().executeTransactionally(
                "MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS relationships "
                        + "RETURN nodes + relationships AS size", Map.of(),
                result -> ((Number) result.next().get("size")).longValue());
    }
}
