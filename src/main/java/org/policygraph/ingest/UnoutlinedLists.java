package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.model.LinkType;

/**
 * The lists a page prints with no outline, no task table and no responsibility note, as news pages and digests print
 * a plan's projects: a list one cell a line under its title ({@link #cellPerLineList}), lines announced with their
 * count ({@link #announcedLines}), paragraphs closed by who leads them ({@link #projectsClosedByLead}) and a paragraph
 * running on numbered items ({@link #runOnItems}). {@link PlanParser} tries each only where nothing else was read;
 * each returns the line the list starts on, or -1 when the text holds no such list, and reads nothing then.
 */
final class UnoutlinedLists {

    private final DocumentDraft draft;
    private final PlanParser.ParseContext context;
    private final PlanConventions conventions;

    UnoutlinedLists(DocumentDraft draft, PlanParser.ParseContext context, PlanConventions conventions) {
        this.draft = draft;
        this.context = context;
        this.conventions = conventions;
    }

    /** A row number printed alone on its line, as a table copied from a web page prints its first cell. */
    private static final Pattern BARE_ROW_NUMBER = Pattern.compile("\\d{1,3}");
    /** The fewest rows a list printed one cell a line without its header must number to read as one. */
    private static final int MIN_CELL_LIST_ROWS = 3;

    /**
     * A list of projects printed one cell a line without any header row, as pages print a table copied without its
     * head (a 为民办实事项目 list announced after the vote): a title naming a plan ({@link PlanConventions#namesAPlan}:
     * "2024年某区政府为民办实事项目"), then its rows, each a bare row number on a line of its own (1, 2, 3 … in order)
     * followed by the lines of the row's projects. Each row is a task (its lines, however many, one task, as a table's
     * cell is), under a section titled by the list's title. What stands before the title is the page's lead (a news
     * report of the vote: how many deputies voted, how many projects were chosen), no fact of the list. The list ends
     * at a bare number out of order or a table row. Three rows at least; a title followed by no numbered row, or a row
     * without a line, reads as no list. Where no title is printed the lead's sentence naming the year's list stands
     * right above the rows ({@link #listNamedInLead}): the list is titled by that name. The line of the list's title
     * (or of that lead), or -1.
     */
    int cellPerLineList(int from, int to) {
        SourceText source = draft.source;
        for (int n = draft.source.nextTextLine(from - 1, to); n > 0; n = draft.source.nextTextLine(n, to)) {
            SourceText.Line line = source.line(n);
            String title = TextCleaner.cleanLine(line.text());
            Span heading = new Span(line.contentStart(), line.contentEnd());
            if (!PlanParser.isTitle(line) || !conventions.namesAPlan(title)) {
                heading = listNamedInLead(line);
                if (heading == null) {
                    continue;
                }
                title = TextCleaner.cleanLine(draft.quote(heading));
            }
            List<List<Integer>> rows = cellListRows(n, to);
            if (rows.size() < MIN_CELL_LIST_ROWS || rows.stream().anyMatch(List::isEmpty)) {
                continue;
            }
            for (int k = from; k < n; k++) {
                if (!source.line(k).isNoise()) {
                    draft.unrepresented(k, "the page's lead before the title of a list printed one cell a line: "
                            + "no fact of the list");
                }
            }
            List<Integer> last = rows.get(rows.size() - 1);
            for (int k = n + 1; k < last.get(last.size() - 1); k++) {
                if (BARE_ROW_NUMBER.matcher(TextCleaner.cleanLine(source.line(k).text())).matches()) {
                    draft.represented(k); // a row's number: structure, quoted by no record
                }
            }
            DocumentDraft.Section section = draft.addSection(OutlineParser.BODY_LOCATION, null, "", title, "",
                    heading, null);
            int number = 0;
            for (List<Integer> row : rows) {
                number++;
                Span quote = draft.source.spanOf(row);
                DocumentDraft.Measure task = draft.addMeasure(OutlineParser.BODY_LOCATION + "/" + number, section.id,
                        String.valueOf(number), title, row.stream().map(k -> TextCleaner.cleanLine(source.line(k)
                                .text())).collect(Collectors.joining(" ")), quote, true);
                // each line a project of its own, printed without a clause's punctuation: its figures read line by line
                task.taskCells = row.stream().map(k -> new Span(source.line(k).contentStart(),
                        source.line(k).contentEnd())).toList();
            }
            draft.warnings.add(source.where(line.contentStart()) + ": a list printed one cell a line without a header "
                    + "row: " + rows.size() + " numbered row(s) under its title read as tasks, the lines of each row "
                    + "one task" + (n > from ? "; the lines before the title are the page's lead, not read" : ""));
            return n;
        }
        return -1;
    }

