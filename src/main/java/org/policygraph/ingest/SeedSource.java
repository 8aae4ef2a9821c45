package org.policygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the graph-seed files come from. Paths are relative to the graph-seed root and use '/'
 * ({@code "vocabulary/parks.tsv"}), so the same reader works on a checkout directory (tests, local runs) and on
 * the classpath (a packaged or native app, where the files are bundled under {@code graph-seed/}).
 */
public interface SeedSource {

    /** The file's content, or empty when it does not exist. */
    Optional<String> readIfPresent(String relativePath);

    /** How to name the file in messages, e.g. {@code graph-seed/documents.tsv}. */
    String describe(String relativePath);

    /** The file's content; a missing file is a {@link SeedException} naming it. */
    default String read(String relativePath) {
        return readIfPresent(relativePath).orElseThrow(() -> new SeedException(describe(relativePath),
                "file is missing (expected under the graph-seed root; see graph-seed/FORMAT.md)"));
    }

    default boolean exists(String relativePath) {
        return readIfPresent(relativePath).isPresent();
    }

    /**
     * The seed a deployment reads ({@code policy-graph.seed.directory}): the files under {@code directory} when it
     * names one, else the copy packaged in the application.
     */
    static SeedSource configured(Optional<String> directory) {
        return directory.filter(d -> !d.isBlank()).map(d -> directory(Path.of(d))).orElseGet(SeedSource::classpath);
    }

    /** Files under a directory on disk, e.g. {@code Path.of("graph-seed")}. */
    static SeedSource directory(Path root) {
        return new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String relativePath) {
                Path file = root.resolve(relativePath);
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new SeedException(describe(relativePath), "cannot be read: " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return root.resolve(relativePath).toString();
            }
        };
    }

    /** Files bundled on the classpath under {@code graph-seed/}. */
    static SeedSource classpath() {
        return classpath("graph-seed/", Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : SeedSource.class.getClassLoader());
    }

    /** Files on the classpath under {@code prefix} (ending in '/'), loaded through {@code loader}. */
    static SeedSource classpath(String prefix, ClassLoader loader) {
        return new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String relativePath) {
                try (InputStream in = loader.getResourceAsStream(prefix + relativePath)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new SeedException(describe(relativePath), "cannot be read: " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return "classpath:" + prefix + relativePath;
            }
        };
    }

    /**
     * Files from {@code first} where it has them, otherwise from {@code fallback}: lets a test replace a few data
     * files while keeping the real source texts.
     */
    static SeedSource layered(SeedSource first, SeedSource fallback) {
        return new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String relativePath) {
                Optional<String> content = first.readIfPresent(relativePath);
                return content.isPresent() ? content : fallback.readIfPresent(relativePath);
            }

            @Override
            public String describe(String relativePath) {
                return first.exists(relativePath) ? first.describe(relativePath) : fallback.describe(relativePath);
            }
        };
    }
}
