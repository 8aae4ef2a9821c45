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
@TestProfile(WritableGraphProfile.class)
class ChangeSubscriptionTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void graphqlWsClientReceivesAnIngestAndResumesFromItsCursorWithoutLoss() throws Exception {
        NodeClients.npmCi();
        Map<String, String> environment = new HashMap<>();
        environment.put("EDITOR_TOKEN", Credentials.editorToken("subscription-test"));
        environment.put("PLAN_FILE", Path.of("src/test/resources/ingest-submissions/digital-trade-2026.txt")
                .toAbsolutePath().toString());
        environment.put("MAX_SUBSCRIPTIONS", String.valueOf(WritableGraphProfile.MAX_SUBSCRIPTIONS));
        NodeClients.Result result = NodeClients.run(List.of("node", "subscriptions/check.mjs", endpoint.toString()),
                environment, 180);
        assertThat(result.exitCode()).as("node subscriptions/check.mjs output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("subscriptions: all checks passed");
    }
}
