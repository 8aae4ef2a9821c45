package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 001 (moc-pilot-2022): the notice, then the plan body (一、 chapters, （一） sections, tasks 1.–16. numbered through
 * the body), then the task list "…任务清单" with tables 表1–表5 whose numbered rows restate the body tasks. Table rows
 * are Measures {@code 表N-k}; the category cells (类别, printed with OCR spaces and at varying tab positions) are not
 * data and are skipped: the row is the cell that starts with its number.
 */
final class MocPilotLayout implements LayoutParser {

    static final String NAME = "moc-pilot-2022";
    static final String TASK_LIST_LOCATION = "任务清单";

    private static final Pattern CAPTION = Pattern.compile("^表\\s*(\\d+)\\s*(\\S.*)$");
    private static final Pattern ROW = Pattern.compile("^(\\d{1,2})\\s*[.．]\\s*(.+)$");
    private static final String HEADER_FIRST_CELL = "类别";
    private static final Pattern ROW_PREFIX = Pattern.compile("^\\d{1,2}\\s*[.．]\\s*");

    @Override
    public void parse(DocumentDraft draft, ParseContext context) {
        SourceText source = draft.source;
        int firstCaption = findFirstCaption(source);
        int listTitleLine = firstCaption < 0 ? source.lines().size() + 1 : previousTextLine(source, firstCaption);
        OutlineParser outline = new OutlineParser(source, OutlineParser.Rules.PLAIN, draft.warnings);
        new BodyMapper(draft, true).map(outline.parse(1, listTitleLine));
        if (firstCaption < 0) {
            draft.warnings.add(source.file() + ": no task list (表N captions) found");
            return;
        }
        SourceText.Line titleLine = source.line(listTitleLine);
        Span titleSpan = new Span(titleLine.contentStart(), titleLine.contentEnd());
        DocumentDraft.Section list = draft.addSection(TASK_LIST_LOCATION, null, TASK_LIST_LOCATION,
                TextCleaner.cleanLine(titleSpan.of(source.raw())), "", titleSpan, null);
        parseTables(draft, list, firstCaption);
    }

    private void parseTables(DocumentDraft draft, DocumentDraft.Section list, int firstCaption) {
        SourceText source = draft.source;
        DocumentDraft.Section table = null;
        List<DocumentDraft.Measure> rows = new ArrayList<>();
        List<String> candidates = List.of();
        int lastNumber = 0;
        String lastText = null;
        for (int n = firstCaption; n <= source.lines().size(); n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            String lineText = TextCleaner.cleanLine(line.text());
            Matcher caption = CAPTION.matcher(lineText);
            if (!line.text().contains("\t") && caption.matches()) {
                trimDuplicatedTails(draft, rows);
                rows.clear();
                String label = "表" + caption.group(1);
                Span span = new Span(line.contentStart(), line.contentEnd());
                table = draft.addSection(label, list.id, label, caption.group(2).strip(), "", span, null);
                candidates = RestatementMatcher.measuresOfMatchingSection(draft, caption.group(2));
                lastNumber = 0;
                lastText = null;
                continue;
            }
            if (table == null) {
                throw new SeedException(source.file() + ":" + n, "task-list line before the first 表N caption");
            }
            Span rowCell = null;
            Matcher row = null;
            for (Span cell : TableCells.of(source, line)) {
                Matcher m = ROW.matcher(TextCleaner.cleanLine(cell.of(source.raw())));
                if (m.matches()) {
                    rowCell = cell;
                    row = m;
                    break;
                }
            }
            if (row == null) {
                if (!lineText.startsWith(HEADER_FIRST_CELL)) {
                    draft.warnings.add(source.file() + ":" + n + ": task-list line without a numbered task; skipped");
                }
                continue;
            }
            int number = Integer.parseInt(row.group(1));
            String text = row.group(2).strip();
            if (number == lastNumber && text.equals(lastText)) {
                draft.warnings.add(source.file() + ":" + n + ": row " + number + " repeated verbatim; skipped");
                continue;
            }
            if (number != lastNumber + 1) {
                throw new SeedException(source.file() + ":" + n, table.label + " row numbered " + number
                        + " follows row " + lastNumber + "; rows must be numbered 1, 2, 3 …");
            }
            DocumentDraft.Measure measure = draft.addMeasure(table.label + "-" + number, table.id,
                    String.valueOf(number), table.label + " " + table.title, text, rowCell, false);
            measure.restateCandidates = candidates;
            rows.add(measure);
            lastNumber = number;
            lastText = text;
        }
        trimDuplicatedTails(draft, rows);
    }

    /**
     * A row whose text ends with a verbatim copy of another row of the same table got that row's text appended by the
     * OCR (001 表5-11 ends with the whole of 表5-13): the copy is cut off, so each task is stated once.
     */
    private static void trimDuplicatedTails(DocumentDraft draft, List<DocumentDraft.Measure> rows) {
        for (DocumentDraft.Measure row : rows) {
            for (DocumentDraft.Measure other : rows) {
                String copy = other.text.replaceAll("\\s", "");
                String text = row.text.replaceAll("\\s", "");
                if (other == row || copy.length() < 8 || text.length() <= copy.length() || !text.endsWith(copy)) {
                    continue;
                }
                NormalizedText normalized = NormalizedText.of(draft.source.raw(), row.quote.start(), row.quote.end());
                int cut = normalized.rawOffset(normalized.length() - copy.length());
                int end = cut;
                while (end > row.quote.start() && Character.isWhitespace(draft.source.raw().charAt(end - 1))) {
                    end--;
                }
                draft.warnings.add(row.where + ": " + row.location + " ends with a verbatim copy of " + other.location
                        + "; the copy is cut off (OCR duplication)");
                row.quote = new Span(row.quote.start(), end);
                row.text = ROW_PREFIX.matcher(TextCleaner.cleanLine(draft.quote(row.quote))).replaceFirst("");
                break;
            }
        }
    }

    private static int findFirstCaption(SourceText source) {
        for (SourceText.Line line : source.lines()) {
            if (!line.text().contains("\t") && CAPTION.matcher(TextCleaner.cleanLine(line.text())).matches()) {
                return line.number();
            }
        }
        return -1;
    }

    private static int previousTextLine(SourceText source, int lineNumber) {
        for (int n = lineNumber - 1; n >= 1; n--) {
            if (!source.line(n).isNoise()) {
                return n;
            }
        }
        throw new SeedException(source.file() + ":" + lineNumber, "task list has no title line above its first table");
    }
}
