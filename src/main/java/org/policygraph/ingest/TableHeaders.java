package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.policygraph.ingest.CellContents.DEADLINE_LIKE;
import static org.policygraph.ingest.CellContents.NUMBER_CELL;
import static org.policygraph.ingest.CellContents.NUMERIC_DATE;
import static org.policygraph.ingest.CellContents.OUTLINE_NUMBERED;

/**
 * The header of a task table: which column each header cell names, by what it is called, in any order and any subset
 * (序号, 任务/具体措施/工作内容, 牵头单位, 责任单位/负责部门, 配合单位, 完成时限/时间进度, anything else a category).
 * Column names are data: responsibility-labels.tsv (the bodies' columns) and table-columns.tsv (the others). A header
 * is read from a row of cells, or, for a table copied from a web page, from a run of short column-name lines (one cell
 * a line, maybe broken over lines, maybe of two levels), or from the '|'-opened cells of a law-database page; the
 * columns of a target table of several years are read as horizons.
 */
final class TableHeaders {

    /** The longest name of a column a header prints: longer lines are text or a table's title. */
    static final int MAX_HEADER_CELL = 10;

    /** Task tables have 3–7 columns; a few more are tolerated (progress tables: two 推进情况 columns, 是否达序, 说明). */
    private static final int MAX_COLUMNS = 10;

    /** A header printed one cell a line may have more columns than a row-per-line task table (progress reports). */
    private static final int MAX_VERTICAL_COLUMNS = 12;

    private TableHeaders() {
    }

    /** What the cells under a header cell hold, as the cell names it. */
    enum Column { NUMBER, TASK, LEAD, SUPPORT, RESPONSIBLE, DEADLINE, CATEGORY,
        /** 进展情况, 1-11月推进情况, 完成情况: what was done so far, reported beside the task (its figures are actuals). */
        PROGRESS,
        /** 评分部门, 考核单位: bodies that score or check the task, not carry it out (no role; their names are no task). */
        ASSESSOR,
        /** 单位, 计量单位: the unit of the figure in the row's target column. */
        UNIT,
        /** 年度目标, 目标值, 2021年目标: the figure the row sets for what its task names (read where it is one). */
        TARGET,
        /**
         * 现值, 现状值, 2020年基期: the figure of what the row's task names as it stands, beside the figures a target
         * table sets for its years ({@link Horizon}); a grouping column where the header has no year's target.
         */
        BASELINE,
        /** Not a header's: a place's share of the row's target in a split table ("元坝镇280"), its figure. */
        SHARE,
        /**
         * 乡镇, 县（市、区）: the place a split table's row assigns the figures under its quantity headers to ("乡镇 |
         * 新种任务(亩)"). Read as the row's task where the header names no other task column, else as a grouping column;
         * never left in a header's columns.
         */
        PLACE }

    /** A column of bodies with a role in the task: 牵头, 配合, or a 责任单位 that may say which. */
    static boolean isResponsibility(Column c) {
        return c == Column.LEAD || c == Column.SUPPORT || c == Column.RESPONSIBLE;
    }

    /** A column whose cells name bodies: one with a role, or the bodies assessing the task. */
    static boolean holdsNames(Column c) {
        return isResponsibility(c) || c == Column.ASSESSOR;
    }

    /**
     * The column a header cell names (without white space), or null when it names none: the bodies' columns by
     * responsibility-labels.tsv's COLUMN words, the others by vocabulary/table-columns.tsv.
     */
    static Column columnNamed(ResponsibilityLabels labels, String cell) {
        if (YearHeads.isYearAlone(cell)) {
            return Column.TARGET; // "2025年": a target table's column of that year's figures
        }
        String c = YearHeads.withoutYear(cell);
        Column responsibility = labels.columnOf(c);
        return responsibility != null ? responsibility : labels.tableColumns.columnOf(c);
    }

    /** A cell's closing sentence end. */
    private static final Pattern ENDS_A_SENTENCE = Pattern.compile("[。！!？?；;]$");

