package org.policygraph.ingest.indicator;

/** The characters of a compact passage already taken by a statement or a time mark, so no other reading claims them. */
final class Spans {

    /** Marks {@code from}..{@code to} (clipped to the text) taken. */
    static void mark(boolean[] a, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(a.length, to); i++) {
            a[i] = true;
        }
    }

    /** Whether any character of {@code from}..{@code to} is taken. */
    static boolean anyTaken(boolean[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i]) {
                return true;
            }
        }
        return false;
    }

    private Spans() {
    }
}
