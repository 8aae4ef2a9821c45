package org.policygraph.ingest.indicator;

import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

/**
 * One row of {@code graph-seed/corrections/indicators.tsv}.
 * ADD rows carry a full indicator (name .. aspirational); EXCLUDE rows only document, quote and note.
 *
 * @param line 1-based line in the file, for error messages and traceability
 */
public record IndicatorCorrection(int line, String document, Action action, String quote, String name, Double value,
                                  Double valueMax, String unit, Integer year, IndicatorKind kind,
                                  TargetComparator comparator, boolean aspirational, String note) {

    public enum Action { ADD, EXCLUDE }
}
