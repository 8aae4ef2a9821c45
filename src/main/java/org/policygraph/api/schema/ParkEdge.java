package org.policygraph.api.schema;

public class ParkEdge extends Edge<Park> {
}
