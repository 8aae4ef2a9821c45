package org.policygraph.ingest.indicator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.policygraph.ingest.SeedReader;
import org.policygraph.ingest.SeedSource;
import org.policygraph.model.IndicatorRecord;

/** A finder with the target bounds and units the application ships (the packaged seed), and no curated metric. */
final class PackagedFinder {

    private PackagedFinder() {
    }

    static RuleBasedIndicatorFinder of(IndicatorCorrections corrections, Map<String, DocumentYears> documentYears) {
        return new RuleBasedIndicatorFinder(corrections, documentYears, MetricVocabulary.empty(),
                TargetBounds.read(SeedSource.classpath()), Units.read(SeedSource.classpath()),
                IndicatorWords.read(SeedSource.classpath()), IndicatorTableHeads.read(SeedSource.classpath()),
                taskLabels());
    }

    /** The labels of a responsibility note the application ships (vocabulary/responsibility-labels.tsv), read once. */
    static synchronized TaskLabels taskLabels() {
        if (taskLabels == null) {
            taskLabels = new SeedReader(SeedSource.classpath()).taskLabels();
        }
        return taskLabels;
    }

    private static TaskLabels taskLabels;

    /**
     * What the finder reads in {@code raw} of document {@code doc} under {@code headings} (outermost first), each
     * quote checked to be a verbatim part of it.
     */
    static List<IndicatorRecord> findVerbatim(RuleBasedIndicatorFinder finder, String doc, String raw,
            String... headings) {
        List<IndicatorRecord> found = finder.find(doc, "own", "loc", raw, List.of(headings));
        for (IndicatorRecord r : found) {
            assertTrue(raw.contains(r.source().quote()), "quote not verbatim: " + r.source().quote());
        }
        return found;
    }
}
