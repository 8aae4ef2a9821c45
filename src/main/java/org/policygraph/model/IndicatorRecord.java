package org.policygraph.model;

/**
 * A quantitative target or baseline.
 *
 * @param ownerId      id of the Measure or Section whose text states it
 * @param value        the number as printed, in {@code unit} (10 for "10%", 3500 for "3500 万人次")
 * @param valueMax     upper bound for RANGE, else null
 * @param unit         as printed: "%", "亿元", "万人次", "家", "个" ...
 * @param year         the target or baseline year, where the text gives one
 * @param aspirational true where the text says 力争 (strive for)
 */
public record IndicatorRecord(String id, String documentId, String ownerId, String name, Double value, Double valueMax,
                              String unit, Integer year, IndicatorKind kind, Comparator comparator, boolean aspirational,
                              SourceRef source) {
}
