package org.policygraph.ingest;

import java.io.IOException;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.IndicatorRecord;

/**
 * Prints, for each text of the extraction benchmark's tuning split (or the texts named as arguments), the indicators
 * the parser finds, beside the targets read by hand: a quick look while working on rules, without Neo4j or HTTP.
 * ExtractionQualityTest is what scores them. Never run it on held-out texts. {@code --seeds} prints the seeded
 * documents' indicators instead.
 */
public final class PrintCorpusIndicators {

    public static void main(String[] args) throws IOException {
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
        TuningTextPrinter.print(reader, args, bundle -> {
            for (IndicatorRecord r : bundle.indicators()) {
                System.out.printf("got\t%s\t%s%s\t%s\t%s\t%s\t%s\t%s\t[%s]%n", r.name(), fmt(r.value()),
                        r.valueMax() == null ? "" : "~" + fmt(r.valueMax()), r.unit(), r.year(), r.comparator(),
                        r.kind(), r.period(), r.source().quote().replace("\n", "⏎"));
            }
        }, row -> row.startsWith("target\t") ? "want\t" + row.substring("target\t".length()) : null);
    }

    private static String fmt(Double d) {
        return d == null ? "" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
