package org.policygraph.ingest;

/**
 * A seed file or source text that cannot be turned into valid records. The message always starts with
 * {@code file:line} (or just {@code file} when the whole file is at fault) so a curator can go straight to it.
 */
public class SeedException extends RuntimeException {

    private final String where;

    public SeedException(String where, String problem) {
        super(where + ": " + problem);
        this.where = where;
    }

    public SeedException(String where, String problem, Throwable cause) {
        super(where + ": " + problem, cause);
        this.where = where;
    }

    /** The {@code file:line} (or file) the problem was found at. */
    public String where() {
        return where;
    }
}
