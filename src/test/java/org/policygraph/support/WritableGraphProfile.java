package org.policygraph.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service against a Neo4j of its own, seeded, that write-path tests may change. */
public class WritableGraphProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IsolatedNeo4jTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
