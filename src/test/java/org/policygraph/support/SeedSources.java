package org.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The raw source texts of the seeded documents, read straight from graph-seed/ as documents.tsv lists them. */
public final class SeedSources {

    private static final Path ROOT = Path.of("graph-seed");

    private SeedSources() {
    }

    public static Map<String, String> rawTextById() {
        try {
            Map<String, String> texts = new HashMap<>();
            List<String> lines = Files.readAllLines(ROOT.resolve("documents.tsv"), StandardCharsets.UTF_8);
            String[] header = null;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                texts.put(cells[List.of(header).indexOf("id")],
                        Files.readString(ROOT.resolve(cells[List.of(header).indexOf("file")]), StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
