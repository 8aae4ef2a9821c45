package org.policygraph.model;

import java.util.Objects;

/**
 * Provenance of one fact: which document, where in it, and the verbatim text that states it.
 * {@code quote} must be an exact substring of the document's source text (validated before loading).
 */
public record SourceRef(String documentId, String location, String quote) {
    public SourceRef {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quote, "quote");
    }
}