    /** The columns of a header row, or null when the line is not one (it must name a task column and one more). */
    static List<Column> headerColumns(ResponsibilityLabels labels, List<String> cells) {
        List<Column> columns = new ArrayList<>();
        int named = 0;
        boolean task = false;
        List<Integer> quantityTasks = new ArrayList<>();
        for (String cell : cells) {
            String c = cell.replaceAll("\\s", "");
            // a cell closed by a sentence's end is a row's text ("项目已全部完成。"), never a column's name
            Column column = ENDS_A_SENTENCE.matcher(c).find() ? null : columnNamed(labels, c);
            if (column == null) {
                column = Column.CATEGORY;
            } else if (!c.isEmpty()) {
                named++;
            }
            if (column == Column.TASK && quantityHeader(labels, c) != null) {
                quantityTasks.add(columns.size()); // "新种任务(亩)": a column of figures in that unit, no task text
            } else {
                task |= column == Column.TASK;
            }
            columns.add(column);
        }
        int place = columns.indexOf(Column.PLACE);
        if (task || place >= 0) {
            // beside another task column, or a column of places, a task word with a unit names the figures' column
            quantityTasks.forEach(i -> columns.set(i, Column.CATEGORY));
            if (!task && !quantityTasks.isEmpty()) {
                // "乡镇 | 新种任务(亩) | 备注": each row a place's share of the quantity, the place its task
                columns.set(place, Column.TASK);
                task = true;
            }
            columns.replaceAll(c -> c == Column.PLACE ? Column.CATEGORY : c);
        } else {
            task = !quantityTasks.isEmpty();
        }
        int target = columns.indexOf(Column.TARGET);
        if (!task && target >= 0 && columns.lastIndexOf(Column.TARGET) == target && !columns.contains(Column.UNIT)
                && columns.stream().anyMatch(TableHeaders::isResponsibility)) {
            // "序号 | 2022年预期目标 | 责任单位": a list of targets, each assigned to bodies; its one 目标 column states
            // the task ("地区生产总值增长5.5%左右")
            columns.set(target, Column.TASK);
            task = true;
        }
        return task && named >= 2 ? columns : null;
    }

    /**
     * Whether the cells of a line separated by '|' without a leading '|' are a task table's header: three cells or
     * more, each naming a column (or a quantity with its unit: a column of figures), among them a task column. Only
     * such a line opens a table of rows of that shape.
     */
    static boolean isPipeTableHeader(ResponsibilityLabels labels, List<String> cells) {
        // a quantity printing its unit in brackets ("计划投资（亿元）") names a column of figures
        return cells.size() >= 3 && cells.stream().map(c -> c.replaceAll("\\s", ""))
                .allMatch(c -> columnNamed(labels, c) != null || quantityHeader(labels, c) != null)
                && headerColumns(labels, cells) != null;
    }

    /**
     * Whether the cells of a line separated by spaces are a task table's header: 序号 first, then column names only,
     * three at least, a task column and a responsibility column among them ("序号 主要任务 牵头单位 配合单位").
     */
    static boolean isSpacedTableHeader(ResponsibilityLabels labels, List<String> cells) {
        if (!isPipeTableHeader(labels, cells)) {
            return false;
        }
        List<Column> columns = headerColumns(labels, cells);
        return columns.get(0) == Column.NUMBER && columns.stream().anyMatch(TableHeaders::isResponsibility);
    }

    /** A header cell naming a quantity and printing its unit in brackets: "总投资(万元)", "当年投资（万元）". */
    private static final Pattern QUANTITY_HEADER = Pattern.compile(
            "^(" + YearHeads.OPENING + ")?([\\p{IsHan}]{2,8})[（(]([^\\d（）()\\s]{1,4})[)）]?$"); // "占比(%": its bracket lost

    /**
     * The quantity a header cell names (its year and bracket dropped) and its unit, or null when it names none (its
     * bracket prints no unit of units.tsv: "情况（说明）").
     */
    static QuantityHeader quantityHeader(ResponsibilityLabels labels, String header) {
        Matcher m = QUANTITY_HEADER.matcher(header);
        return m.matches() && labels.tableColumns.isUnit(m.group(3)) ? new QuantityHeader(m.group(2), m.group(3)) : null;
    }

    /** What a header cell of figures names ("总投资") and the unit its bracket prints ("万元"). */
    record QuantityHeader(String quantity, String unit) {
    }

    /**
     * A column of a target table that sets its rows' figures for several years ("现值 | 2023年目标 | 2025年目标 |
     * 2027年目标"): the year its header prints (null where none: 现值), and whether its figures are what stands now
     * (现值, 基期) rather than targets.
     */
    record Horizon(Integer year, boolean reported) {
    }

