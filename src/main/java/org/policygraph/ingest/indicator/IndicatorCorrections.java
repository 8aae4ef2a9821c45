package org.policygraph.ingest.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

/**
 * The parsed {@code corrections/indicators.tsv}:
 * {@code document action quote name value valueMax unit year kind comparator aspirational note}.
 * Every error names {@code file:line}.
 */
public final class IndicatorCorrections {

    static final String[] HEADER = {"document", "action", "quote", "name", "value", "valueMax", "unit", "year",
            "kind", "comparator", "aspirational", "note"};

    private static final IndicatorCorrections EMPTY = new IndicatorCorrections(List.of());

    private final List<IndicatorCorrection> rows;

    public IndicatorCorrections(List<IndicatorCorrection> rows) {
        this.rows = List.copyOf(rows);
    }

    public static IndicatorCorrections empty() {
        return EMPTY;
    }

    public List<IndicatorCorrection> rows() {
        return rows;
    }

    List<IndicatorCorrection> forDocument(String documentId, IndicatorCorrection.Action action) {
        List<IndicatorCorrection> out = new ArrayList<>();
        for (IndicatorCorrection row : rows) {
            if (row.action() == action && row.document().equals(documentId)) {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * Reads the TSV. The first non-comment, non-blank line must be the header.
     *
     * @throws IllegalArgumentException "fileName:line: what is wrong"
     */
    public static IndicatorCorrections read(Reader reader, String fileName) {
        List<IndicatorCorrection> rows = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    checkHeader(cells, fileName, lineNo);
                    headerSeen = true;
                    continue;
                }
                rows.add(parseRow(cells, fileName, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot read: " + e.getMessage(), e);
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(fileName + ":1: missing header line (" + String.join("\\t", HEADER) + ")");
        }
        return new IndicatorCorrections(rows);
    }

    private static void checkHeader(String[] cells, String file, int line) {
        if (cells.length != HEADER.length) {
            throw error(file, line, "header must have " + HEADER.length + " columns (" + String.join(", ", HEADER)
                    + "), found " + cells.length);
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (!HEADER[i].equals(cells[i].trim())) {
                throw error(file, line, "header column " + (i + 1) + " must be '" + HEADER[i] + "', found '"
                        + cells[i].trim() + "'");
            }
        }
    }

    private static IndicatorCorrection parseRow(String[] cells, String file, int line) {
        if (cells.length != HEADER.length) {
            throw error(file, line, "expected " + HEADER.length + " tab-separated columns, found " + cells.length);
        }
        String document = cells[0].trim();
        if (document.isEmpty()) {
            throw error(file, line, "document is empty");
        }
        IndicatorCorrection.Action action;
        try {
            action = IndicatorCorrection.Action.valueOf(cells[1].trim());
        } catch (IllegalArgumentException e) {
            throw error(file, line, "action must be ADD or EXCLUDE, found '" + cells[1].trim() + "'");
        }
        // the quote is verbatim: never trimmed
        String quote = cells[2];
        if (quote.isBlank()) {
            throw error(file, line, "quote is empty");
        }
        String note = cells[11].trim();
        if (action == IndicatorCorrection.Action.EXCLUDE) {
            for (int i = 3; i <= 10; i++) {
                if (!cells[i].isBlank()) {
                    throw error(file, line, "EXCLUDE row must leave " + HEADER[i] + " empty");
                }
            }
            return new IndicatorCorrection(line, document, action, quote, null, null, null, null, null, null, null,
                    false, note);
        }
        String name = cells[3].trim();
        if (name.isEmpty()) {
            throw error(file, line, "ADD row needs a name");
        }
        IndicatorKind kind = parseEnum(IndicatorKind.class, cells[8], "kind", file, line);
        TargetComparator comparator = parseEnum(TargetComparator.class, cells[9], "comparator", file, line);
        Double value = parseNumber(cells[4], "value", file, line);
        Double valueMax = parseNumber(cells[5], "valueMax", file, line);
        if (value == null && kind != IndicatorKind.RANK) {
            throw error(file, line, "ADD row needs a value (only RANK may omit it)");
        }
        if (comparator == TargetComparator.RANGE && valueMax == null) {
            throw error(file, line, "RANGE needs valueMax");
        }
        if (comparator != TargetComparator.RANGE && valueMax != null) {
            throw error(file, line, "valueMax is only for RANGE");
        }
        if (valueMax != null && value != null && valueMax < value) {
            throw error(file, line, "valueMax " + cells[5].trim() + " is below value " + cells[4].trim());
        }
        String unit = cells[6].trim().isEmpty() ? null : cells[6].trim();
        Integer year = null;
        if (!cells[7].isBlank()) {
            try {
                year = Integer.valueOf(cells[7].trim());
            } catch (NumberFormatException e) {
                throw error(file, line, "year must be an integer, found '" + cells[7].trim() + "'");
            }
            if (year < 1900 || year > 2100) {
                throw error(file, line, "year out of range: " + year);
            }
        }
        String asp = cells[10].trim();
        boolean aspirational;
        if (asp.isEmpty() || asp.equalsIgnoreCase("false")) {
            aspirational = false;
        } else if (asp.equalsIgnoreCase("true")) {
            aspirational = true;
        } else {
            throw error(file, line, "aspirational must be true, false or empty, found '" + asp + "'");
        }
        return new IndicatorCorrection(line, document, action, quote, name, value, valueMax, unit, year, kind,
                comparator, aspirational, note);
    }

    private static Double parseNumber(String cell, String column, String file, int line) {
        String s = cell.trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw error(file, line, column + " must be a number, found '" + s + "'");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String cell, String column, String file, int line) {
        String s = cell.trim();
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : "|").append(c.name());
            }
            throw error(file, line, column + " must be one of " + allowed + ", found '" + s + "'");
        }
    }

    private static IllegalArgumentException error(String file, int line, String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
}
