package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.policygraph.ingest.TableHeaders.Column;
import org.policygraph.ingest.TableHeaders.Horizon;

/** A row of a task table being read: the raw pieces of each column, possibly from several lines. */
final class TableRow {

    final int number;
    final String where;
    final Map<Column, List<Span>> pieces = new EnumMap<>(Column.class);
    /** The cell that printed the row's number in front of the task ("1. 创新…"): quoted whole. */
    Span numberedTaskCell;
    /**
     * Printed one cell a line, or a row per line with cells separated by '|': each piece of a column is a cell of
     * its own (names one a piece, task lines one a piece), not one name wrapped.
     */
    boolean vertical;
    /** Read from rows separated by '|', one table row a line. */
    boolean pipe;
    /** The names of a column are cells apart (a project's parts, each with its owner): each quoted by itself. */
    boolean namesApart;
    /** Column index of the last cell read by position: a line continuing the row goes on from there. */
    int lastIndex = -1;
    /**
     * The row's cells under a header naming a quantity with its unit ({@link TableHeaders#quantityHeader}), and the
     * headers.
     */
    final List<Span> figureCells = new ArrayList<>();
    final List<String> figureHeaders = new ArrayList<>();
    /** The horizon of each figure cell's column ({@link TableHeaders#horizons}), null for a quantity header's. */
    final List<Horizon> figureHorizons = new ArrayList<>();

    TableRow(int number, String where) {
        this.number = number;
        this.where = where;
    }

    void add(Column column, Span span) {
        if (span.start() < span.end() && column != Column.BASELINE) { // 现值 outside a table of horizons: nothing
            pieces.computeIfAbsent(column, c -> new ArrayList<>()).add(span);
        }
    }

    void addFigure(Span cell, String header, Horizon horizon) {
        figureCells.add(cell);
        figureHeaders.add(header);
        figureHorizons.add(horizon);
    }
}
