package org.policygraph.model;

import java.util.List;

/** A quantity followed across plans (graph-seed/vocabulary/metrics.tsv): its canonical name and the spellings plans use. */
public record MetricRecord(String id, String name, IndicatorKind kind, List<String> aliases, String note) {
}
