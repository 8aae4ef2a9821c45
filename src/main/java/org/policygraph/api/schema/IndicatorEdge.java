package org.policygraph.api.schema;

public class IndicatorEdge extends Edge<Indicator> {
}
