package org.policygraph.api.schema;

public class ResponsibilityEdge extends Edge<Responsibility> {
}
