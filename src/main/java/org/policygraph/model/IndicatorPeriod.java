package org.policygraph.model;

/**
 * The time a figure covers. YEAR: the value in one year ({@code year}); PER_YEAR: every year ("每年", "…亿美元/年"),
 * {@code year} then being the year by which that yearly rate holds, if stated; CUMULATIVE: a total over
 * {@code periodFrom..periodTo} ("十三五"期间累计, 举办展会 3347 场 over 2016–2020); AVERAGE_ANNUAL_GROWTH: a 年均
 * growth rate over {@code periodFrom..periodTo}.
 */
public enum IndicatorPeriod { YEAR, PER_YEAR, CUMULATIVE, AVERAGE_ANNUAL_GROWTH }