    /** A clause of a lead naming the year's list it announces, from its year on: "确定了2023年度政府民生实事项目". */
    private static final Pattern LEAD_CLAUSE = Pattern.compile("[^，,。；;！!：:]+");
    private static final Pattern YEAR_ON = Pattern.compile("(?:19|20)\\d{2}\\s*年.*$");

    /**
     * A news page may print a voted list without its title, under a lead paragraph announcing it ("…人民代表大会…经投票
     * 表决,确定了2023年度政府民生实事项目,共10件。…"): the list's name is then the lead's clause naming a plan of a year
     * ({@link PlanConventions#namesAPlan}, from the year on: "2023年度政府民生实事项目"). The span of that name in the
     * line, or null: a line that is no sentence, opens as a news report does ("本报讯…"), or names no year's plan. Not
     * DocumentYears.PUBLISHED_PLAN, which takes only the year after 现将 or 确定, naming a plan or not.
     */
    private Span listNamedInLead(SourceText.Line line) {
        String printed = draft.source.raw().substring(line.contentStart(), line.contentEnd());
        if (TableCells.isRow(line) || !PlanParser.isSentenceLine(printed.strip())
                || conventions.opensAReport(TextCleaner.cleanLine(printed))) {
            return null;
        }
        Matcher clause = LEAD_CLAUSE.matcher(printed);
        while (clause.find()) {
            Matcher year = YEAR_ON.matcher(clause.group());
            if (year.find() && conventions.namesAPlan(year.group().strip())) {
                int start = line.contentStart() + clause.start() + year.start();
                return new Span(start, line.contentStart() + clause.end());
            }
        }
        return null;
    }

    /**
     * The rows of a list printed one cell a line under the title at line {@code title}: the text lines after each bare
     * row number (1, 2, 3 … in order, the first on the line right after the title), or an empty list.
     */
    private List<List<Integer>> cellListRows(int title, int to) {
        SourceText source = draft.source;
        List<List<Integer>> rows = new ArrayList<>();
        for (int k = draft.source.nextTextLine(title, to); k > 0; k = draft.source.nextTextLine(k, to)) {
            SourceText.Line line = source.line(k);
            if (TableCells.isRow(line)) {
                break;
            }
            String text = TextCleaner.cleanLine(line.text());
            // 1, 2, 3 … or 01, 02, 03 … as news pages number a voted list
            if (BARE_ROW_NUMBER.matcher(text).matches() && Integer.parseInt(text) == rows.size() + 1) {
                rows.add(new ArrayList<>());
            } else if (rows.isEmpty() || BARE_ROW_NUMBER.matcher(text).matches()) {
                break;
            } else if (!text.isEmpty()) {
                rows.get(rows.size() - 1).add(k);
            }
        }
        return rows;
    }

    /**
     * "上述项目由区商务委牵头负责。", "以上工作由市教育局、市财政局负责": a sentence of its own closing the projects printed above
     * it by naming who leads them (group 1: the names).
     */
    private static final Pattern LEADS_WHAT_PRECEDES = Pattern.compile(
            "^(?:上述|以上)(?:各项|各|所列)?(?:项目|工作|任务|事项|实事)?均?由([^，,。；;：:]{2,80}?)(?:牵头负责|牵头|负责)"
            + "(?:实施|落实|推进)?[。；;]?$");
    /**
     * The bodies a closing sentence ({@link #LEADS_WHAT_PRECEDES}, a cleaned line) names, each leading the projects
     * above it; none where the line is no such sentence.
     */
    static List<ResponsibilityCell.Assignment> closingLeads(BodyNameEndings endings, String line) {
        Matcher lead = LEADS_WHAT_PRECEDES.matcher(line);
        return !lead.matches() ? List.of() : ResponsibilityCell.names(endings, lead.group(1)).stream()
                .map(name -> new ResponsibilityCell.Assignment(LinkType.LEADS, name)).toList();
    }

