package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

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

    private static final Path CLIENTS = Path.of("clients").toAbsolutePath();
    private static final Path INSTALLED_MARK = CLIENTS.resolve("node_modules/.policy-graph-lock.sha256");
    private static boolean installed;

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void graphqlRequestClientPassesEveryInteropCheck() throws Exception {
        npmCi();
        Result result = run(List.of("node", "interop/check.mjs", endpoint.toString()), 120);
        assertThat(result.exitCode).as("node interop/check.mjs output:%n%s", result.output).isZero();
        assertThat(result.output).contains("interop: all checks passed");
    }

    @Test
    void relayCompilerCompilesRefetchableAndPaginationFragmentsAndTheirQueriesRun() throws Exception {
        npmCi();
        Result result = run(List.of("node", "relay/check.mjs", endpoint.toString()), 180);
        assertThat(result.exitCode).as("node relay/check.mjs output:%n%s", result.output).isZero();
        assertThat(result.output).contains("relay-compiler compiled the fragments", "relay: all checks passed");
    }

    @Test
    void graphqlCodegenGeneratesTypeScriptTypesFromTheCheckedInSchema() throws Exception {
        npmCi();
        Path generated = CLIENTS.resolve("generated/schema.ts");
        Files.deleteIfExists(generated);
        Result result = run(List.of("node", "node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.yml"), 180);
        assertThat(result.exitCode).as("graphql-codegen output:%n%s", result.output).isZero();
        String types = Files.readString(generated, StandardCharsets.UTF_8);
        assertThat(types).contains("export type Document = {", "export type Measure = {", "export type Query = {",
                "export type MeasureFilter = {", "export type IndicatorKind =");
    }

    private static synchronized void npmCi() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"),
                "node/npm not on PATH: skipping the Node interop and codegen checks (install Node 18+ to run them)");
        if (installed) {
            return;
        }
        String lockHash = PersistedQueries.sha256Hex(Files.readString(CLIENTS.resolve("package-lock.json")));
        if (!Files.exists(INSTALLED_MARK) || !Files.readString(INSTALLED_MARK).equals(lockHash)) {
            Result result = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 420);
            assertThat(result.exitCode).as("npm ci output:%n%s", result.output).isZero();
            Files.writeString(INSTALLED_MARK, lockHash);
        }
        installed = true;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        if (isWindows() && full.get(0).equals("npm")) {
            full.set(0, "npm.cmd");
        }
        Path log = Files.createTempFile("policy-graph-node", ".log");
        Process process = new ProcessBuilder(full).directory(CLIENTS.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", full) + "\n"
                    + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : isWindows() ? List.of(program + ".cmd", program + ".exe") : List.of(program)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
