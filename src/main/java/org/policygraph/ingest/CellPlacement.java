package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.policygraph.ingest.CellContents.CellKind;
import org.policygraph.ingest.TableHeaders.Column;

import static org.policygraph.ingest.CellContents.DEADLINE_LIKE;
import static org.policygraph.ingest.CellContents.FIGURE_CELL;
import static org.policygraph.ingest.CellContents.NO_BODY;
import static org.policygraph.ingest.CellContents.NUMBER_CELL;
import static org.policygraph.ingest.CellContents.NUMERIC_DATE;

/**
 * Places a row's cells under the header's columns where they do not stand one for one under them: a '|' row printing
 * fewer cells than the header (the others merged from the rows above), a row separated by spaces printing more (spaces
 * inside its cells), a row printed one cell a line (merged cells printed on a group's first row only, several names one
 * a line), a numbered row's cells broken over lines or holding a second task. The cells are placed by what they hold
 * ({@link CellContents}).
 */
final class CellPlacement {

    private final CellContents contents;
    private final String raw;
    /** The header's columns, in order. */
    private final List<Column> columns;

    CellPlacement(CellContents contents, String raw, List<Column> columns) {
        this.contents = contents;
        this.raw = raw;
        this.columns = columns;
    }

    /**
     * The column of each of a row's cells when the row prints fewer cells than the header, in the header's order: each
     * cell goes where its content fits (names to a responsibility column, a short date to the deadline, text to the task
     * or progress, the row's number to 序号), and where fits tie the cells are placed rightmost (merged cells, a
     * group's number and name, are mostly on the left).
     */
    List<Column> alignByContent(List<String> texts, int numberAt, boolean numberedTask) {
        int k = texts.size();
        int n = columns.size();
        int[][] fit = new int[k][n];
        for (int i = 0; i < k; i++) {
            String t = texts.get(i);
            boolean names = !t.isEmpty() && contents.looksLikeNames(t);
            boolean date = t.length() <= 20 && (DEADLINE_LIKE.matcher(t).matches() || NUMERIC_DATE.matcher(t).matches())
                    && !names;
            boolean figure = FIGURE_CELL.matcher(t.replaceAll("\\s", "")).matches();
            for (int j = 0; j < n; j++) {
                Column c = columns.get(j);
                fit[i][j] = i == numberAt ? (c == Column.NUMBER || (numberedTask && c == Column.TASK) ? 4 : -4)
                        : t.isEmpty() ? 0
                        : c == Column.NUMBER ? -4
                        : TableHeaders.holdsNames(c) ? (names ? 2 : -3)
                        : c == Column.DEADLINE ? (date ? 2 : names ? -3 : -1)
                        // a bare figure ("6", "100%") is no task's text: what was done, or a share of it
                        : c == Column.TASK && figure ? -1
                        : c == Column.TASK || c == Column.PROGRESS ? (names ? -2 : date ? 0 : 1)
                        : 0;
            }
        }
        int none = Integer.MIN_VALUE / 4;
        int[][] best = new int[k + 1][n + 1];
        for (int i = 1; i <= k; i++) {
            best[i][0] = none;
        }
        for (int i = 1; i <= k; i++) {
            for (int j = 1; j <= n; j++) {
                best[i][j] = Math.max(best[i][j - 1], best[i - 1][j - 1] + fit[i - 1][j - 1]);
            }
        }
        List<Column> aligned = new ArrayList<>(Collections.nCopies(k, Column.CATEGORY));
        for (int i = k, j = n; i > 0 && j > 0; j--) {
            if (best[i][j] == best[i - 1][j - 1] + fit[i - 1][j - 1]) {
                aligned.set(i - 1, columns.get(j - 1));
                i--;
            }
        }
        return aligned;
    }

