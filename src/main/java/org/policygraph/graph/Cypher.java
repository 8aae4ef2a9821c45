package org.policygraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cypher statements kept as readable resources under {@code src/main/resources/cypher/}. Each file is one
 * statement, except schema migrations, which hold several statements separated by {@code ;}.
 */
public final class Cypher {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The statement in {@code cypher/<name>.cypher}, e.g. {@code "seed/measures"}. */
    public static String statement(String name) {
        return CACHE.computeIfAbsent(name, Cypher::load);
    }

    /** The statements of a multi-statement file, comments removed, in file order. */
    public static List<String> statements(String name) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : statement(name).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String load(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher resource " + path, e);
        }
    }
}
