package org.policygraph.graph;

/** A write the graph's current state does not allow; nothing was written. */
public class WriteRejectedException extends RuntimeException {

    public enum Reason {
        /** The document, department or park named does not exist. */
        NOT_FOUND,
        /** Another node already holds the document number or alias. */
        CONFLICT,
        /** Seeded documents change through graph-seed, not through the write path. */
        SEEDED_DOCUMENT
    }

    private final Reason reason;

    public WriteRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
