package org.policygraph.api.schema;

public class MeasureEdge extends Edge<Measure> {
}
