package org.policygraph.graph;

/** Neo4j cannot be reached (or refused us): the request cannot be answered now. */
public class GraphUnavailableException extends RuntimeException {
    public GraphUnavailableException(Throwable cause) {
        super("The graph database is unavailable", cause);
    }
}
