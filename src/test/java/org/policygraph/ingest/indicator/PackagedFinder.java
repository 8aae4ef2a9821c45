package org.policygraph.ingest.indicator;

import java.util.Map;

import org.policygraph.ingest.SeedSource;

/** A finder with the target bounds and units the application ships (the packaged seed), and no curated metric. */
final class PackagedFinder {

    private PackagedFinder() {
    }

    static RuleBasedIndicatorFinder of(IndicatorCorrections corrections, Map<String, DocumentYears> documentYears) {
        return new RuleBasedIndicatorFinder(corrections, documentYears, MetricVocabulary.empty(),
                TargetBounds.read(SeedSource.classpath()), Units.read(SeedSource.classpath()),
                IndicatorWords.read(SeedSource.classpath()));
    }
}
