package org.policygraph.api.schema;

public enum SearchHitKind { MEASURE, SECTION }
