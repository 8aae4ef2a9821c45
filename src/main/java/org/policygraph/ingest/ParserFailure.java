package org.policygraph.ingest;

/**
 * The parser itself failed on a submitted text — a bug of ours, not a fault of the text. Nothing is written; the
 * message says so without internals, the cause keeps the stack trace for the log.
 */
public final class ParserFailure extends SeedException {

    public ParserFailure(String where, RuntimeException cause) {
        super(where, "the parser failed on this text (an internal error, logged); nothing was written. The text may "
                + "well be valid: please report it with the text", cause);
    }
}
