package org.policygraph.support;

import java.util.Map;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Neo4j 5.26 for tests, in-process and Bolt-only (no Docker here), shared by every test that
 * uses this resource. Tests see it at {@link #boltUri()}.
 */
public class Neo4jTestResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Where the shared Neo4j listens, kept as a system property: a test profile restarts Quarkus in a class loader of
     * its own, where a static field starts out empty, and a second Neo4j would cost a start and a seed load (~30 s).
     * (Not under policy-graph.*: the service would reject it as an unknown setting.)
     */
    private static final String SHARED_BOLT_URI = "org.policygraph.support.shared-neo4j-bolt-uri";

    /** Held so that the server is reachable from the loader that started it (its own threads keep it running). */
    private static Neo4j neo4j;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.neo4j.uri", sharedBoltUri(),
                "quarkus.neo4j.authentication.disabled", "true",
                // also for the packaged application under @QuarkusIntegrationTest, which runs the prod profile
                "policy-graph.seed.on-start", "true",
                // ... where Neo4j without authentication must be allowed explicitly (security.ProductionSafety)
                "policy-graph.allow-local-settings", "true");
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: restarting Neo4j between test classes costs seconds and proves nothing.
    }

    /** What the service under test is told of a Neo4j of its own: where it is, no authentication, seed it at start. */
    static Map<String, String> serviceSettings(Neo4j neo4j) {
        return Map.of(
                "quarkus.neo4j.uri", neo4j.boltURI().toString(),
                "quarkus.neo4j.authentication.disabled", "true",
                "policy-graph.seed.on-start", "true");
    }

    /** An in-process Neo4j 5.26, Bolt only (no HTTP server), with a small page cache. */
    public static Neo4j inProcess(int pageCacheMiB) {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024L * 1024)
                .build();
    }

    public static String boltUri() {
        return sharedBoltUri();
    }

    private static String sharedBoltUri() {
        synchronized (System.class) {
            String uri = System.getProperty(SHARED_BOLT_URI);
            if (uri == null) {
                neo4j = inProcess(64);
                uri = neo4j.boltURI().toString();
                System.setProperty(SHARED_BOLT_URI, uri);
            }
            return uri;
        }
    }
}
