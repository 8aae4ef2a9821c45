package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

/**
 * The parsed {@code corrections/indicators.tsv}:
 * {@code document action quote name value valueMax unit year kind comparator aspirational note}.
 * Read through {@link TsvTable} like every graph-seed table; every error names {@code file:line}.
 */
public final class IndicatorCorrections {

    static final String[] HEADER = {"document", "action", "quote", "name", "value", "valueMax", "unit", "year",
            "kind", "comparator", "aspirational", "note"};

    /** The columns that describe the indicator an ADD row adds; an EXCLUDE row leaves them empty. */
    private static final List<String> INDICATOR_COLUMNS = List.of("name", "value", "valueMax", "unit", "year", "kind",
            "comparator", "aspirational");

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

    /** Reads {@code relativePath} from the seed, or gives {@link #empty()} when the file is absent. */
    public static IndicatorCorrections read(SeedSource source, String relativePath) {
        return source.readIfPresent(relativePath)
                .map(content -> parse(source.describe(relativePath), content))
                .orElseGet(IndicatorCorrections::empty);
    }

    /** Parses the TSV; every error is a {@link SeedException} naming {@code file:line}. */
    public static IndicatorCorrections parse(String file, String content) {
        List<IndicatorCorrection> rows = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.parse(file, content, HEADER).rows()) {
            rows.add(parseRow(row));
        }
        return new IndicatorCorrections(rows);
    }

    private static IndicatorCorrection parseRow(TsvTable.Row row) {
        String document = row.required("document");
        IndicatorCorrection.Action action = row.oneOf("action", IndicatorCorrection.Action.class);
        // the quote is verbatim: never trimmed
        String quote = row.verbatim("quote");
        if (quote.isBlank()) {
            throw row.error("quote is empty");
        }
        String note = row.get("note");
        if (action == IndicatorCorrection.Action.EXCLUDE) {
            for (String column : INDICATOR_COLUMNS) {
                if (!row.get(column).isEmpty()) {
                    throw row.error("EXCLUDE row must leave " + column + " empty");
                }
            }
            return new IndicatorCorrection(row.line(), document, action, quote, null, null, null, null, null, null,
                    null, false, note);
        }
        String name = row.get("name");
        if (name.isEmpty()) {
            throw row.error("ADD row needs a name");
        }
        IndicatorKind kind = parseEnum(IndicatorKind.class, row, "kind");
        TargetComparator comparator = parseEnum(TargetComparator.class, row, "comparator");
        Double value = parseNumber(row, "value");
        Double valueMax = parseNumber(row, "valueMax");
        if (value == null && kind != IndicatorKind.RANK) {
            throw row.error("ADD row needs a value (only RANK may omit it)");
        }
        if (comparator == TargetComparator.RANGE && valueMax == null) {
            throw row.error("RANGE needs valueMax");
        }
        if (comparator != TargetComparator.RANGE && valueMax != null) {
            throw row.error("valueMax is only for RANGE");
        }
        if (valueMax != null && value != null && valueMax < value) {
            throw row.error("valueMax " + row.get("valueMax") + " is below value " + row.get("value"));
        }
        String unit = row.get("unit").isEmpty() ? null : row.get("unit");
        Integer year = null;
        if (!row.get("year").isEmpty()) {
            try {
                year = Integer.valueOf(row.get("year"));
            } catch (NumberFormatException e) {
                throw row.error("year must be an integer, found '" + row.get("year") + "'");
            }
            if (year < 1900 || year > 2100) {
                throw row.error("year out of range: " + year);
            }
        }
        String asp = row.get("aspirational");
        boolean aspirational;
        if (asp.isEmpty() || asp.equalsIgnoreCase("false")) {
            aspirational = false;
        } else if (asp.equalsIgnoreCase("true")) {
            aspirational = true;
        } else {
            throw row.error("aspirational must be true, false or empty, found '" + asp + "'");
        }
        return new IndicatorCorrection(row.line(), document, action, quote, name, value, valueMax, unit, year, kind,
                comparator, aspirational, note);
    }

    private static Double parseNumber(TsvTable.Row row, String column) {
        String s = row.get(column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw row.error(column + " must be a number, found '" + s + "'");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, TsvTable.Row row, String column) {
        String s = row.get(column);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : "|").append(c.name());
            }
            throw row.error(column + " must be one of " + allowed + ", found '" + s + "'");
        }
    }
}