    /**
     * The cells of a row separated by spaces that prints more cells than its header, joined back into one cell a
     * column: the spaces were partly inside cells, the names of a cell listed with spaces between them ("县发改局
     * 县财政局"), or a cell's text broken where the page wrapped it ("加强水资源保 护", "严守用水 效率控制 红线"). Each
     * column takes a run of the printed cells; the runs are chosen so that every column of bodies takes cells that read
     * as names, 序号 a number, and the other columns as few joins as possible (a short piece, a wrapped word's tail, or
     * the piece after a cell cut without a sentence's end joins at least cost); an empty cell (two spaces) stays a
     * cell of its own. Where runs tie, the later column takes more (names listed with spaces join the last column of
     * bodies).
     */
    List<Span> mergeSurplus(List<Span> cells) {
        int k = cells.size();
        int n = columns.size();
        List<String> texts = cells.stream().map(c -> TextCleaner.cleanLine(c.of(raw))).toList();
        double none = -1e9;
        // best[i][j]: the best score of placing the first i cells in the first j columns
        double[][] best = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] r : best) {
            Arrays.fill(r, none);
        }
        best[0][0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = j; i <= k - (n - j); i++) {
                for (int start = i - 1; start >= j - 1; start--) {
                    if (best[start][j - 1] <= none / 2) {
                        continue;
                    }
                    double score = best[start][j - 1] + runScore(texts.subList(start, i), columns.get(j - 1));
                    if (score > best[i][j]) {
                        best[i][j] = score;
                        from[i][j] = start;
                    }
                }
            }
        }
        if (best[k][n] <= none / 2) {
            return cells;
        }
        List<Span> merged = new ArrayList<>();
        for (int i = k, j = n; j > 0; j--) {
            int start = from[i][j];
            merged.add(0, new Span(cells.get(start).start(), cells.get(i - 1).end()));
            i = start;
        }
        return merged;
    }

    /** A piece of a cell short enough to be a wrapped word's tail ("护"). */
    private static final int WRAPPED_TAIL = 2;

    /** How well a run of printed cells fills {@code column} (see {@link #mergeSurplus}); very low where it cannot. */
    private double runScore(List<String> run, Column column) {
        if (run.size() > 1 && run.stream().anyMatch(String::isEmpty)) {
            return -1e6; // an empty cell is a cell of its own
        }
        String joined = String.join(" ", run);
        if (column == Column.NUMBER) {
            // a line without a number (a row continued) still fills 序号 with its first cell, as it is placed by position
            return run.size() > 1 ? -1e6 : run.get(0).isEmpty() || NUMBER_CELL.matcher(run.get(0)).matches() ? 2 : -3;
        }
        if (TableHeaders.holdsNames(column)) {
            // names listed with spaces join at no cost; where runs tie, the later column of bodies takes more
            boolean names = run.stream()
                    .allMatch(t -> t.codePoints().anyMatch(CellContents::isHan) && contents.looksLikeNames(t));
            return joined.isEmpty() ? 0 : names ? 2 + 0.001 * run.size() * columns.indexOf(column) : -3;
        }
        double cost = 0;
        for (int i = 1; i < run.size(); i++) {
            String before = run.get(i - 1);
            boolean sentenceEnd = !before.isEmpty() && "。；;".indexOf(before.charAt(before.length() - 1)) >= 0;
            cost += sentenceEnd ? 2 : run.get(i).length() <= WRAPPED_TAIL ? 0.2 : 1;
        }
        return -cost;
    }

    /**
     * The column of each cell of a row printed one cell a line, after its number ({@code after}: the header's columns
     * after 序号); null for a cell that is not the row's. Web tables print a merged cell (a group's 事项分类) only on
     * the group's first row, and a cell of several names one name a line, so the cells are placed by what they
     * hold: the names start at the first cell that reads as names after the task cells; the cells before them fill
     * the task and grouping columns from the right (a missing cell is a merged group cell); of the names, one line
     * goes to each responsibility column and the last column takes the rest; a 完成时限 column after them takes the
     * cell after the names. A table with no responsibility column, or whose names are not found, is read by position.
     */
    List<Column> alignVertical(List<String> texts, List<Column> after, boolean lastRow) {
        if (hasHeadersShape(texts, after)) {
            return new ArrayList<>(after); // every cell printed: read by position (a task cell ending in 镇。 is no name)
        }
        List<Column> aligned = new ArrayList<>();
        int respFirst = -1;
        for (int i = 0; i < after.size() && respFirst < 0; i++) {
            if (TableHeaders.holdsNames(after.get(i))) {
                respFirst = i;
            }
        }
        int names = -1;
        if (respFirst > 0) {
            int tasks = (int) after.subList(0, respFirst).stream().filter(c -> c == Column.TASK).count();
            // a row printing fewer cells than the task columns before its names (目标任务 / 主要内容 / 责任单位, the
            // first column's group printed on its first row only, as 一、 and (一) headings): its names may follow
            // its one task cell
            int from = texts.size() <= tasks && texts.size() < after.size() ? 1 : Math.max(1, tasks);
            for (int i = from; i < texts.size() && names < 0; i++) {
                // the names start at a cell naming a body: a unit cell ("%", "-") is no list of names
                if (contents.looksLikeNames(texts.get(i)) && texts.get(i).codePoints().anyMatch(CellContents::isHan)
                        && !NO_BODY.matcher(texts.get(i).strip()).matches()) {
                    names = i;
                }
            }
        }
        if (names < 0) {
            for (int i = 0; i < texts.size(); i++) {
                // by position; the last row's lines beyond its cells are no longer the table's
                aligned.add(i < after.size() ? after.get(i) : lastRow ? null : after.get(after.size() - 1));
            }
            if (texts.size() < after.size()) {
                taskIsLongest(texts, aligned, texts.size(), after);
            }
            return aligned;
        }
        int respEnd = respFirst;
        while (respEnd < after.size() && TableHeaders.holdsNames(after.get(respEnd))) {
            respEnd++;
        }
        List<Column> prefix = after.subList(0, respFirst);
        List<Column> responsibility = after.subList(respFirst, respEnd);
        List<Column> suffix = after.subList(respEnd, after.size());
        int namesEnd = names;
        while (namesEnd < texts.size() && contents.looksLikeNames(texts.get(namesEnd))) {
            namesEnd++;
        }
        // more name lines than columns: the last column with a role takes the extra lines; an assessing column after
        // it (评分部门, one body scoring the row) takes one line
        int lines = namesEnd - names;
        int rest = responsibility.size() - 1;
        while (rest > 0 && responsibility.get(rest) == Column.ASSESSOR) {
            rest--;
        }
        int tail = responsibility.size() - 1 - rest;
        for (int i = 0; i < texts.size(); i++) {
            if (i < names) {
                Column c = prefix.get(Math.max(0, i - (names - prefix.size())));
                int task = prefix.indexOf(Column.TASK);
                if (c == Column.TASK && i > 0 && contents.isPerson(texts.get(i)) && task + 1 < prefix.size()) {
                    c = prefix.get(task + 1); // a person (牵头领导) after the task: not the task's
                }
                aligned.add(c);
            } else if (i < namesEnd) {
                int j = i - names;
                aligned.add(lines <= responsibility.size() ? responsibility.get(Math.min(j, responsibility.size() - 1))
                        : j < rest ? responsibility.get(j)
                        : j >= lines - tail ? responsibility.get(responsibility.size() - (lines - j))
                        : responsibility.get(rest));
            } else if (i - namesEnd < suffix.size()) {
                aligned.add(suffix.get(i - namesEnd));
            } else {
                aligned.add(null);
            }
        }
        if (names < prefix.size()) {
            taskIsLongest(texts, aligned, names, prefix);
        }
        return aligned;
    }

    /**
     * Whether a row of a numbered table printed one cell a line prints a cell for each column, names in each column of
     * bodies and no other names right before or after them (names there mean the cells are shifted: a cell merged
     * from the rows above, or a cell of several names one name a line): then its cells are the columns in order, and a
     * task cell closed like a name ("成功创建首批浙江省美丽城镇。") stays in its column.
     */
    private boolean hasHeadersShape(List<String> texts, List<Column> after) {
        int firstNames = -1;
        int lastNames = -1;
        for (int i = 0; i < after.size(); i++) {
            if (TableHeaders.holdsNames(after.get(i))) {
                firstNames = firstNames < 0 ? i : firstNames;
                lastNames = i;
            }
        }
        // a table without 序号 is told apart into rows by what its cells hold: no row is known to be whole
        if (texts.size() != after.size() || lastNames < 0 || !columns.contains(Column.NUMBER)) {
            return false;
        }
        for (int i = 0; i < after.size(); i++) {
            String t = texts.get(i);
            boolean names = contents.looksLikeNames(t) && t.codePoints().anyMatch(CellContents::isHan);
            if (TableHeaders.holdsNames(after.get(i)) ? !(NO_BODY.matcher(t.strip()).matches() || names)
                    : (i > lastNames || i == firstNames - 1) && names && !isSentence(t)) {
                return false; // a short name right before or after the bodies' columns: the cells are shifted
            }
        }
        return true;
    }

    /** The shortest cell closed by a full stop that is a sentence rather than a body's name ("县财政局。"). */
    private static final int SENTENCE = 8;

    /** A cell closed by a full stop, too long for one name, without a list's commas: "成功创建首批浙江省美丽城镇。". */
    private static boolean isSentence(String cell) {
        String t = cell.strip();
        return t.length() > SENTENCE && t.endsWith("。") && t.indexOf('、') < 0;
    }

    /**
     * A row printing fewer cells than its columns before the names (merged cells of a group: 指标, 完成时限, 责任领导
     * printed only on the group's first row) may have its task cell placed on another column by position: then the
     * longest of its first {@code upTo} cells is the task, a short date-like one the deadline, a figure after the task
     * placed on the target column its target (区本级任务数 "5%": a column named by no word before it shifts it), the
     * others group cells.
     */
    private static void taskIsLongest(List<String> texts, List<Column> aligned, int upTo, List<Column> columns) {
        if (upTo == 0 || !columns.contains(Column.TASK)) {
            return;
        }
        int longest = 0;
        for (int i = 1; i < upTo; i++) {
            // a cell of figures alone (0.0038, ≥2%: a target's value) is no task, however long
            boolean words = texts.get(i).codePoints().anyMatch(CellContents::isHan);
            boolean longestWords = texts.get(longest).codePoints().anyMatch(CellContents::isHan);
            if (words && (!longestWords || texts.get(i).length() > texts.get(longest).length())) {
                longest = i;
            }
        }
        if (aligned.get(longest) == Column.TASK) {
            return;
        }
        for (int i = 0; i < upTo; i++) {
            boolean figure = i > longest && aligned.get(i) == Column.TARGET && texts.get(i).length() <= 20
                    && texts.get(i).matches(".*\\d.*");
            aligned.set(i, i == longest ? Column.TASK
                    : figure ? Column.TARGET // a figure after the task, placed on the target column: it stays there
                    : columns.contains(Column.DEADLINE) && texts.get(i).length() <= 20
                    && DEADLINE_LIKE.matcher(texts.get(i)).matches() ? Column.DEADLINE : Column.CATEGORY);
        }
    }

    /**
     * Where a second task starts among the cells of a numbered row printed one cell a line, or -1: the cells left
     * after the row's last column ({@code aligned} null from there on) are as many as its columns other than the
     * bodies' and read as another row of them, words first and no names ("5" ⏎ "开工建设县老年养护楼。" ⏎ "县民政局" ⏎ "5月底前动工"
     * ⏎ "开工建设老年大学。" ⏎ "12月底前": the 序号 and 责任单位 cells merged over two tasks).
     */
    int secondTaskAt(List<String> texts, List<Column> aligned, List<Column> after) {
        int first = aligned.size();
        while (first > 0 && aligned.get(first - 1) == null) {
            first--;
        }
        if (first == 0 || first == aligned.size()
                || aligned.subList(0, first).stream().noneMatch(c -> c != null && TableHeaders.holdsNames(c))) {
            return -1;
        }
        List<String> left = texts.subList(first, texts.size());
        long cellsButNames = after.stream().filter(c -> !TableHeaders.holdsNames(c)).count();
        boolean words = left.get(0).codePoints().anyMatch(CellContents::isHan)
                && contents.kindOf(left.get(0)) == CellKind.WORDS;
        return left.size() == cellsButNames && words && left.stream().noneMatch(t -> contents.kindOf(t) == CellKind.NAMES)
                ? first : -1;
    }

    /**
     * Joins the pieces of cells broken over lines among a numbered row's cells before its names: the row has one
     * cell for each column between its task and its bodies (年度目标, 完成情况), so while it prints more, a piece without
     * a figure is joined to its neighbour: right after the task, to the task ("四大重点培育产业占区级税收" ⏎ "比重"); after
     * a piece with a figure, to it ("提升4个" ⏎ "百分点"); before one, to that one ("控制在" ⏎ "10410人内").
     */
    void joinBrokenCells(List<Span> cells, List<Integer> lines) {
        int names = -1;
        for (int i = 1; i < cells.size() && names < 0; i++) {
            String t = TextCleaner.cleanLine(cells.get(i).of(raw));
            if (contents.looksLikeNames(t) && t.codePoints().anyMatch(CellContents::isHan)
                    && !NO_BODY.matcher(t.strip()).matches()) {
                names = i;
            }
        }
        int task = columns.indexOf(Column.TASK);
        int respFirst = -1;
        for (int i = 0; i < columns.size() && respFirst < 0; i++) {
            if (TableHeaders.holdsNames(columns.get(i))) {
                respFirst = i;
            }
        }
        if (names < 0 || task < 0 || respFirst <= task) {
            return;
        }
        int wanted = respFirst - task; // the task and the columns after it up to the names
        while (names > wanted) {
            int join = -1;
            for (int i = 1; i < names && join < 0; i++) {
                String t = TextCleaner.cleanLine(cells.get(i).of(raw));
                if (t.matches(".*\\d.*")) {
                    continue;
                }
                boolean figureBefore = TextCleaner.cleanLine(cells.get(i - 1).of(raw)).matches(".*\\d.*");
                boolean figureAfter = i + 1 < names && TextCleaner.cleanLine(cells.get(i + 1).of(raw)).matches(".*\\d.*");
                join = i == 1 && !figureBefore ? i - 1 : figureBefore ? i - 1 : figureAfter ? i : -1;
            }
            if (join < 0) {
                return;
            }
            cells.set(join, new Span(cells.get(join).start(), cells.get(join + 1).end()));
            cells.remove(join + 1);
            lines.remove(join + 1);
            names--;
        }
    }
}
