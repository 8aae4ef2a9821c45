package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.IndicatorRecord;

/**
 * Prints, for each text of the extraction benchmark's tuning split (or the texts named as arguments), the indicators
 * the parser finds, beside the targets read by hand: a quick look while working on rules, without Neo4j or HTTP.
 * ExtractionQualityTest is what scores them. Never run it on held-out texts. {@code --seeds} prints the seeded
 * documents' indicators instead.
 */
public final class PrintCorpusIndicators {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("bench/extraction/corpus");
        SeedReader reader = new SeedReader(SeedSource.directory(RealSeed.ROOT));
        if (args.length == 1 && args[0].equals("--seeds")) {
            // the seeded documents' indicators as the graph gets them: a before/after check that seeds are unchanged
            for (DocumentBundle bundle : reader.readAll()) {
                for (IndicatorRecord r : bundle.indicators()) {
                    System.out.println(r);
                }
            }
            return;
        }
        for (String line : Files.readAllLines(corpus.resolve("sources.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (!c[1].equals("tuning")) {
                continue;
            }
            String name = Path.of(c[0]).getFileName().toString().replace(".txt", "");
            if (args.length > 0 && !List.of(args).contains(name)) {
                continue;
            }
            String text = Files.readString(corpus.resolve(c[0]), StandardCharsets.UTF_8);
            System.out.println("=== " + name);
            try {
                DocumentBundle bundle = reader.readSubmitted(new SubmittedDocument(("x-" + name).substring(0, Math.min(40, name.length() + 2)), "outline", c[2], null,
                        c[3].isBlank() ? null : c[3], c[4].isBlank() ? null : c[4], null, List.of(), text, "source",
                        "metadata"), EditorAliases.none()).bundle();
                for (IndicatorRecord r : bundle.indicators()) {
                    System.out.printf("got\t%s\t%s%s\t%s\t%s\t%s\t%s\t%s\t[%s]%n", r.name(), fmt(r.value()),
                            r.valueMax() == null ? "" : "~" + fmt(r.valueMax()), r.unit(), r.year(), r.comparator(),
                            r.kind(), r.period(), r.source().quote().replace("\n", "⏎"));
                }
            } catch (RuntimeException e) {
                System.out.println("refused: " + e.getMessage());
            }
            Path expected = corpus.resolve(c[0].replace(".txt", ".expected.tsv"));
            for (String e : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
                if (e.startsWith("target\t")) {
                    System.out.println("want\t" + e.substring("target\t".length()));
                }
            }
        }
    }

    private static String fmt(Double d) {
        return d == null ? "" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