    /** A line opened by a chapter's number, however long ("五、加强社区公共服务设施建设。改建…"): a heading. */
    private static final Pattern OPENED_AS_CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、\\s*(\\S[^。；;]*)");

    /**
     * Projects printed as paragraphs without any number, each run of them closed by a sentence of its own naming who
     * leads them ({@link #LEADS_WHAT_PRECEDES}: "改建标准化菜市场4家。项目具体实施进度为:…" ⏎ "在10家菜市场建设追溯系统。…"
     * ⏎ "上述项目由区商务委牵头负责。"), as a district's practical-projects plan prints them page by page. Each paragraph
     * (a line ending a sentence) is a task; the bodies of the closing sentence lead every task since the previous
     * closing sentence. A short line or a line opened by a chapter's number (五、…, which may restate the projects of
     * its part in one sentence) heads the tasks under it: a section titled by the heading's words up to its first
     * sentence end, its restatement not read again. A closing sentence with no paragraph above it (a page opening
     * with the end of the previous page's part) closes nothing printed and is not read. Read only where one closing
     * sentence at least closes a paragraph and the text does not open as a news report. The first line read, or -1.
     */
    int projectsClosedByLead(int from, int to) {
        SourceText source = draft.source;
        Map<Integer, String> lines = new LinkedHashMap<>(); // each line read, by its number, cleaned once
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            String text = TextCleaner.cleanLine(line.text());
            if (!line.isNoise() && !TableCells.isRow(line) && !text.isEmpty()) {
                lines.put(n, text);
            }
        }
        if (lines.isEmpty() || conventions.opensAReport(lines.values().iterator().next())) {
            return -1;
        }
        boolean closes = false;
        boolean paragraphAbove = false;
        for (String text : lines.values()) {
            if (LEADS_WHAT_PRECEDES.matcher(text).matches()) {
                closes |= paragraphAbove;
                paragraphAbove = false;
            } else if (PlanParser.isSentenceLine(text) && !OPENED_AS_CHAPTER.matcher(text).lookingAt()) {
                paragraphAbove = true;
            }
        }
        if (!closes) {
            return -1;
        }
        int first = lines.keySet().iterator().next();
        BodyNameEndings endings = context.departments().bodyNameEndings();
        DocumentDraft.Section section = null;
        List<Integer> heading = new ArrayList<>();
        List<DocumentDraft.Measure> unclosed = new ArrayList<>();
        int part = 0;
        int number = 0;
        int tasks = 0;
        for (Map.Entry<Integer, String> read : lines.entrySet()) {
            int n = read.getKey();
            String text = read.getValue();
            SourceText.Line line = source.line(n);
            Matcher lead = LEADS_WHAT_PRECEDES.matcher(text);
            Matcher chapter = OPENED_AS_CHAPTER.matcher(text);
            if (lead.matches()) {
                if (unclosed.isEmpty()) {
                    draft.unrepresented(n, "a sentence naming who leads the projects above it, none of which is "
                            + "printed (a page opening with the end of the previous page's part)");
                    continue;
                }
                List<ResponsibilityCell.Assignment> leads = closingLeads(endings, text);
                for (DocumentDraft.Measure task : unclosed) {
                    ResponsibilityLinks.link(draft, context, task.id, task.location, text, leads, source.where(
                            line.contentStart()), "sentence closing the projects above it");
                }
                draft.represented(n); // quoted by the roles it gives
                unclosed.clear();
            } else if (PlanParser.isTitle(line) || chapter.lookingAt()) {
                heading.add(n);
            } else if (PlanParser.isSentenceLine(text)) {
                if (section == null || !heading.isEmpty()) {
                    part++;
                    number = 0;
                    String title = heading.stream().map(h -> {
                        String printed = lines.get(h);
                        Matcher opened = OPENED_AS_CHAPTER.matcher(printed);
                        return opened.lookingAt() ? opened.group(1).strip() : printed;
                    }).collect(Collectors.joining(" "));
                    // no heading printed above the first paragraph: the section is quoted by that paragraph
                    Span quote = heading.isEmpty() ? new Span(line.contentStart(), line.contentEnd())
                            : draft.source.spanOf(heading);
                    section = draft.addSection(OutlineParser.BODY_LOCATION + part, null, "", title, "", quote, null);
                    heading.clear();
                }
                number++;
                tasks++;
                Span quote = new Span(line.contentStart(), line.contentEnd());
                unclosed.add(draft.addMeasure(OutlineParser.BODY_LOCATION + part + "/" + number, section.id,
                        String.valueOf(number), section.title, text, quote, true));
            } else {
                draft.unrepresented(n, "a line among projects closed by who leads them: no task and no heading");
            }
        }
        draft.warnings.add(source.where(source.line(first).contentStart()) + ": the text prints no outline and "
                + "no task table; read as projects printed as paragraphs (" + tasks + " task(s) in " + part
                + " part(s)), each run of them closed by a sentence naming who leads them");
        return first;
    }

    /** A sentence of the words leading into a run-on list, and a clause of it. */
    private static final Pattern LEAD_SENTENCE_END = Pattern.compile("[。！!？?]");
    private static final Pattern LEAD_CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
    /** How many sentences before its first item the words leading into a run-on list may name the list in. */
    private static final int LIST_NAMED_WITHIN = 2;

    /**
     * A paragraph running on the tasks of a list ({@link RunOnItems}: "(1)…。 (2)…。 (3)…" after a colon), as a news
     * page quoting a work report prints the year's projects: read where the words leading into the list name it as a
     * plan's list ({@link PlanConventions#namesAPlan} on a clause of the last two sentences before "(1)": "重点抓好15件
     * 民生实事。分别是:") and the paragraph does not open as a news report does. Each item is a task, quoted after its
     * number, under a section titled by that clause, or by the text's headline where a title line naming a plan is
     * printed apart from the paragraph (a page stores a post's headline after its text: "…2020年将为民办好15件民生实事",
     * whose year dates the list); the words leading in (the meeting, the speaker) state no fact of the list and are not
     * read. A paragraph numbering items that no named list leads into stays unread, and so does
     * a text holding none (a news article stays refused). The line of the list, or -1.
     */
    int runOnItems(int from, int to) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (!mayLeadIntoAList(line)) {
                continue;
            }
            String printed = source.raw().substring(line.contentStart(), line.contentEnd());
            RunOnItems.RunOnList list = RunOnItems.in(printed);
            String name = list == null ? null : listNamedBefore(printed.substring(0, list.leadEnd()));
            if (name == null) {
                continue;
            }
            // the post's headline naming the list may stand apart from the paragraph (a page stores it after the
            // text): it titles the list, with the year it names
            int headline = headlineNamingAPlan(from, to, n);
            if (headline > 0) {
                name = TextCleaner.cleanLine(source.line(headline).text());
                draft.represented(headline); // the list's title, given to its section
            }
            int at = line.contentStart();
            RunOnItems.Item first = list.items().get(0);
            // quoted by the first number alone: the words leading in are no fact, the tasks' figures are their own
            DocumentDraft.Section section = draft.addSection(OutlineParser.BODY_LOCATION, null, "", name, "",
                    new Span(at + first.start(), at + first.textStart()), null);
            int number = 0;
            for (RunOnItems.Item item : list.items()) {
                number++;
                Span task = new Span(at + item.textStart(), at + item.end());
                draft.addMeasure(OutlineParser.BODY_LOCATION + "/" + number, section.id, String.valueOf(number), name,
                        TextCleaner.cleanLine(draft.quote(task)), task, true);
            }
            draft.warnings.add(source.where(at) + ": the text prints no outline and no task table; a paragraph runs on "
                    + list.items().size() + " numbered item(s) of the list it names (" + name + "), read as tasks; "
                    + "the words leading into the list are not read");
            return n;
        }
        return -1;
    }

    /**
     * A list printed one task a line after the words announcing it with its count ({@link AnnouncedLines}: "…接续办好
     * 15件重点民生实事。具体包括:" ⏎ fifteen sentence lines): read where those words name the list as a plan's, as for a
     * run-on list ({@link #listNamedBefore}), on a line that does not open as a news report does. Each line is a task
     * under a section titled by that name, or by the headline naming a plan where one is printed, and quoted by the
     * last words leading in ("具体包括:"); the lines before (the meeting, the speaker) state no fact of the list. The
     * line of the words leading in, or -1.
     */
    int announcedLines(int from, int to) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (!mayLeadIntoAList(line)) {
                continue;
            }
            List<Integer> after = new ArrayList<>();
            for (int k = source.nextTextLine(n, to); k > 0 && !TableCells.isRow(source.line(k));
                    k = source.nextTextLine(k, to)) {
                after.add(k);
            }
            String printed = source.raw().substring(line.contentStart(), line.contentEnd()).strip();
            int listed = AnnouncedLines.listed(printed,
                    after.stream().map(k -> TextCleaner.cleanLine(source.line(k).text())).toList());
            String name = listed > 0 ? listNamedBefore(printed) : null;
            if (name == null) {
                continue;
            }
            int headline = headlineNamingAPlan(from, Math.min(n, to), n);
            if (headline > 0) {
                name = TextCleaner.cleanLine(source.line(headline).text());
                draft.represented(headline); // the list's headline, given to its section
            }
            // the last words leading in ("具体包括:"), after the sentence naming the list
            Matcher end = LEAD_SENTENCE_END.matcher(printed);
            int leadIn = 0;
            while (end.find()) {
                leadIn = end.end();
            }
            int at = line.contentStart() + source.raw().substring(line.contentStart(), line.contentEnd()).indexOf(
                    printed);
            DocumentDraft.Section section = draft.addSection(OutlineParser.BODY_LOCATION, null, "", name, "",
                    new Span(at + leadIn, at + printed.length()), null);
            for (int i = 0; i < listed; i++) {
                SourceText.Line task = source.line(after.get(i));
                Span quote = new Span(task.contentStart(), task.contentEnd());
                draft.addMeasure(OutlineParser.BODY_LOCATION + "/" + (i + 1), section.id, String.valueOf(i + 1), name,
                        TextCleaner.cleanLine(draft.quote(quote)), quote, true);
            }
            draft.warnings.add(source.where(line.contentStart()) + ": the text prints no outline and no task table; "
                    + listed + " unnumbered line(s) after the words announcing " + listed + " item(s) of the list they "
                    + "name (" + name + ") read as tasks; the words leading in and the lines before them are not read");
            return n;
        }
        return -1;
    }

    /** A line that may lead into a list: text, not a table row, not opening as a news report does ("本报讯…"). */
    private boolean mayLeadIntoAList(SourceText.Line line) {
        return !line.isNoise() && !TableCells.isRow(line)
                && !conventions.opensAReport(TextCleaner.cleanLine(line.text()));
    }

    /** The first title line naming a plan from {@code from} up to {@code to}, other than line {@code except}, or -1. */
    private int headlineNamingAPlan(int from, int to, int except) {
        for (int k = from; k < to; k++) {
            SourceText.Line other = draft.source.line(k);
            if (k != except && !other.isNoise() && PlanParser.isTitle(other)
                    && conventions.namesAPlan(TextCleaner.cleanLine(other.text()))) {
                return k;
            }
        }
        return -1;
    }

    /** The clause naming a plan's list in the last sentences of the words leading into a run-on list, or null. */
    private String listNamedBefore(String lead) {
        List<String> sentences = List.of(LEAD_SENTENCE_END.split(lead));
        for (int i = sentences.size() - 1; i >= Math.max(0, sentences.size() - LIST_NAMED_WITHIN); i--) {
            for (String clause : LEAD_CLAUSE_BREAK.split(sentences.get(i))) {
                String named = TextCleaner.cleanLine(clause);
                if (!named.isEmpty() && conventions.namesAPlan(named)) {
                    return named;
                }
            }
        }
        return null;
    }
}
