package org.policygraph.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service against a Neo4j of its own, seeded, that write-path tests may change. Changes are polled every 200 ms
 * (subscribers see a write at once) and a replica takes {@value #MAX_SUBSCRIPTIONS} subscriptions (a limit a test can
 * reach). One profile for every writing test class: each profile of its own costs a service and Neo4j start.
 */
public class WritableGraphProfile implements QuarkusTestProfile {

    public static final int MAX_SUBSCRIPTIONS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("policy-graph.subscriptions.poll-interval", "PT0.2S",
                "policy-graph.subscriptions.max-per-replica", String.valueOf(MAX_SUBSCRIPTIONS));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IsolatedNeo4jTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
