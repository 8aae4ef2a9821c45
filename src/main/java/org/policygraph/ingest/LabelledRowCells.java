package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.policygraph.ingest.TableHeaders.Column;
import org.policygraph.model.LinkType;

/**
 * The cells of a row of a table printed one cell a line that print a label before their names, after the row's task
 * and names: "省牵头单位：省农业农村厅" under a row whose 责任单位 cell names the city's bodies (a split of a higher
 * level's tasks names that level's lead beside the bodies of its own). Such a cell is no column of the header: its
 * names take the label's role (牵头 → the row's lead, 配合 → its support) and the cell is taken out of the row's cells, so
 * that it is read as no task. A label naming no role of its own (责任单位：) is left where it is: its role would be a
 * guess.
 */
final class LabelledRowCells {

    /** The row's cells without its labelled ones, and the names of those under the column their label gives them. */
    record Reading(List<Span> cells, List<Integer> lines, Map<Column, List<Span>> labelled) {
    }

    /** The fewest cells a row prints before a labelled cell of its own: its task and a cell of names. */
    private static final int CELLS_BEFORE = 2;

    private LabelledRowCells() {
    }

    /**
     * {@code cells} (a row's cells after its number, each on line {@code lines}) with the labelled cells after its
     * task and names taken out ({@link Reading#labelled} empty when it prints none).
     */
    static Reading read(ResponsibilityLabels labels, String raw, List<Span> cells, List<Integer> lines) {
        List<Span> kept = new ArrayList<>();
        List<Integer> keptLines = new ArrayList<>();
        Map<Column, List<Span>> labelled = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            Span cell = cells.get(i);
            String printed = cell.of(raw);
            int lead = printed.length() - printed.stripLeading().length();
            String text = printed.strip();
            Matcher m = labels.labelAt.matcher(text);
            LinkType role = i >= CELLS_BEFORE && m.lookingAt() ? labels.roleOf(text.substring(0, m.end())) : null;
            if (role == null || m.end() >= text.length()) {
                kept.add(cell);
                keptLines.add(lines.get(i));
                continue;
            }
            Column column = role == LinkType.LEADS ? Column.LEAD : Column.SUPPORT;
            int start = cell.start() + lead;
            labelled.computeIfAbsent(column, c -> new ArrayList<>())
                    .add(new Span(start + m.end(), start + text.length()));
        }
        return new Reading(kept, keptLines, labelled);
    }
}
