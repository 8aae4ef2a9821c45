package org.policygraph.api;

public enum OrderDirection { ASC, DESC }
