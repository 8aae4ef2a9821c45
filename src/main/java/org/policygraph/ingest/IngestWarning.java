package org.policygraph.ingest;

/**
 * Something an editor should look at after an ingest: the graph was (or would be) written, but part of the text did
 * not become facts.
 *
 * @param line 1-based line of the source text, or null when the warning is about the whole text
 */
public record IngestWarning(Kind kind, Integer line, String message) {

    public enum Kind {
        /** A 负责部门 cell or prose role names a body the vocabulary does not know; no link was made. */
        UNKNOWN_DEPARTMENT,
        /** A phrase that looks like a department or park name matches no vocabulary entry or alias. */
        UNMATCHED_NAME,
        /** Text lines that ended up in no section, measure or indicator quote. */
        UNPARSED_LINES,
        /** Anything else the parser reported (skipped OCR duplicates, rows without numbers ...). */
        PARSER
    }
}