    /**
     * The horizon of each of a header's columns (null for a column that is none), or an empty list where the header is
     * no table of several horizons: two figure columns at least, one of them a target column printing its year. A
     * header with one target column keeps reading it as the row's target ({@link DocumentDraft.Measure#targetCell}).
     */
    static List<Horizon> horizons(List<Column> columns, List<String> names) {
        if (names.size() != columns.size()) {
            return List.of();
        }
        List<Horizon> horizons = new ArrayList<>();
        int count = 0;
        boolean datedTarget = false;
        for (int i = 0; i < columns.size(); i++) {
            Integer year = YearHeads.openingYear(names.get(i));
            Horizon h = columns.get(i) == Column.BASELINE ? new Horizon(year, true)
                    : columns.get(i) == Column.TARGET && year != null ? new Horizon(year, false) : null;
            datedTarget |= h != null && !h.reported();
            count += h == null ? 0 : 1;
            horizons.add(h);
        }
        return count >= 2 && datedTarget ? horizons : List.of();
    }

    /** A cell of a header's second line this long at most ("月度进展情况(1-3月)"); longer, it is a row's text. */
    private static final int MAX_HEADER_LINE_CELL = 2 * MAX_HEADER_CELL;

    /**
     * Whether a line of a spaced table, after its header and before its first row, goes on with the header: short
     * cells only, none a figure, none a group's heading (一、…) or closed by a sentence's end.
     */
    static boolean isHeaderContinuation(List<String> texts) {
        return !texts.isEmpty() && texts.stream().allMatch(t -> !t.isEmpty() && t.length() <= MAX_HEADER_LINE_CELL
                && !t.matches(".*[。；;，,]$") && !t.matches("^[\\d.%％]+$") && !t.matches(".*\\d{3,}.*")
                && !OUTLINE_NUMBERED.matcher(t).matches());
    }

    /**
     * The names of a spaced table's header with the cells of a line continuing it: a word ending the last name, as its
     * bracketed unit ("完成额度" ⏎ "(万元)") or the rest of a bodies' column name ("责任" ⏎ "单位"), joins it; else the
     * cells are columns after those printed.
     */
    static List<String> continuedHeader(ResponsibilityLabels labels, List<String> names, List<String> cells) {
        List<String> joined = new ArrayList<>(names);
        if (cells.size() == 1 && !joined.isEmpty()) {
            String last = joined.get(joined.size() - 1);
            String piece = cells.get(0);
            if (BRACKETED_HEADER_TAIL.matcher(piece).matches() || brokenBodiesHeader(labels, last, piece)) {
                joined.set(joined.size() - 1, last + piece);
                return joined;
            }
        }
        joined.addAll(cells);
        return joined;
    }

    /** A header printed one cell per line, as tables copied from web pages are: its columns and how many lines it spans. */
    /**
     * @param separatedCells every cell of the header is closed by a line of '|' alone: the lines between two such lines
     *                       are one cell broken over lines, in the header and in its rows
     */
    record VerticalHeader(List<Column> columns, int lines, boolean openedCells, List<String> names,
                          boolean separatedCells) {

        VerticalHeader(List<Column> columns, int lines, boolean openedCells) {
            this(columns, lines, openedCells, List.of(), false);
        }

        /** @param names the header's cells (white space removed), one a column */
        VerticalHeader(List<Column> columns, int lines, List<String> names, boolean separatedCells) {
            this(columns, lines, false, names.size() == columns.size() ? List.copyOf(names) : List.of(),
                    separatedCells);
        }
    }

    /** A cell printed on a line of its own and opened by '|': "| 目 标 任 务", "| 市直各单位、各区县市". */
    static final Pattern OPENED_CELL = Pattern.compile("^\\s*\\|\\s*(\\S.*)$");

