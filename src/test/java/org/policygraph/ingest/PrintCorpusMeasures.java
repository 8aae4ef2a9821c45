package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;

/**
 * Prints, for each tuning text of the extraction benchmark (or the texts named as arguments), the measures the parser
 * finds with the roles on them and on sections, beside the measure count and roles read by hand: a quick look while
 * working on rules, without Neo4j or HTTP. ExtractionQualityTest is what scores them. Never run it on held-out texts.
 */
public final class PrintCorpusMeasures {

    public static void main(String[] args) throws IOException {
        SeedReader reader = new SeedReader(SeedSource.directory(RealSeed.ROOT));
        for (ExtractionQualityTest.CorpusText text : ExtractionQualityTest.CorpusText.all()) {
            if (!text.split().equals(ExtractionQualityTest.TUNING)
                    || args.length > 0 && !List.of(args).contains(text.name())) {
                continue;
            }
            System.out.println("=== " + text.name());
            try {
                DocumentBundle bundle = reader.readSubmitted(text.submission(), EditorAliases.none()).bundle();
                for (MeasureRecord m : bundle.measures()) {
                    System.out.printf("measure\t%s\t%s\t%s%n", m.id(), m.number(), abbreviate(m.text()));
                }
                for (LinkRecord l : bundle.links()) {
                    if (l.type() == LinkType.LEADS || l.type() == LinkType.SUPPORTS
                            || l.type() == LinkType.COORDINATES) {
                        System.out.printf("role\t%s\t%s\t%s%n", l.fromId(), l.type(), l.toId());
                    }
                }
            } catch (RuntimeException e) {
                System.out.println("refused: " + e.getMessage());
            }
            for (String e : Files.readAllLines(text.expectedFile(), StandardCharsets.UTF_8)) {
                if (e.startsWith("measures\t") || e.startsWith("responsibility\t")) {
                    System.out.println("want\t" + e);
                }
            }
        }
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace("\n", "⏎");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
