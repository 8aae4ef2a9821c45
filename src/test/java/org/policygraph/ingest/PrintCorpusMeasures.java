package org.policygraph.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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
        TuningTextPrinter.print(new SeedReader(SeedSource.directory(RealSeed.ROOT)), args, bundle -> {
            for (MeasureRecord m : bundle.measures()) {
                System.out.printf("measure\t%s\t%s\t%s%n", m.id(), m.number(), abbreviate(m.text()));
            }
            Map<String, String> names = new HashMap<>();
            bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
            bundle.recognisedGenericActors().forEach(g -> names.put(g.id(), g.name() + " (generic)"));
            for (LinkRecord l : bundle.links()) {
                if (l.type() == LinkType.LEADS || l.type() == LinkType.SUPPORTS || l.type() == LinkType.COORDINATES) {
                    System.out.printf("role\t%s\t%s\t%s\t%s%n", names.getOrDefault(l.fromId(), l.fromId()), l.type(),
                            l.toId(), abbreviate(l.source().quote()));
                }
            }
        }, row -> row.startsWith("measures\t") || row.startsWith("responsibility\t") ? "want\t" + row : null);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace("\n", "⏎");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
