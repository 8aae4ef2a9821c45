package org.policygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;

/** The real graph-seed of the working tree, read once per test JVM. */
final class RealSeed {

    static final Path ROOT = Path.of("graph-seed");
    private static final Map<String, DocumentBundle> BUNDLES = new ConcurrentHashMap<>();

    private RealSeed() {
    }

    static SeedReader reader() {
        return new SeedReader(SeedSource.directory(ROOT), IndicatorFinder.NONE);
    }

    /** Copies the real seed's vocabulary files into {@code seed}/vocabulary, for a test that changes one of them. */
    static void copyVocabularyTo(Path seed) throws IOException {
        Path from = ROOT.resolve("vocabulary");
        Files.createDirectories(seed.resolve("vocabulary"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, seed.resolve("vocabulary").resolve(file.getFileName()));
            }
        }
    }

    static synchronized DocumentBundle bundle(String documentId) {
        return BUNDLES.computeIfAbsent(documentId, id -> reader().read(id));
    }

    static MeasureRecord measure(String id) {
        return bundle(id.substring(0, 3)).measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no measure " + id));
    }

    static SectionRecord section(String id) {
        return bundle(id.substring(0, 3)).sections().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    static List<LinkRecord> linksTo(String id, LinkType type) {
        return bundle(id.substring(0, 3)).links().stream()
                .filter(l -> l.type() == type && l.toId().equals(id)).toList();
    }

    static List<LinkRecord> linksFrom(String id, LinkType type) {
        return bundle(id.substring(0, 3)).links().stream()
                .filter(l -> l.type() == type && l.fromId().equals(id)).toList();
    }

    static List<String> fromIds(List<LinkRecord> links) {
        return links.stream().map(LinkRecord::fromId).toList();
    }

    static List<String> toIds(List<LinkRecord> links) {
        return links.stream().map(LinkRecord::toId).toList();
    }
}
