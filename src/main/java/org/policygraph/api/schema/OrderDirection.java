package org.policygraph.api.schema;

public enum OrderDirection { ASC, DESC }
