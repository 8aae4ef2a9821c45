package org.policygraph.ingest;

/** A range {@code [start, end)} of a source text's raw characters. */
record Span(int start, int end) {

    Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    String of(String raw) {
        return raw.substring(start, end);
    }
}
