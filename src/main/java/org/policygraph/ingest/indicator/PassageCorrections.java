package org.policygraph.ingest.indicator;

import java.util.List;
import java.util.Objects;

import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.SourceRef;

/**
 * The curated corrections ({@link IndicatorCorrections}) applied to the figures found in a passage: EXCLUDE rows
 * suppress every extracted indicator whose quote lies within an occurrence of the EXCLUDE quote; ADD rows are emitted
 * where their quote occurs in the passage.
 */
final class PassageCorrections {

    private final IndicatorCorrections corrections;
    private final Units units;

    PassageCorrections(IndicatorCorrections corrections, Units units) {
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.units = Objects.requireNonNull(units, "units");
    }

    /** Applies the document's EXCLUDE rows, then adds its ADD rows found in {@code rawText}, to {@code found}. */
    void apply(String documentId, String location, String rawText, List<FlattenedTable.Placed> found) {
        applyExclusions(documentId, rawText, found);
        addCorrections(documentId, location, rawText, found);
    }

    private void applyExclusions(String documentId, String rawText, List<FlattenedTable.Placed> found) {
        for (IndicatorCorrection ex : corrections.forDocument(documentId, IndicatorCorrection.Action.EXCLUDE)) {
            int from = 0;
            int at;
            while ((at = rawText.indexOf(ex.quote(), from)) >= 0) {
                final int start = at;
                final int end = at + ex.quote().length();
                found.removeIf(p -> p.start() >= start && p.end() <= end);
                from = at + 1;
            }
        }
    }

    private void addCorrections(String documentId, String location, String rawText,
                                List<FlattenedTable.Placed> found) {
        for (IndicatorCorrection add : corrections.forDocument(documentId, IndicatorCorrection.Action.ADD)) {
            int at = rawText.indexOf(add.quote());
            if (at < 0) {
                continue;
            }
            IndicatorPeriod period = add.quote().contains("每年") ? IndicatorPeriod.PER_YEAR : IndicatorPeriod.YEAR;
            IndicatorRecord r = new IndicatorRecord(null, documentId, null, add.name(), add.value(), add.valueMax(),
                    units.normalize(add.unit()), add.year(), add.kind(), add.comparator(), add.aspirational(),
                    new SourceRef(documentId, location, add.quote()), null, period, null, null, add.unit(), false,
                    null);
            found.add(new FlattenedTable.Placed(at, at + add.quote().length(), r));
        }
    }
}
