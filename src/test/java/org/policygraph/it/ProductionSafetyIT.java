package org.policygraph.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar in its prod profile (what the images run) refuses laptop settings unless told otherwise.
 * Runs after `package` (failsafe): `java -jar target/quarkus-app/quarkus-run.jar` as a separate process.
 */
class ProductionSafetyIT {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /** Laptop settings: no Neo4j authentication, CORS for any origin. The URI points nowhere; it is not reached. */
    static final Map<String, String> LAPTOP = Map.of(
            "QUARKUS_NEO4J_URI", "bolt://127.0.0.1:9",
            "QUARKUS_NEO4J_AUTHENTICATION_DISABLED", "true",
            "QUARKUS_HTTP_CORS_ORIGINS", "*",
            "QUARKUS_HTTP_PORT", "0");

    @Test
    void theProdProfileRefusesNeo4jWithoutAuthAndWildcardCors() throws Exception {
        Run run = run(LAPTOP, Duration.ofSeconds(120), null);
        assertThat(run.exited()).as("the process stopped by itself; output:\n" + run.output()).isTrue();
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("refuses to start")
                .contains("quarkus.neo4j.authentication.disabled=true")
                .contains("CORS allows origin '*'");
    }

    @Test
    void theExplicitOptInLetsALocalRunStart() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(LAPTOP);
        env.put("QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:7474");
        env.put("POLICY_GRAPH_ALLOW_LOCAL_SETTINGS", "true");
        Run run = run(env, Duration.ofSeconds(120), "Local settings allowed");
        assertThat(run.exited()).as("still running; output:\n" + run.output()).isFalse();
        assertThat(run.output()).contains("Local settings allowed").doesNotContain("refuses to start");
    }

    record Run(boolean exited, int exitCode, String output) {
    }

    /**
     * Starts the jar and waits up to {@code wait} for it to exit or, when {@code until} is given, to log that text;
     * then stops it if it still runs.
     */
    static Run run(Map<String, String> env, Duration wait, String until) throws IOException, InterruptedException {
        assertThat(JAR).as("built by package").exists();
        Path log = Files.createTempFile("policy-graph-prod", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("POLICY_GRAPH_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean exited = false;
        while (System.nanoTime() < deadline) {
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                exited = true;
                break;
            }
            if (until != null && Files.readString(log, StandardCharsets.UTF_8).contains(until)) {
                break;
            }
        }
        if (!exited) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Run(exited, exited ? process.exitValue() : -1, output);
    }
}
