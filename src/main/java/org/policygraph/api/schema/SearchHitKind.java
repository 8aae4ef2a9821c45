package org.policygraph.api;

public enum SearchHitKind { MEASURE, SECTION }
