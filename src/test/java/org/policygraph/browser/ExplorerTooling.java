package org.policygraph.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Node and Chromium for the explorer's checks (clients/explorer): {@code npm ci} once per lock file, running its
 * scripts, and finding the browser. The checks are skipped with a message where Node or Chromium is missing.
 */
final class ExplorerTooling {

    static final Path EXPLORER = Path.of("clients/explorer").toAbsolutePath();
    private static final Path INSTALLED_MARK = EXPLORER.resolve("node_modules/.policy-graph-lock.sha256");
    private static boolean installed;

    private ExplorerTooling() {
    }

    record Result(int exitCode, String output) {
    }

    static synchronized void npmCi() throws Exception {
        assumeTrue(onPath("node").isPresent() && onPath("npm").isPresent(),
                "node/npm not on PATH: skipping the explorer's type check and browser test (install Node 18+ to run them)");
        if (installed) {
            return;
        }
        String lockHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(EXPLORER.resolve("package-lock.json"))));
        if (!Files.exists(INSTALLED_MARK) || !Files.readString(INSTALLED_MARK).equals(lockHash)) {
            Result result = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 420);
            assertThat(result.exitCode).as("npm ci output:%n%s", result.output).isZero();
            Files.writeString(INSTALLED_MARK, lockHash);
        }
        installed = true;
    }

    /** Chromium: $CHROMIUM_PATH, else chromium / chromium-browser / google-chrome on PATH; the test is skipped without. */
    static String chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        Optional<Path> found = configured != null && !configured.isBlank() ? Optional.of(Path.of(configured))
                : onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome"));
        assumeTrue(found.isPresent() && Files.isExecutable(found.get()),
                "Chromium not found (CHROMIUM_PATH, or chromium on PATH; Debian: apt-get install chromium): skipping the explorer's browser test");
        return found.get().toString();
    }

    static boolean nodeAndChromiumPresent() {
        String configured = System.getenv("CHROMIUM_PATH");
        boolean chromium = configured != null && !configured.isBlank() ? Files.isExecutable(Path.of(configured))
                : onPath("chromium").or(() -> onPath("chromium-browser")).or(() -> onPath("google-chrome")).isPresent();
        return chromium && onPath("node").isPresent() && onPath("npm").isPresent();
    }

    static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        if (isWindows() && full.get(0).equals("npm")) {
            full.set(0, "npm.cmd");
        }
        Path log = Files.createTempFile("policy-graph-explorer", ".log");
        Process process = new ProcessBuilder(full).directory(EXPLORER.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", full) + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : isWindows() ? List.of(program + ".cmd", program + ".exe") : List.of(program)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
