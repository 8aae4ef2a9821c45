package org.policygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.policygraph.support.Credentials;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The explorer updates live: with a department open in Chromium, an editor adds an alias through the API; the change
 * arrives over the changes subscription (graphql-transport-ws) and the page shows the new alias without a reload.
 * On a graph of its own, since it writes. Runs where the schema has Subscription.changes and Node and Chromium are
 * present (the condition is checked before the service starts).
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
@EnabledIf(value = "liveUpdatesTestable",
        disabledReason = "needs Subscription.changes in schema.graphql, node/npm and Chromium (CHROMIUM_PATH or chromium on PATH)")
class ExplorerLiveUpdatesTest {

    @TestHTTPResource("/")
    URL root;

    static boolean liveUpdatesTestable() throws Exception {
        String schema = Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8);
        return schema.matches("(?s).*type Subscription \\{[^}]*\\bchanges\\(.*") && ExplorerTooling.nodeAndChromiumPresent();
    }

    @Test
    void aChangeArrivingOverTheSubscriptionUpdatesTheOpenPage() throws Exception {
        String chromium = ExplorerTooling.chromium();
        ExplorerTooling.npmCi();
        var result = ExplorerTooling.run(List.of("node", "test/explorer-browser.mjs", root.toString(), "--chromium", chromium,
                "--live-only", "--editor-token", Credentials.editorToken("explorer-browser-test")), 300);
        assertThat(result.exitCode()).as("explorer live test output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("explorer: all checks passed");
    }
}
