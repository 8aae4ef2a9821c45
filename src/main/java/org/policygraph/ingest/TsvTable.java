package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One graph-seed TSV file: first non-comment line is the header, {@code #} at line start is a comment, blank lines
 * are ignored. Rows keep their 1-based line number so every error can name {@code file:line}.
 */
public final class TsvTable {

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;

    private TsvTable(String file, List<String> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code relativePath} and checks that the header has every column in {@code requiredColumns}. */
    public static TsvTable read(SeedSource source, String relativePath, String... requiredColumns) {
        return parse(source.describe(relativePath), source.read(relativePath), requiredColumns);
    }

    public static TsvTable parse(String file, String content, String... requiredColumns) {
        String[] lines = content.split("\n", -1);
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = stripLineEnd(lines[i]);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = cells.stream().map(String::trim).toList();
                headerLine = i + 1;
                continue;
            }
            if (cells.size() > header.size()) {
                throw new SeedException(file + ":" + (i + 1), "row has " + cells.size() + " cells but the header (line "
                        + headerLine + ") has " + header.size() + " columns " + header);
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> verbatim = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String cell = c < cells.size() ? cells.get(c) : "";
                values.put(header.get(c), cell.trim());
                verbatim.put(header.get(c), cell);
            }
            rows.add(new Row(file, i + 1, values, verbatim));
        }
        if (header == null) {
            throw new SeedException(file, "no header line");
        }
        for (String required : requiredColumns) {
            if (!header.contains(required)) {
                throw new SeedException(file + ":" + headerLine, "header lacks column '" + required + "' (has " + header
                        + ")");
            }
        }
        return new TsvTable(file, header, List.copyOf(rows));
    }

    private static String stripLineEnd(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    public String file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * One data row; {@link #where()} is {@code file:line}. {@code values} are trimmed; {@code verbatim} keeps each
     * cell as written, for quotes that must match the source text exactly.
     */
    public record Row(String file, int line, Map<String, String> values, Map<String, String> verbatim) {

        public String where() {
            return file + ":" + line;
        }

        /** The cell, trimmed; empty when absent. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new SeedException(where(), "no column '" + column + "'");
            }
            return value;
        }

        /** The cell exactly as written, spaces included (a verbatim quote). */
        public String verbatim(String column) {
            get(column);
            return verbatim.get(column);
        }

        /** The cell, which must not be empty. */
        public String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new SeedException(where(), "column '" + column + "' is empty");
            }
            return value;
        }

        /** The cell as one of an enum's constants, or the row's error naming them all. */
        public <E extends Enum<E>> E oneOf(String column, Class<E> type) {
            String value = get(column);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw error(column + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining("|")) + ", found '" + value + "'");
        }

        /** A whole number cell, {@code absent} where the cell is empty, or the row's error where it is no number. */
        public int number(String column, int absent) {
            String value = get(column);
            if (value.isEmpty()) {
                return absent;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(column + " '" + value + "' is no number");
            }
        }

        /** A {@code |}-separated list cell; empty cell → empty list. */
        public List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        public SeedException error(String problem) {
            return new SeedException(where(), problem);
        }
    }
}
