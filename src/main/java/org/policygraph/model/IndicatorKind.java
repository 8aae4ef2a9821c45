package org.policygraph.model;

/** What an indicator measures: an absolute level, a growth rate, a share, a count of things, or a rank. */
public enum IndicatorKind { LEVEL, GROWTH_RATE, SHARE, COUNT, RANK }
