package org.policygraph.graph;

/** Neo4j cannot be reached (or refused us): the request cannot be answered now. */
public class GraphUnavailableException extends RuntimeException {
    public GraphUnavailableException(Throwable cause) {
        super("The graph database is unavailable", cause);
    }

    /** Failed fast: Neo4j was found unreachable and has not answered since (see {@link GraphAvailability}). */
    public GraphUnavailableException() {
        super("The graph database is unavailable (failing fast until it answers again)");
    }
}
