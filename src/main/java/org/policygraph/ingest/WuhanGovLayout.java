package org.policygraph.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.LinkRecord;
import org.policygraph.model.SourceRef;

/**
 * 003 (wuhan-gov-2016): a body of 一、 chapters and （一） sections whose paragraphs are Section text (no numbered
 * tasks), then the annex "重点任务分工及进度安排表": rows {@code 序号⇥工作任务⇥负责部门⇥时间进度} (header repeated per
 * page, cells sometimes wrapped in {@code <p>}). Each row is a Measure {@code 附件-N}; its 负责部门 cell becomes
 * LEADS/SUPPORTS links, quoted with the cell's raw text.
 */
final class WuhanGovLayout implements LayoutParser {

    static final String NAME = "wuhan-gov-2016";
    static final String ANNEX_LOCATION = "附件";

    private static final Pattern ANNEX_HEADING = Pattern.compile("^附件\\s*[：:]?\\s*(.*)$");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final String HEADER_FIRST_CELL = "序号";
    private static final int CELLS = 4;

    @Override
    public void parse(DocumentDraft draft, ParseContext context) {
        SourceText source = draft.source;
        int annexLine = findAnnex(source);
        OutlineParser outline = new OutlineParser(source, OutlineParser.Rules.PLAIN, draft.warnings);
        new BodyMapper(draft, true).map(outline.parse(1, annexLine < 0 ? source.lines().size() + 1 : annexLine));
        if (annexLine < 0) {
            draft.warnings.add(source.file() + ": no annex (附件) found");
            return;
        }
        List<String> candidates = RestatementMatcher.sectionsWithText(draft);
        SourceText.Line heading = source.line(annexLine);
        Matcher m = ANNEX_HEADING.matcher(TextCleaner.cleanLine(heading.text()));
        m.matches();
        String title = m.group(1);
        DocumentDraft.Section annex = draft.addSection(ANNEX_LOCATION, null, ANNEX_LOCATION, title, "",
                new Span(heading.contentStart(), heading.contentEnd()), null);
        parseRows(draft, context, annex, candidates, annexLine + 1);
    }

    private void parseRows(DocumentDraft draft, ParseContext context, DocumentDraft.Section annex,
                           List<String> candidates, int fromLine) {
        SourceText source = draft.source;
        String raw = source.raw();
        int lastNumber = 0;
        for (int n = fromLine; n <= source.lines().size(); n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            if (!line.text().contains("\t")) {
                if (lastNumber > 0) {
                    break; // the annex table is over: 抄送, issuing office, date
                }
                continue; // the table's title repeated as a heading
            }
            List<Span> cells = TableCells.of(source, line);
            String first = TextCleaner.cleanLine(cells.get(0).of(raw));
            if (first.equals(HEADER_FIRST_CELL)) {
                continue;
            }
            String where = source.file() + ":" + n;
            if (!ROW_NUMBER.matcher(first).matches() || cells.size() != CELLS) {
                throw new SeedException(where, "annex row should be 序号⇥工作任务⇥负责部门⇥时间进度 but has "
                        + cells.size() + " cells starting with '" + first + "'");
            }
            int number = Integer.parseInt(first);
            if (number != lastNumber + 1) {
                throw new SeedException(where, "annex row " + number + " follows row " + lastNumber);
            }
            lastNumber = number;
            Span task = cells.get(1);
            DocumentDraft.Measure measure = draft.addMeasure(ANNEX_LOCATION + "-" + number, annex.id,
                    String.valueOf(number), annex.title, TextCleaner.cleanLine(task.of(raw)), task, false);
            measure.timeline = TextCleaner.cleanLine(cells.get(3).of(raw));
            measure.restateCandidates = candidates;
            ResponsibilityLinks.linkCell(draft, context, measure, cells.get(2).of(raw), where);
        }
    }

    private static int findAnnex(SourceText source) {
        for (SourceText.Line line : source.lines()) {
            String text = TextCleaner.cleanLine(line.text());
            if (!line.text().contains("\t") && ANNEX_HEADING.matcher(text).matches() && text.length() < 40) {
                return line.number();
            }
        }
        return -1;
    }
}
