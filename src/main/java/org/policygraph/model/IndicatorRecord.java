package org.policygraph.model;

/**
 * A quantitative figure a plan states: a target it sets, or a baseline or actual it reports.
 *
 * @param ownerId      id of the Measure or Section whose text states it
 * @param value        the number as printed, in {@code unit} (10 for "10%", 3500 for "3500 万人次")
 * @param valueMax     upper bound for RANGE, else null
 * @param unit         the printed unit with spelling variants merged (场次 → 场, ％ → %) and a per-year suffix
 *                     ("/年") moved into {@code period}: "%", "亿元", "万人次", "家", "个" ...
 * @param year         the year the figure is for (YEAR), or by which a PER_YEAR rate holds, or the end of a
 *                     CUMULATIVE / AVERAGE_ANNUAL_GROWTH period, where the text gives one
 * @param aspirational true where the text says 力争 (strive for)
 * @param role         TARGET, BASELINE or ACTUAL (see {@link IndicatorRole})
 * @param period       what time the value covers (see {@link IndicatorPeriod})
 * @param periodFrom   first year of a CUMULATIVE or AVERAGE_ANNUAL_GROWTH period, where known
 * @param periodTo     last year of such a period, where known
 * @param printedUnit  the unit exactly as printed ("场次", "亿美元/年")
 * @param each         true for "各 N": the value holds for each of the items named, not for all together
 * @param metricId     the {@code Metric} this figure measures (graph-seed/vocabulary/metrics.tsv), or null
 */
public record IndicatorRecord(String id, String documentId, String ownerId, String name, Double value, Double valueMax,
                              String unit, Integer year, IndicatorKind kind, TargetComparator comparator,
                              boolean aspirational, SourceRef source, IndicatorRole role, IndicatorPeriod period,
                              Integer periodFrom, Integer periodTo, String printedUnit, boolean each,
                              String metricId) {

    public IndicatorRecord {
        if (role == null) {
            role = comparator == TargetComparator.ACTUAL ? IndicatorRole.ACTUAL : IndicatorRole.TARGET;
        }
        if (period == null) {
            period = IndicatorPeriod.YEAR;
        }
        if (printedUnit == null) {
            printedUnit = unit;
        }
    }

    /** A figure for one year, with its role read from the comparator (ACTUAL or else TARGET). */
    public IndicatorRecord(String id, String documentId, String ownerId, String name, Double value, Double valueMax,
                           String unit, Integer year, IndicatorKind kind, TargetComparator comparator,
                           boolean aspirational, SourceRef source) {
        this(id, documentId, ownerId, name, value, valueMax, unit, year, kind, comparator, aspirational, source, null,
                null, null, null, null, false, null);
    }

    public IndicatorRecord withOwner(String newId, String newOwnerId) {
        return new IndicatorRecord(newId, documentId, newOwnerId, name, value, valueMax, unit, year, kind, comparator,
                aspirational, source, role, period, periodFrom, periodTo, printedUnit, each, metricId);
    }

    public IndicatorRecord withName(String newName) {
        return new IndicatorRecord(id, documentId, ownerId, newName, value, valueMax, unit, year, kind, comparator,
                aspirational, source, role, period, periodFrom, periodTo, printedUnit, each, metricId);
    }

    public IndicatorRecord withYear(Integer newYear) {
        return new IndicatorRecord(id, documentId, ownerId, name, value, valueMax, unit, newYear, kind, comparator,
                aspirational, source, role, period, periodFrom, periodTo, printedUnit, each, metricId);
    }

    public IndicatorRecord withMetric(String newMetricId) {
        return new IndicatorRecord(id, documentId, ownerId, name, value, valueMax, unit, year, kind, comparator,
                aspirational, source, role, period, periodFrom, periodTo, printedUnit, each, newMetricId);
    }

    /** The same quantity (name, unit, year, period) as reported done: {@code done}, an actual, quoted from {@code quote}. */
    public IndicatorRecord reportedAs(double done, SourceRef quote) {
        return new IndicatorRecord(id, documentId, ownerId, name, done, null, unit, year, kind, TargetComparator.ACTUAL,
                false, quote, IndicatorRole.ACTUAL, period, periodFrom, periodTo, printedUnit, each, metricId);
    }
}
