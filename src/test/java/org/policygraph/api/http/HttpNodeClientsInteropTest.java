package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;
import org.policygraph.support.NodeClients;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Frontend tooling against the real service: graphql-request (clients/interop/check.mjs) queries the running test
 * service, and GraphQL Code Generator generates TypeScript types from the checked-in schema.graphql. The packages
 * are pinned in clients/package-lock.json; {@code npm ci} runs once and is skipped while node_modules matches
 * the lock file. Skipped only when {@code node}/{@code npm} are not installed.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpNodeClientsInteropTest {

    private static final Path CLIENTS = NodeClients.CLIENTS;

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void graphqlRequestClientPassesEveryInteropCheck() throws Exception {
        npmCi();
        NodeClients.Result result = run(List.of("node", "interop/check.mjs", endpoint.toString()), 120);
        assertThat(result.exitCode()).as("node interop/check.mjs output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("interop: all checks passed");
    }

    @Test
    void relayCompilerCompilesRefetchableAndPaginationFragmentsAndTheirQueriesRun() throws Exception {
        npmCi();
        NodeClients.Result result = run(List.of("node", "relay/check.mjs", endpoint.toString()), 180);
        assertThat(result.exitCode()).as("node relay/check.mjs output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("relay-compiler compiled the fragments", "relay: all checks passed");
    }

    @Test
    void graphqlCodegenGeneratesTypeScriptTypesFromTheCheckedInSchema() throws Exception {
        npmCi();
        Path generated = CLIENTS.resolve("generated/schema.ts");
        Files.deleteIfExists(generated);
        NodeClients.Result result = run(List.of("node", "node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.yml"), 180);
        assertThat(result.exitCode()).as("graphql-codegen output:%n%s", result.output()).isZero();
        String types = Files.readString(generated, StandardCharsets.UTF_8);
        assertThat(types).contains("export type Document = Node & {", "export type Measure = Node & {", "export type Node = {", "export type Query = {",
                "export type MeasureFilter = {", "export type IndicatorKind =");
    }

    private static void npmCi() throws Exception {
        NodeClients.npmCi();
    }

    private static NodeClients.Result run(List<String> command, int timeoutSeconds) throws Exception {
        return NodeClients.run(command, java.util.Map.of(), timeoutSeconds);
    }
}
