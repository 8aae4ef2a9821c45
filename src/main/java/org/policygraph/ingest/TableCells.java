package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a flattened table line at its tabs, keeping each cell's raw span (trimmed, without {@code <p>} tags). */
final class TableCells {

    private TableCells() {
    }

    static List<Span> of(SourceText source, SourceText.Line line) {
        String raw = source.raw();
        List<Span> cells = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || raw.charAt(i) == '\t') {
                cells.add(trim(raw, start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    /** The cell without surrounding whitespace and without an enclosing {@code <p>…</p>}. */
    static Span trim(String raw, int start, int end) {
        boolean changed = true;
        while (changed) {
            changed = false;
            while (start < end && Character.isWhitespace(raw.charAt(start))) {
                start++;
                changed = true;
            }
            while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
                end--;
                changed = true;
            }
            if (raw.startsWith("<p>", start) && start + 3 <= end) {
                start += 3;
                changed = true;
            }
            if (end - 4 >= start && raw.startsWith("</p>", end - 4)) {
                end -= 4;
                changed = true;
            }
        }
        return new Span(start, end);
    }
}
