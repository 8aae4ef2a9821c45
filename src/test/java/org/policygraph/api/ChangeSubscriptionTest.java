package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Credentials;
import org.policygraph.support.NodeClients;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The changes subscription end to end, with the graphql-ws npm client over a real WebSocket
 * (clients/subscriptions/check.mjs): an ingest through the mutation arrives as an event; after a disconnect, a
 * subscription resumed from the last cursor receives exactly the changes made meanwhile, in order; editors-only
 * fields are not offered; a forged cursor and one subscription too many get clear errors.
 */
@QuarkusTest
@TestProfile(ChangeSubscriptionTest.FastPolling.class)
class ChangeSubscriptionTest {

    static final int MAX_SUBSCRIPTIONS = 3;

    /** The writable graph, polled every 200 ms, at most three subscriptions. */
    public static class FastPolling extends WritableGraphProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("policy-graph.subscriptions.poll-interval", "PT0.2S",
                    "policy-graph.subscriptions.max-per-replica", String.valueOf(MAX_SUBSCRIPTIONS));
        }
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void graphqlWsClientReceivesAnIngestAndResumesFromItsCursorWithoutLoss() throws Exception {
        NodeClients.npmCi();
        Map<String, String> environment = new HashMap<>();
        environment.put("EDITOR_TOKEN", Credentials.editorToken("subscription-test"));
        environment.put("PLAN_FILE", Path.of("src/test/resources/ingest-submissions/digital-trade-2026.txt")
                .toAbsolutePath().toString());
        environment.put("MAX_SUBSCRIPTIONS", String.valueOf(MAX_SUBSCRIPTIONS));
        NodeClients.Result result = NodeClients.run(List.of("node", "subscriptions/check.mjs", endpoint.toString()),
                environment, 180);
        assertThat(result.exitCode()).as("node subscriptions/check.mjs output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("subscriptions: all checks passed");
    }
}
