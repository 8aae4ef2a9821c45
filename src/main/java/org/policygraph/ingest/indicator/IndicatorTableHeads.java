package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;

/**
 * The column names an indicator table printed one row a line ({@link UnitColumnTable}) shares with the task tables,
 * read from the one list of them, {@code vocabulary/table-columns.tsv}: its UNIT rows matched EXACT name the unit
 * column (单位, 计量单位), its BASELINE rows matched CLOSING the column of the figures as they stand (现状, 现值, 基期,
 * 基数). Such a head cell is the word closing it, 值 after it allowed and at most four characters before it (现状值,
 * 全市现值, 基期值), within the row's longest cell and without its unless words; after a year ("2020年基期值") the word
 * marks the year's figures as reported.
 */
public final class IndicatorTableHeads {

    /** The file the task tables read their columns' names from too. */
    public static final String FILE = "vocabulary/table-columns.tsv";

    private record Present(Pattern shape, String phrase, int maxLength, List<String> unless) {

        boolean heads(String cell) {
            return cell.length() <= maxLength && unless.stream().noneMatch(cell::contains)
                    && shape.matcher(cell).matches();
        }
    }

    private final List<String> unitWords;
    private final List<Present> present;

    private IndicatorTableHeads(List<String> unitWords, List<Present> present) {
        this.unitWords = List.copyOf(unitWords);
        this.present = List.copyOf(present);
    }

    public static IndicatorTableHeads read(SeedSource source) {
        return from(TsvTable.read(source, FILE, "column", "match", "phrase", "max_length", "unless"));
    }

    static IndicatorTableHeads from(TsvTable table) {
        List<String> unitWords = new ArrayList<>();
        List<Present> present = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String column = row.get("column");
            String match = row.get("match");
            if (column.equals("UNIT") && match.equals("EXACT")) {
                unitWords.add(row.required("phrase"));
            } else if (column.equals("BASELINE") && match.equals("CLOSING")) {
                String phrase = row.required("phrase");
                int max = row.number("max_length", Integer.MAX_VALUE);
                present.add(new Present(Pattern.compile("\\p{IsHan}{0,4}" + Pattern.quote(phrase) + "值?"), phrase,
                        max, row.list("unless")));
            }
        }
        return new IndicatorTableHeads(unitWords, present);
    }

    /** Whether a head cell names the unit column: "单位", "计量单位". */
    public boolean namesUnit(String cell) {
        return unitWords.contains(cell);
    }

    /** Whether a head cell names the column of the figures as they stand, printed without a year: "现状值", "全市现值". */
    public boolean namesPresent(String cell) {
        return present.stream().anyMatch(p -> p.heads(cell));
    }

    /** Whether what follows a head cell's year names the figures as they stood: "基期值" in "2020年基期值". */
    public boolean marksPresent(String afterYear) {
        return present.stream().anyMatch(p -> afterYear.contains(p.phrase()));
    }
}
