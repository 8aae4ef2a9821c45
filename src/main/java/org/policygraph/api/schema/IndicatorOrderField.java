package org.policygraph.api.schema;

public enum IndicatorOrderField { YEAR, VALUE, NAME, POSITION }
