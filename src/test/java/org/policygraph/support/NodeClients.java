package org.policygraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.policygraph.api.http.PersistedQueries;

/**
 * Runs the Node frontend clients under clients/ (pinned in clients/package-lock.json; {@code npm ci} once per JVM,
 * skipped while node_modules matches the lock file). Tests using it are skipped with a message where node/npm are
 * not installed.
 */
public final class NodeClients {

    public static final Path CLIENTS = Path.of("clients").toAbsolutePath();
    private static final Path INSTALLED_MARK = CLIENTS.resolve("node_modules/.policy-graph-lock.sha256");
    private static boolean installed;

    private NodeClients() {
    }

    public record Result(int exitCode, String output) {
    }

    /** Installs the pinned packages (or skips the calling test where Node is missing). */
    public static synchronized void npmCi() throws Exception {
        assumeTrue(onPath("node") && onPath("npm"),
                "node/npm not on PATH: skipping the Node interop and codegen checks (install Node 18+ to run them)");
        if (installed) {
            return;
        }
        String lockHash = PersistedQueries.sha256Hex(Files.readString(CLIENTS.resolve("package-lock.json")));
        if (!Files.exists(INSTALLED_MARK) || !Files.readString(INSTALLED_MARK).equals(lockHash)) {
            Result result = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of(), 420);
            assertThat(result.exitCode).as("npm ci output:%n%s", result.output).isZero();
            Files.writeString(INSTALLED_MARK, lockHash);
        }
        installed = true;
    }

    /** Runs a command in clients/ with extra environment variables; output and exit code, or -1 on timeout. */
    public static Result run(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        if (isWindows() && full.get(0).equals("npm")) {
            full.set(0, "npm.cmd");
        }
        Path log = Files.createTempFile("policy-graph-node", ".log");
        ProcessBuilder builder = new ProcessBuilder(full).directory(CLIENTS.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
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
