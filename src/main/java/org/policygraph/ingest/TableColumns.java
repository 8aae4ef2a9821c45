package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.ingest.indicator.IndicatorTableHeads;
import org.policygraph.ingest.indicator.Units;

/**
 * The names of a task table's columns other than the bodies' ({@code vocabulary/table-columns.tsv}): 序号, 主要任务,
 * 完成时限, 进展情况, 单位, 年度目标, 备注 … — each row a phrase, how a header cell holds it (the whole cell, within it,
 * opening it), the longest cell it names and the words such a cell must not hold. The first row a cell matches names
 * its column. The bodies' columns (牵头单位, 责任单位) are responsibility-labels.tsv's COLUMN rows. Its UNIT rows matched
 * EXACT and its CLOSING rows (现状, 现值: a task table reads them as CONTAINS rows) name the columns of an indicator
 * table printed one row a line too ({@link IndicatorTableHeads}).
 */
final class TableColumns {

    static final String FILE = IndicatorTableHeads.FILE;

    /** CLOSING: contains it, as CONTAINS; an indicator table's head must close with it ({@link IndicatorTableHeads}). */
    enum Match { EXACT, CONTAINS, STARTS, CLOSING }

    private record Name(TableHeaders.Column column, Match match, String phrase, int maxLength, List<String> unless) {

        boolean names(String cell) {
            if (cell.length() > maxLength || unless.stream().anyMatch(cell::contains)) {
                return false;
            }
            return switch (match) {
                case EXACT -> cell.equals(phrase);
                case CONTAINS, CLOSING -> cell.contains(phrase);
                case STARTS -> cell.startsWith(phrase);
            };
        }
    }

    private final List<Name> names;
    /** The units a figure may carry: a header's bracket printing one ("总投资(万元)") names a column of figures. */
    private final Units units;

    private TableColumns(List<Name> names, Units units) {
        this.names = List.copyOf(names);
        this.units = units;
    }

    /** Whether a header's bracket prints a unit a figure may carry ("万元" in "总投资(万元)"). */
    boolean isUnit(String printed) {
        return units.isUnit(printed);
    }

    static TableColumns read(SeedSource source) {
        List<Name> names = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(source, FILE, "column", "match", "phrase", "max_length", "unless").rows()) {
            TableHeaders.Column column = row.oneOf("column", TableHeaders.Column.class);
            if (column == TableHeaders.Column.LEAD || column == TableHeaders.Column.SUPPORT
                    || column == TableHeaders.Column.RESPONSIBLE || column == TableHeaders.Column.ASSESSOR) {
                throw row.error("the bodies' columns (" + column + ") are COLUMN rows of " + ResponsibilityLabels.FILE);
            }
            if (row.oneOf("match", Match.class) == Match.CLOSING && column != TableHeaders.Column.BASELINE) {
                throw row.error("CLOSING names the column of the figures as they stand: BASELINE rows only");
            }
            int max = row.number("max_length", Integer.MAX_VALUE);
            names.add(new Name(column, row.oneOf("match", Match.class), row.required("phrase"), max,
                    row.list("unless")));
        }
        return new TableColumns(names, Units.read(source));
    }

    /** The column a header cell (white space removed, a year opening it dropped) names, or null. */
    TableHeaders.Column columnOf(String cell) {
        for (Name name : names) {
            if (name.names(cell)) {
                return name.column();
            }
        }
        return null;
    }
}
