package org.policygraph.api;

public enum IndicatorOrderField { YEAR, VALUE, NAME, POSITION }
