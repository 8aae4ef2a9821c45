package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;

import org.policygraph.ingest.CellContents.CellKind;

import static org.policygraph.ingest.CellContents.NO_BODY;
import static org.policygraph.ingest.CellContents.NUMBER_CELL;

/**
 * Finds the rows of a table printed without a header, one cell a line, with a line of '|' alone between a row's cells,
 * as some sites store a table whose header they dropped; the task tables read those rows
 * ({@link TaskTables#parse}), and the plan parser takes such a table for the start of the task part.
 */
final class SeparatedCellRows {

    /** The fewest rows that make a header-less table of cells separated by '|' lines ({@link #find}). */
    private static final int MIN_SEPARATED_ROWS = 2;

    /** The longest line a row's last cell may go on with (names or phone numbers one a line): longer is text after it. */
    private static final int MAX_TRAILING_CELL_LINE = 20;

    private final SourceText source;
    private final CellContents contents;

    SeparatedCellRows(SourceText source, CellContents contents) {
        this.source = source;
        this.contents = contents;
    }

    /**
     * The rows of a table printed without a header, one cell a line with a line of '|' alone between a row's cells and
     * none between its last cell and the next row's number, as some sites store a table whose header they dropped:
     * "1" ⏎ "|" ⏎ "一、…" ⏎ "|" ⏎ task ⏎ "|" ⏎ "产业科" ⏎ "市畜牧中心" ⏎ "|" ⏎ "孙永峰" ⏎ "|" ⏎ "2024年底前" ⏎ "|" ⏎
     * "5555309" ⏎ "2" ⏎ "|" …. The '|' lines bound the cells exactly (two in a row enclose an empty cell; a cell's
     * lines between them are one cell: names stacked one a line). Read from a number cell at line {@code n} that
     * follows no such cell (not a row's inside the table), rows numbered on by one each (1, 2, 3 …). Each row of lines
     * of cells; null unless at least {@link #MIN_SEPARATED_ROWS} rows are read and every one holds a cell of words
     * (its task) right before a cell of bodies' names, so an outline, which prints no '|' lines, never reads as one.
     */
    List<List<List<Integer>>> find(int n, int to) {
        SourceText.Line first = source.line(n);
        if (first.isNoise() || TableCells.isRow(first) || !NUMBER_CELL.matcher(first.text().strip()).matches()
                || separatorBefore(n, 2)) {
            return null;
        }
        // the cells, each the lines between two '|' lines
        List<List<Integer>> cells = new ArrayList<>(List.of(new ArrayList<>(List.of(n))));
        boolean afterSeparator = false;
        for (int k = n + 1; k < to; k++) {
            SourceText.Line line = source.line(k);
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (TableCells.CLOSING_PIPES.matcher(text).matches()) {
                if (afterSeparator) {
                    cells.add(new ArrayList<>()); // two '|' lines in a row enclose an empty cell
                }
                afterSeparator = true;
                continue;
            }
            if (TableCells.isRow(line) || line.isNoise()) {
                break;
            }
            if (afterSeparator || (NUMBER_CELL.matcher(text).matches() && TableCells.separatorLineNext(source, k, to))) {
                // a number alone before a '|' line opens a cell (the next row's number, where no '|' line ends a row)
                cells.add(new ArrayList<>(List.of(k)));
            } else if (text.length() <= MAX_TRAILING_CELL_LINE) {
                cells.get(cells.size() - 1).add(k); // a cell's next line: names, persons or numbers one a line
            } else {
                break;
            }
            afterSeparator = false;
        }
        // a row opens at a cell printing the next number alone, a cell of words after it, once the row before has
        // its number, task and names
        List<List<List<Integer>>> rows = new ArrayList<>();
        int number = Integer.parseInt(first.text().strip());
        List<List<Integer>> current = new ArrayList<>(List.of(cells.get(0)));
        for (int i = 1; i < cells.size(); i++) {
            List<String> texts = cellLines(cells.get(i));
            boolean opens = texts.size() == 1 && texts.get(0).equals(String.valueOf(number + 1)) && current.size() >= 3
                    && i + 1 < cells.size()
                    && contents.kindOf(String.join("", cellLines(cells.get(i + 1)))) == CellKind.WORDS
                    && cellLines(cells.get(i + 1)).stream().anyMatch(t -> t.codePoints().anyMatch(CellContents::isHan));
            if (opens) {
                rows.add(current);
                current = new ArrayList<>();
                number++;
            }
            current.add(cells.get(i));
        }
        rows.add(current);
        if (rows.size() < MIN_SEPARATED_ROWS || rows.stream().anyMatch(r -> namesCellAt(r) < 0)) {
            return null;
        }
        return rows;
    }

    /** Whether one of the {@code within} text lines before line {@code n} is a line of '|' alone. */
    private boolean separatorBefore(int n, int within) {
        for (int k = n - 1, seen = 0; k >= 1 && seen < within; k--) {
            String text = source.line(k).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (TableCells.CLOSING_PIPES.matcher(text).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** The text of a cell printed on the lines {@code lines}, white space removed from each. */
    List<String> cellLines(List<Integer> lines) {
        return lines.stream().map(k -> TableCells.cellText(source.line(k)).replaceAll("\\s", "")).toList();
    }

    /**
     * The cell of a row of {@link #find} that names the bodies: the first after the number whose every
     * line reads as names of bodies, right after a cell of words (the task); -1 when there is none.
     */
    int namesCellAt(List<List<Integer>> cells) {
        for (int i = 2; i < cells.size(); i++) {
            List<String> lines = cellLines(cells.get(i));
            boolean names = !lines.isEmpty()
                    && lines.stream().allMatch(t -> t.codePoints().anyMatch(CellContents::isHan)
                    && !NO_BODY.matcher(t).matches() && contents.looksLikeNames(t));
            if (names) {
                List<String> before = cellLines(cells.get(i - 1));
                boolean words = !before.isEmpty()
                        && before.stream().anyMatch(t -> t.codePoints().anyMatch(CellContents::isHan))
                        && contents.kindOf(String.join("", before)) == CellKind.WORDS;
                return words ? i : -1;
            }
        }
        return -1;
    }
}