    /**
     * The header of a table printed one cell a line whose cells after a row's first are opened by '|' and whose rows
     * are each closed by a bare '|' line, as law-database pages store tables: "牵头单位" / "| 目 标 任 务" /
     * "| 责 任 单 位" / "|". Every cell names a column (a task column and a column of bodies among them); null
     * otherwise.
     */
    static VerticalHeader openedCellsHeaderAt(ResponsibilityLabels labels, SourceText source, int n, int to) {
        SourceText.Line first = source.line(n);
        String text = first.text().strip();
        if (text.isEmpty() || text.startsWith("|") || TableCells.isRow(first) || first.isNoise()) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(text.replaceAll("\\s", "")));
        int k = n + 1;
        for (; k < to; k++) {
            SourceText.Line line = source.line(k);
            if (line.text().isBlank()) {
                continue;
            }
            if (TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                break;
            }
            Matcher m = OPENED_CELL.matcher(line.text());
            if (!m.matches() || TableCells.isRow(line) || names.size() >= MAX_COLUMNS) {
                return null;
            }
            names.add(m.group(1).replaceAll("\\s", ""));
        }
        if (k >= to || names.size() < 2 || names.stream().anyMatch(c -> c.length() > MAX_HEADER_CELL || columnNamed(labels, c) == null)) {
            return null;
        }
        List<Column> columns = headerColumns(labels, names);
        return columns == null || columns.stream().noneMatch(TableHeaders::holdsNames) ? null
                : new VerticalHeader(columns, k + 1 - n, true);
    }

    /** A header cell's name carried on to a line of its own: "责任股室" / "（单位）". */
    private static final Pattern BRACKETED_HEADER_TAIL = Pattern.compile("^[（(][\\p{IsHan}]{1,4}[）)]$");

    /**
     * A header cell's name followed by a remark in brackets about the column ("重点工作任务(某市2项配合工作)", "主要任务
     * （共15项）"): a remark holds a figure or is longer than a unit ("新种任务(亩)" names its unit, no remark).
     */
    private static final Pattern REMARKED_HEADER_CELL = Pattern.compile(
            "^([\\p{IsHan}]{2,10})[（(]([^（）()]*\\d[^（）()]*|[^（）()]{7,})[）)]$");

    /** {@code name} without the remark in brackets after a column's name ({@link #REMARKED_HEADER_CELL}), if it has one. */
    private static String withoutRemark(ResponsibilityLabels labels, String name) {
        Matcher m = REMARKED_HEADER_CELL.matcher(name);
        return m.matches() && columnNamed(labels, m.group(1)) != null ? m.group(1) : name;
    }

    /** A short line naming a table, not a column: …清单, …表, …一览. */
    private static final Pattern TABLE_TITLE = Pattern.compile("(?:清单|表|一览)$");

    /**
     * The header starting at line {@code n} if it is printed one cell per line: 序号 first (or after grouping columns:
     * 分块, 类别), then at least two more column names, each a short line of its own, each maybe closed by " |"; null
     * otherwise. A short cell naming no known column (进展情况, 指标, 说明) is a column too when the header runs on to
     * the first row's number (its cells' contents are no task and no names: read as a grouping column); a bracketed
     * word on a line of its own ("（单位）") ends the name above it.
     */
    static VerticalHeader verticalHeaderAt(ResponsibilityLabels labels, SourceText source, int n, int to) {
        VerticalHeader opened = openedCellsHeaderAt(labels, source, n, to);
        if (opened != null) {
            return opened;
        }
        List<String> names = new ArrayList<>();
        // the names a line below was joined to ("（单位）", "责任" ⏎ "单位"): no piece of a cell broken over lines
        BitSet joinedBelow = new BitSet();
        int k = n;
        int known = 0;
        int knownEnd = n;
        boolean reachesFirstRow = false;
        // where the header's cells are broken over lines, it may print more lines than the table has columns: it is
        // read on to the first row's number, but read as it was up to MAX_VERTICAL_COLUMNS lines where no joining of
        // its pieces (joinBrokenHeaderCells) brings it within that
        int knownAtCap = -1;
        int knownEndAtCap = -1;
        // a header whose first cell is closed by a line of '|' alone closes every cell so ("责任部门" ⏎ "(加*号为牵头部门,"
        // ⏎ "其余为参与部门)" ⏎ "|"): the lines between two '|' lines are one cell broken over lines
        boolean separated = TableCells.separatorLineNext(source, n, to);
        boolean afterSeparator = false;
        String unjoined = "";
        for (; k < to && names.size() < 2 * MAX_VERTICAL_COLUMNS; k++) {
            SourceText.Line line = source.line(k);
            if (line.isNoise()) {
                afterSeparator |= TableCells.CLOSING_PIPES.matcher(line.text()).matches();
                continue;
            }
            String piece = TableCells.cellText(line).replaceAll("\\s", "");
            String name = withoutRemark(labels, piece);
            if (TableCells.isRow(line) || name.isEmpty()) {
                break;
            }
            // a remark in brackets broken over lines goes on with the name it remarks on ("责任部门" ⏎ "(加*号为牵头部门,"
            // ⏎ "其余为参与部门)"), so that its words (牵头, 参与) name no column of their own
            boolean remarkGoesOn = unclosedBracket(unjoined)
                    || (piece.startsWith("(") || piece.startsWith("（")) && unclosedBracket(piece);
            if ((separated ? !afterSeparator : remarkGoesOn) && !names.isEmpty()
                    && !NUMBER_CELL.matcher(piece).matches()) {
                unjoined += piece;
                names.set(names.size() - 1, withoutRemark(labels, unjoined));
                joinedBelow.set(names.size() - 1);
                if (columnNamed(labels, names.get(names.size() - 1)) != null) {
                    known = names.size();
                    knownEnd = k + 1;
                }
                continue;
            }
            afterSeparator = false;
            unjoined = piece;
            if (OutlineParser.numeralValue(name) == 1
                    && names.stream().anyMatch(c -> columnNamed(labels, c) == Column.NUMBER)) {
                reachesFirstRow = true; // the first group's number in words under 序号 (一): no column's name
                break;
            }
            if (NUMBER_CELL.matcher(name).matches() && !names.isEmpty()) {
                // the first row's number: 1, or where the text is an excerpt of a longer table, any (a header
                // without 序号 has no row numbers: a figure is a cell, and the header ends at its last known name)
                reachesFirstRow = names.stream().anyMatch(c -> columnNamed(labels, c) == Column.NUMBER);
                break;
            }
            if (!names.isEmpty() && BRACKETED_HEADER_TAIL.matcher(name).matches()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + name);
                joinedBelow.set(names.size() - 1);
                if (known == names.size()) {
                    knownEnd = k + 1;
                }
                continue;
            }
            if (!names.isEmpty() && brokenBodiesHeader(labels, names.get(names.size() - 1), name)) {
                names.set(names.size() - 1, names.get(names.size() - 1) + name);
                joinedBelow.set(names.size() - 1);
                if (known == names.size()) {
                    knownEnd = k + 1;
                }
                continue;
            }
            if (names.size() == 1 && !joinedBelow.get(0) && opensNoTable(columnNamed(labels, names.get(0)))
                    && (names.get(0) + name).length() <= MAX_HEADER_CELL
                    && columnNamed(labels, names.get(0) + name) == Column.TASK) {
                // the first cell broken over two lines ("目标" ⏎ "任务" = 目标任务): a header without 序号 opens at its
                // task column, which the first piece alone does not name
                names.set(0, names.get(0) + name);
                joinedBelow.set(0);
                known = 1;
                knownEnd = k + 1;
                continue;
            }
            if (name.length() > MAX_HEADER_CELL || NUMBER_CELL.matcher(name).matches()
                    || (columnNamed(labels, name) == null && names.isEmpty()) || TABLE_TITLE.matcher(name).find()) {
                break; // "重点工作清单" above the header is the table's title, no column
            }
            if (columnNamed(labels, name) == Column.TASK
                    && names.stream().noneMatch(c -> columnNamed(labels, c) == Column.NUMBER)
                    && names.stream().anyMatch(c -> isResponsibility(columnNamed(labels, c)))) {
                break; // without 序号, a task after the bodies' column is the first row's ("推进重点项目…")
            }
            names.add(name);
            if (columnNamed(labels, name) != null) {
                known = names.size();
                knownEnd = k + 1;
            }
            if (names.size() == MAX_VERTICAL_COLUMNS) {
                knownAtCap = known;
                knownEndAtCap = knownEnd;
            }
        }
        if (reachesFirstRow) {
            int cells = firstRowCells(source, k, to);
            List<String> spanned = cells > 0 && cells < names.size()
                    ? subHeaderSpread(labels, names, joinedBelow, rowTexts(source, k, to)) : null;
            if (spanned != null) {
                names = spanned;
            } else if (cells > 0 && cells < names.size()) {
                names = joinBrokenHeaderCells(labels, names, joinedBelow, cells);
            }
        }
        if (knownAtCap >= 0 && names.size() >= MAX_VERTICAL_COLUMNS) {
            names = names.subList(0, MAX_VERTICAL_COLUMNS);
            known = knownAtCap;
            knownEnd = knownEndAtCap;
            reachesFirstRow = false;
        }
        if (!reachesFirstRow) {
            // without the first row's number after it, an unknown short line may be text: the header ends at the
            // last known column name
            names = new ArrayList<>(names.subList(0, known));
            k = knownEnd;
            if (names.size() > MAX_COLUMNS || labelsAndValues(labels, names)) {
                return null;
            }
        }
        // 序号 first, or after grouping columns only (分块 / 序号 / 主要工作 / 责任单位)
        int number = 0;
        while (number < names.size() && columnNamed(labels, names.get(number)) == Column.CATEGORY) {
            number++;
        }
        if (names.size() < 3 || number >= names.size()) {
            return null;
        }
        List<Column> columns = headerColumns(labels, names);
        if (columns == null) {
            return null;
        }
        if (columnNamed(labels, names.get(number)) != Column.NUMBER
                // a header without 序号 (项目 / 分值 / 目标任务 / 监考单位): the task column first and a column of
                // bodies, its rows then told apart by what their cells hold
                && (columns.get(number) != Column.TASK || columns.contains(Column.NUMBER)
                || columns.stream().noneMatch(TableHeaders::isResponsibility))) {
            return null;
        }
        return new VerticalHeader(columns, k - n, names, separated);
    }

    /** Whether {@code text} opens more brackets than it closes. */
    private static boolean unclosedBracket(String text) {
        int open = 0;
        for (char c : text.toCharArray()) {
            open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
        }
        return open > 0;
    }

    /** Whether a header's first cell naming {@code column} opens no table: no 序号, task or grouping column. */
    private static boolean opensNoTable(Column column) {
        return column != null && column != Column.NUMBER && column != Column.TASK && column != Column.CATEGORY;
    }

    /** How many of a table's first rows are looked at for the number of its columns. */
    private static final int ROWS_COUNTED = 3;

    /**
     * How many cells the first rows of a table printed one cell a line print (the row whose number is at line
     * {@code n} and the next ones, each up to the next row's number or the end of the part): a row may break a cell
     * over two lines ("城市用气" ⏎ "提升工程"), rarely all rows the same, so the fewest of the first row's count and the
     * counts one short of it; a row printing fewer lacks cells merged from the rows above (a group's 指标, 责任领导) and
     * says nothing of the columns. 0 where a line is a row of a table printed a row a line, or a row prints more lines
     * than a header could have columns.
     */
    private static int firstRowCells(SourceText source, int n, int to) {
        int fewest = Integer.MAX_VALUE;
        int k = n;
        for (int rows = 0; rows < ROWS_COUNTED && k < to; rows++) {
            String number = TableCells.cellText(source.line(k)).strip();
            if (!NUMBER_CELL.matcher(number).matches()) {
                break;
            }
            String next = String.valueOf(Integer.parseInt(number) + 1);
            int cells = 1;
            for (k++; k < to; k++) {
                SourceText.Line line = source.line(k);
                if (line.isNoise() || TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                    continue;
                }
                if (TableCells.isRow(line)) {
                    return 0;
                }
                if (TableCells.cellText(line).strip().equals(next)) {
                    break;
                }
                cells++;
            }
            if (cells > 2 * MAX_VERTICAL_COLUMNS) {
                return 0;
            }
            fewest = fewest == Integer.MAX_VALUE || cells == fewest - 1 ? cells : fewest;
        }
        return fewest == Integer.MAX_VALUE ? 0 : fewest;
    }

    /**
     * The texts of the cells of the row whose number is at line {@code n}, printed one cell a line, up to the next row's
     * number or the end of the part; empty where a line is a row of a table printed a row a line.
     */
    private static List<String> rowTexts(SourceText source, int n, int to) {
        List<String> texts = new ArrayList<>();
        String number = TableCells.cellText(source.line(n)).strip();
        if (!NUMBER_CELL.matcher(number).matches()) {
            return texts;
        }
        texts.add(number);
        String next = String.valueOf(Integer.parseInt(number) + 1);
        for (int k = n + 1; k < to && texts.size() <= 2 * MAX_VERTICAL_COLUMNS; k++) {
            SourceText.Line line = source.line(k);
            if (line.isNoise() || TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                continue;
            }
            String text = TableCells.cellText(line).strip();
            if (TableCells.isRow(line)) {
                return List.of();
            }
            if (text.equals(next) || text.isEmpty()) {
                break;
            }
            texts.add(text);
        }
        return texts;
    }

    /** The shortest name of a header cell that spans the cells of a second header line printed after the first. */
    private static final int MIN_SPANNING_NAME = 4;

    /**
     * A header of two lines printed one cell a line: the first line's cells, then the cells of its second line, which
     * one cell of the first spans ("序号 / 具体任务分解 / 完成时限 / 牵头单位 … / 工作 / 内容 / 主要任务": 具体任务分解 over
     * 工作内容 and 主要任务; "序号 / 重点任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位": 责任单位 over 牵头单位 and
     * 配合单位). The names with the spanning cell replaced by the second line's cells (their broken pieces joined),
     * where the first row's cells then fall under columns they fit (a deadline under the deadline's column, names under
     * the bodies' columns) and do not under the names as printed; else null. The spanning cell is the first line's
     * rightmost full name of the second line's kind (a task's, or the bodies' where they name bodies).
     */
    static List<String> subHeaderSpread(ResponsibilityLabels labels, List<String> names, BitSet joinedBelow,
                                        List<String> row) {
        if (row.size() < 3 || fitsRow(labels, names, row)) {
            return null;
        }
        List<String> best = null;
        for (int top = 3; top + 2 <= names.size(); top++) {
            List<String> sub = names.subList(top, names.size());
            BitSet subJoined = joinedBelow.get(top, names.size());
            Column kind = columnNamed(labels, sub.get(0));
            if (kind == null || kind == Column.NUMBER) {
                continue;
            }
            // of the second line's kind: a bodies' column where it names bodies, else the same column
            boolean bodies = holdsNames(kind);
            Predicate<String> ofKind = name -> {
                Column column = columnNamed(labels, name);
                return column != null && (bodies ? holdsNames(column) : column == kind);
            };
            if (!sub.stream().allMatch(ofKind)) {
                continue;
            }
            int spanning = -1;
            for (int i = 1; i < top; i++) {
                if (names.get(i).length() >= MIN_SPANNING_NAME && ofKind.test(names.get(i))) {
                    spanning = i;
                }
            }
            if (spanning < 0) {
                continue;
            }
            List<String> joinedSub = joinBrokenHeaderCells(labels, sub, subJoined, 2);
            if (joinedSub.size() < 2) {
                continue;
            }
            List<String> spread = new ArrayList<>(names.subList(0, spanning));
            spread.addAll(joinedSub);
            spread.addAll(names.subList(spanning + 1, top));
            if (spread.size() >= row.size() && spread.size() <= row.size() + 1 && fitsRow(labels, spread, row)
                    && (best == null || spread.size() < best.size())) {
                best = spread;
            }
        }
        return best;
    }

    /**
     * Whether the first row's cells, by position, fit the columns {@code names} names: a deadline's cell under each
     * deadline column, a cell that is no deadline and no figure under each bodies' column.
     */
    private static boolean fitsRow(ResponsibilityLabels labels, List<String> names, List<String> row) {
        boolean checked = false;
        for (int i = 0; i < names.size() && i < row.size(); i++) {
            Column column = columnNamed(labels, names.get(i));
            String cell = row.get(i).replaceAll("\\s", "");
            if (column == Column.DEADLINE) {
                if (!DEADLINE_LIKE.matcher(cell).matches() && !NUMERIC_DATE.matcher(cell).matches()) {
                    return false;
                }
                checked = true;
            } else if (column != null && holdsNames(column)) {
                if (DEADLINE_LIKE.matcher(cell).matches() || cell.matches(".*\\d.*")) {
                    return false;
                }
                checked = true;
            }
        }
        return checked;
    }

    /** A period heading a column's name: 第二季度, 1-3月, 2023年度, 上半年. */
    private static final Pattern PERIOD_HEAD = Pattern.compile("^.*(?:季度|月|年度?|半年)$");

    /** A column's name this long is a header cell of its own, no tail ("考核指标" / "考核内容": two columns). */
    private static final int COMPLETE_NAME = 4;

    /** The longest piece of a header cell broken over lines that a tail may follow ("攻坚目标", "2023年度"). */
    private static final int MAX_BROKEN_HEAD = 6;

    /**
     * The header's names with the pieces of cells broken over two lines joined ("建设起" ⏎ "止年限", "责任" ⏎ "领导",
     * "第二季度" ⏎ "完成情况", "攻坚目标" ⏎ "任务"), down to the {@code cells} cells its first row prints (a table
     * printed one cell a line breaks its narrow header cells, rarely its rows' short cells). A piece is joined once,
     * to the piece before it, which it is no longer than (a cell breaks at the column's width: its first line is the
     * full width); a piece naming a column of bodies alone, or 序号, is a cell of its own. The likeliest joins first:
     * two pieces of equal length (the width of one column), a joined name naming a column, a first piece naming none;
     * among equals the rightmost (a task table's narrow columns, whose headers break, come last). Nothing is joined
     * where no pair is left that may be.
     */
    static List<String> joinBrokenHeaderCells(ResponsibilityLabels labels, List<String> names,
                                              BitSet joinedBelow, int cells) {
        List<String> joined = new ArrayList<>(names);
        List<Boolean> single = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            single.add(!joinedBelow.get(i));
        }
        while (joined.size() > cells) {
            int best = -1;
            int bestScore = 0;
            for (int i = 0; i + 1 < joined.size(); i++) {
                String head = joined.get(i);
                String tail = joined.get(i + 1);
                Column headColumn = columnNamed(labels, head);
                Column tailColumn = columnNamed(labels, tail);
                Column joinedColumn = columnNamed(labels, head + tail);
                // a name of a column of its own follows a head naming none but a period ("第二季度" ⏎ "完成情况")
                boolean twoNames = tailColumn != null && tail.length() >= COMPLETE_NAME
                        && !(headColumn == null && PERIOD_HEAD.matcher(head).matches());
                // a tail naming a column alone ends a name of that column ("责任" ⏎ "领导"), it turns no other into one
                // ("考核内容" ⏎ "单位" is no 责任单位: 单位 is the 计量单位 column)
                boolean otherColumn = tailColumn != null && joinedColumn != tailColumn;
                if (!single.get(i) || !single.get(i + 1) || twoNames || otherColumn || headColumn == Column.NUMBER
                        || tailColumn == Column.NUMBER
                        || (tailColumn != null && holdsNames(tailColumn)) || head.length() > MAX_BROKEN_HEAD
                        || tail.length() > head.length() || head.length() + tail.length() > MAX_HEADER_CELL) {
                    continue;
                }
                int score = (head.length() == tail.length() ? 2 : 1)
                        + (joinedColumn != null ? 1 : 0) + (headColumn == null ? 1 : 0);
                if (score >= bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                break;
            }
            joined.set(best, joined.get(best) + joined.get(best + 1));
            joined.remove(best + 1);
            single.set(best, false);
            single.remove(best + 1);
        }
        return joined;
    }

    /**
     * Whether {@code name} ends the bodies' column name on the line before it, broken over two lines ("牵头责任" ⏎ "单位",
     * "责任" ⏎ "部门"): a word of two or three characters that names no column of bodies of its own (单位 alone is a
     * 计量单位 column), after a name of a bodies' column that names the same column with it.
     */
    static boolean brokenBodiesHeader(ResponsibilityLabels labels, String previous, String name) {
        Column before = columnNamed(labels, previous);
        Column alone = columnNamed(labels, name);
        return before != null && holdsNames(before) && name.length() <= 3 && (alone == null || !holdsNames(alone))
                && columnNamed(labels, previous + name) == before;
    }

    /**
     * Whether short lines alternate a column name and a line naming none, the task's name first ("具体任务" / "开展促消费
     * 活动。" / "责任单位" / "市商务局" / "完成时限"): the labelled cells of a task card ({@link TaskTables#parseCards}), no header.
     */
    private static boolean labelsAndValues(ResponsibilityLabels labels, List<String> names) {
        if (names.size() < 3 || columnNamed(labels, names.get(0)) != Column.TASK) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if ((columnNamed(labels, names.get(i)) != null) != (i % 2 == 0)) {
                return false;
            }
        }
        return true;
    }
}
