package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.ingest.indicator.DocumentYears;

/**
 * The one parser for the structure of Chinese official documents (党政机关公文, GB/T 9704), used for every plan,
 * seeded or submitted. A plan is read in three parts:
 * <ol>
 *   <li>the <b>body</b>: title block and notice (before the first 一、 chapter, kept out of the outline), then the
 *       outline 一、/（一）/1./1、 with 专栏 boxes, ——lead-ins and 表N captions ({@link OutlineParser}, mapped to
 *       Sections and Measures by {@link BodyMapper});</li>
 *   <li>the <b>task part</b>: 附件 annexes and 表N task lists whose rows are tasks ({@link TaskTables});</li>
 *   <li>the <b>footer</b> (版记): 抄送, the printing office and the 印发 date, which ends any table above it.</li>
 * </ol>
 * A text with none of these is read, where it can be, as a plan printed without outline ({@code readUnoutlinedPlan}) or
 * as one of the lists pages print without it ({@link UnoutlinedLists}); else it is refused, saying why.
 * What differs between plans is data ({@link PlanConventions}), not code. Responsibilities printed in notes and prose
 * are read from every Section and Measure afterwards ({@link ResponsibilityLinks}, {@link ProseRoles}).
 */
final class PlanParser {

    static final String TASK_LIST_LOCATION = "任务清单";

    /** What the parser may consult besides the text. */
    /** @param labels how the plan's responsibility notes and task-table headers are labelled (vocabulary data) */
    record ParseContext(DepartmentResolver departments, boolean strictDepartments, UnknownBodies unknownBodies,
                        ResponsibilityLabels labels) {
    }

    private static final Pattern CHAPTER = Pattern.compile("^[一二三四五六七八九十]+、\\s*\\S.{0,58}$");
    private static final Pattern SECTION = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[）)].*$");
    /**
     * "（此件公开发布）": the note closing a notice after its signature. An 附件 printed after it is still the document's
     * (the annex of a notice follows its signature), so it ends the body only when no 附件 heading follows.
     */
    private static final Pattern PUBLICATION_NOTE = Pattern.compile("^[（(]此件.{0,12}[）)]$");
    /**
     * "某某办公室 2023年2月6日印发": the 版记's line of who printed the notice when. A web page may print it above the
     * notice's 附件 (the annex stored after the page's footer): an 附件 heading on the line right after it is still the
     * document's.
     */
    private static final Pattern PRINTED_ON = Pattern.compile(
            "^.{0,30}\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*印\\s*发$");
    /** The first line of the 版记 (footer) of an official document. */
    private static final Pattern FOOTER = Pattern.compile("^(抄送|抄报|分送|主题词)\\s*[：:].*"
            + "|" + PRINTED_ON.pattern() + "|" + PUBLICATION_NOTE.pattern());

    private final DocumentDraft draft;
    private final ParseContext context;
    /** The lists a page prints without outline, table or note, read where nothing else was. */
    private final UnoutlinedLists lists;
    private final PlanConventions conventions;

    PlanParser(DocumentDraft draft, ParseContext context, PlanConventions conventions) {
        this.draft = draft;
        this.context = context;
        this.conventions = conventions;
        this.lists = new UnoutlinedLists(draft, context, conventions);
    }

    void parse() {
        SourceText source = draft.source;
        int end = source.lines().size() + 1;
        int plan = planAfterNotice(end);
        int wordedChapter = firstLine(plan, end, OutlineParser.WORDED_CHAPTER);
        boolean wordedChapters = wordedChapter > 0 && firstLine(wordedChapter + 1, end, OutlineParser.WORDED_CHAPTER) > 0;
        int firstChapter = wordedChapters ? wordedChapter : openingChapter(plan, firstLine(plan, end, CHAPTER));
        int chapterlessBody = firstChapter > 0 ? -1 : firstLine(plan, end, OutlineParser.CHAPTERLESS_BODY);
        int bodyStart = firstChapter > 0 ? firstChapter : chapterlessBody > 0 ? chapterlessBody : plan;
        int footer = firstLine(bodyStart, end, FOOTER);
        while (footer > 0 && documentGoesOnAfter(footer, end)) {
            footer = firstLine(footer + 1, end, FOOTER);
        }
        int bodyEnd = footer > 0 ? footer : end;
        int closing = firstChapter > 0 ? noticeClosing(firstChapter + 1, bodyEnd) : -1;
        if (closing > 0) {
            for (int n = closing; n < bodyEnd; n++) {
                draft.unrepresented(n, "the covering notice's closing paragraphs after the plan's last item "
                        + "(现将…印发给你们 and its instructions): not plan content");
            }
            bodyEnd = closing;
        }
        int taskPart = taskPartStart(bodyStart, bodyEnd);
        int headerFirst = bodyStart > 1 ? taskPartStart(1, bodyStart, true) : -1;
        long headerTasks = headerFirst > 0 ? taskColumns(headerFirst, bodyEnd) : 0;
        if (headerFirst > 0 && (taskPart < 0 || taskPart == bodyStart)
                && (headerTasks == 1 || headerTasks == 2 && !printsNumberedItems(bodyStart, bodyEnd)
                        || separatedCellsTableAt(headerFirst) || chapterInFirstRow(headerFirst, bodyEnd)
                        || wordNumberedGroupsAt(headerFirst, bodyEnd))) {
            // a task table whose header stands above its first group row ("序号 / 主要工作举措 / 牵头单位 …", then
            // "一、做大做强主导产业"): the 一、 is the table's, not a chapter before it. Not a header naming two task
            // columns (项目 / 重点工作目标任务) whose rows print a group's tasks as numbered items, which the outline
            // reads; where no item is numbered (目标任务 / 主要内容 / 责任单位, the 一、 and (一) headings the first
            // column's groups), the rows are the table's
            taskPart = headerFirst;
        }
        int outlineEnd = taskPart > 0 ? taskPart : bodyEnd;
        int outlineResumes = taskPart > 0 ? outlineResumesAfterTable(taskPart, bodyEnd) : -1;
        int taskPartEnd = outlineResumes > 0 ? outlineResumes : bodyEnd;

        readListConventions(source);
        OutlineParser outline = new OutlineParser(source, new OutlineParser.Rules(conventions, firstChapter < 0, wordedChapters), draft.warnings);
        List<OutlineNode> chapters = outline.parse(plan, outlineEnd); // the covering notice's 一、… are not the plan's
        if (outlineResumes > 0) {
            chapters = outline.parse(outlineResumes, bodyEnd); // the chapters after the table join those before it
        }
        // a covering notice printed without the plan it issues: its own chapters (一、…情况 二、工作要求) set no task
        // (where the chapters number items or name the tasks, 一、主要任务 ⏎ 1.…, they are the plan printed untitled)
        boolean noticeOnly = taskPart < 0 && firstChapter > 0 && !BodyMapper.hasTaskElements(chapters, conventions)
                && chapters.stream().noneMatch(c -> conventions.isTaskChapter(c.headingTitle))
                && issuesAnAbsentPlan(plan, firstChapter, bodyEnd);
        boolean sectionsAreTasks = !noticeOnly && taskPart < 0 && !BodyMapper.hasTaskElements(chapters, conventions);
        // nothing numbered under any 一、 (no （一）, no item): the chapters themselves are the tasks
        boolean chaptersAreTasks = sectionsAreTasks
                && chapters.stream().allMatch(c -> c.kind == OutlineNode.Kind.CHAPTER && c.children.isEmpty())
                && chapters.stream().filter(c -> !conventions.isNonTaskChapter(c.headingTitle)).count() >= 2;
        int sectionsBefore = draft.sections.size();
        new BodyMapper(draft, noticeOnly ? conventions.noticeChapters() : conventions, sectionsAreTasks,
                chaptersAreTasks, this::closedByNote, this::namesWhoDoesIt).map(chapters);
        if (noticeOnly) {
            draft.sections.subList(sectionsBefore, draft.sections.size()).forEach(s -> s.noticeText = true);
            draft.warnings.add(source.where(source.line(firstChapter).contentStart()) + ": the text is a notice "
                    + "issuing a plan it does not print: its chapters are read as the notice's (no task; its "
                    + "instructions to all addressees name no body responsible)");
        }
        int outlineSections = draft.sections.size();
        if (taskPart > 0) {
            new TaskTables(draft, context).parse(taskPart, taskPartEnd);
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // a task table whose line breaks were lost, its header and rows run on in a line
            new RunOnTables(draft, context).parse(1, bodyEnd);
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            readNotedParagraphs(bodyStart, bodyEnd);
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // a task printed as a card of labelled cells (具体任务 ⏎ … ⏎ 责任单位 ⏎ …), one card or several
            int card = new TaskTables(draft, context).parseCards(1, bodyEnd);
            bodyStart = card > 0 ? card : bodyStart;
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // an official document (its own 文号 on a line) whose body is prose: one body Section, read for its figures
            OutlineNode prose = proseBody(outlineEnd);
            if (prose != null) {
                bodyStart = draft.source.lineNumberAt(prose.heading.start());
                new BodyMapper(draft, conventions, false).map(List.of(prose));
            }
        }
        int cellList = draft.sections.isEmpty() && draft.measures.isEmpty() ? lists.cellPerLineList(1, bodyEnd) : -1;
        if (cellList < 0 && draft.sections.isEmpty() && draft.measures.isEmpty()) {
            cellList = lists.announcedLines(1, bodyEnd);
        }
        if (cellList > 0) {
            bodyStart = cellList;
        } else if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // no task in the text: a page stored up to its key work may still list the year's goals, read when they
            // are a list (several figures in clauses of their own); a news article naming one goal stays refused
            if (!readStatedGoals(1, bodyEnd, MIN_LISTED_GOALS)) {
                readPlanAccount(1, bodyEnd);
            }
        } else if (firstChapter > 0) {
            if (!readStatedGoals(1, firstChapter, 1)) {
                // chapters that are the tasks hang under the line leading into them, read with that body: not twice
                int introduction = chaptersAreTasks ? previousTextLine(firstChapter) : firstChapter;
                int before = draft.sections.size();
                readIntroduction(1, introduction);
                if (draft.sections.size() == before) {
                    readGoalsAfterLead(1, introduction);
                }
            }
        } else if (chapterlessBody > 1) {
            // no 一、 chapter: the goals stand before the first （一） or 1. of the body ("主要预期目标是：…"), above the
            // line leading into it (the body's own heading, read with the body)
            int to = previousTextLine(chapterlessBody);
            if (!readStatedGoals(1, to, 1)) {
                readIntroduction(1, to);
            }
        }
        if (draft.measures.isEmpty() && (draft.sections.isEmpty() || taskPart > 0 && outlineSections == 0)) {
            // no outline, no table, no note: a text that names itself a plan and sets figures or tasks is still read,
            // by its unnumbered headings and paragraphs, with a warning saying so; an annex printed by its heading
            // only (its table not stored) leaves the prose before it to be read so
            int read = readUnoutlinedPlan(plan, draft.sections.isEmpty() ? bodyEnd : taskPart);
            bodyStart = read > 0 ? read : bodyStart;
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // projects printed as paragraphs, each run closed by who leads it: "…。" ⏎ "上述项目由区商务委牵头负责。"
            int read = lists.projectsClosedByLead(1, bodyEnd);
            bodyStart = read > 0 ? read : bodyStart;
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            // a paragraph running on the tasks of a named list: "…重点抓好12件民生实事。分别是: (1)… (2)… (3)…"
            int read = lists.runOnItems(1, bodyEnd);
            bodyStart = read > 0 ? read : bodyStart;
        }
        draft.footerFrom(footer > 0 ? footer : -1);
        draft.bodyFrom(bodyStart);
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            String report = reportedAt(bodyEnd);
            throw new SeedException(source.file(), (report != null ? "the text reads as a news report (" + report
                    + "), not as a plan's own text: " : "") + "no outline (一、 / （一） headings), no task table (a header "
                    + "row naming 任务 or 措施 with 序号, 牵头单位 or 责任单位), no paragraphs closed by a responsibility "
                    + "note and no document number of its own above a prose body were found, and the text is not headed "
                    + "as a plan (…计划, …方案, …工作安排) over sentences setting figures or tasks: the text does not read "
                    + "as a plan" + (report != null ? "" : " (a news article, a data table?)"));
        }
    }

    /** How many text lines from the top a refused text's news dateline or byline is looked for in. */
    private static final int REPORT_MARK_REACH = 4;
    /** How much of that line the refusal quotes. */
    private static final int REPORT_MARK_QUOTE = 30;

    /**
     * Where a refused text shows itself a news report ({@link PlanConventions#marksAReport}: a dateline, a byline, "…
     * 获悉"), within its first lines: "line 3: 中国消费者报武汉讯(记者…", or null.
     */
    private String reportedAt(int to) {
        int seen = 0;
        for (int n = 1; n < to && seen < REPORT_MARK_REACH; n++) {
            SourceText.Line line = draft.source.line(n);
            if (line.isNoise()) {
                continue;
            }
            seen++;
            String text = TextCleaner.cleanLine(line.text());
            if (conventions.marksAReport(text)) {
                return "line " + draft.source.printedLine(n) + ": "
                        + (text.length() > REPORT_MARK_QUOTE ? text.substring(0, REPORT_MARK_QUOTE) + "…" : text);
            }
        }
        return null;
    }


    /** The most short lines above a paragraph that head it: a heading and its subtitle ("强化教育基础配套" ⏎ "建设…强区"). */
    private static final int MAX_HEADING_LINES = 2;
    /** The fewest sentences a plan without a figure must state to read as one. */
    private static final int MIN_UNOUTLINED_SENTENCES = 2;

    /** A line that is a sentence or more: it ends with a sentence's end. */
    static boolean isSentenceLine(String text) {
        return !text.isEmpty() && "。；;！!".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * A plan printed without any outline, task table or responsibility note, as web pages and digests print plans:
     * its heading names it a plan ({@link PlanConventions#namesAPlan}: "2025年某区为民办实事工作计划", "2023年某镇主要
     * 工作安排和任务分解"), or the text names the plan it is in another way a plan's text offers ({@link #planNamed}: the
     * notice issuing it, printed with or without its title), and its body states sentences that set figures or tasks
     * (a figure with its unit, or two sentences at least), not opening as a news report does ("本报讯", "记者…获悉").
     * It is read as printed:
     * <ul>
     *   <li>the paragraphs before the first unnumbered heading (总体要求, the year's targets) are the plan's preamble,
     *       a section each, no measure;</li>
     *   <li>each unnumbered heading (a short line without a sentence's end, and the subtitle line under it) opens a
     *       section, and each line under it that ends a sentence is a task of that section ("建设何厝幼儿园,新增360个
     *       幼儿园学位。"), the way （一） paragraphs are the tasks of a plan that numbers nothing else; under a heading
     *       naming goals or principles ({@link PlanConventions#isNonTaskChapter}) the lines are its text.</li>
     * </ul>
     * Short lines of a lead before the first heading are no fact; so are, in a speech (a work report), the lines down
     * to its address to the audience ("各位代表：", {@link #afterAddress}), after which its opening paragraph is the
     * preamble. A warning says the text has no outline and how it was read. The line the body starts on, or -1 when
     * the text does not read as a plan.
     */
    private int readUnoutlinedPlan(int from, int to) {
        SourceText source = draft.source;
        int title = draft.source.nextTextLine(from - 1, to);
        if (title < 0) {
            return -1;
        }
        String planTitle = planNamed(title, to);
        if (planTitle == null) {
            return -1;
        }
        // the body: the lines after the title, or every line where no title is printed (the name is the notice's)
        // (a text opening with its targets has no title: its first line, a framing heading maybe, is the body's)
        boolean namedByGoals = planTitle.equals(planOfOpeningGoals(title, to));
        int bodyFrom = !namedByGoals && (isTitle(source.line(title))
                || planIssuedBy(TextCleaner.cleanLine(source.line(title).text())) != null) ? title + 1 : title;
        // the body's text lines, each cleaned once
        Map<Integer, String> cleaned = new LinkedHashMap<>();
        for (int n = bodyFrom; n < to; n++) {
            SourceText.Line line = source.line(n);
            String text = line.isNoise() || TableCells.isRow(line) ? "" : TextCleaner.cleanLine(line.text());
            if (!text.isEmpty()) {
                cleaned.put(n, text);
            }
        }
        List<Integer> all = List.copyOf(cleaned.keySet());
        int opening = afterAddress(all, cleaned);
        List<Integer> lines = all.subList(opening, all.size());
        Set<Integer> sentences = lines.stream().filter(n -> isSentenceLine(cleaned.get(n)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (sentences.isEmpty() || conventions.opensAReport(cleaned.get(lines.get(0)))) {
            return -1;
        }
        boolean figures = sentences.stream().anyMatch(n -> statesAFigure(cleaned.get(n)));
        if (!figures && sentences.size() < MIN_UNOUTLINED_SENTENCES) {
            return -1;
        }
        for (int n : all.subList(0, opening)) {
            draft.unrepresented(n, "a speech's address or a line above it (heading, meeting, speaker): no task and no "
                    + "heading");
        }
        // each part: the lines heading it (none for the preamble) and the lines of its text
        List<List<Integer>> headings = new ArrayList<>();
        List<List<Integer>> texts = new ArrayList<>();
        List<Integer> lead = new ArrayList<>();
        headings.add(List.of());
        texts.add(new ArrayList<>());
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            int n = i < lines.size() ? lines.get(i) : -1;
            if (n > 0 && isTitle(source.line(n))) {
                run.add(n);
                continue;
            }
            if (!run.isEmpty()) {
                if (n < 0) { // short lines closing the text: the last part's
                    texts.get(texts.size() - 1).addAll(run);
                } else {
                    int cut = Math.max(0, run.size() - MAX_HEADING_LINES);
                    (headings.size() == 1 ? lead : texts.get(texts.size() - 1)).addAll(run.subList(0, cut));
                    headings.add(List.copyOf(run.subList(cut, run.size())));
                    texts.add(new ArrayList<>());
                }
                run.clear();
            }
            if (n > 0) {
                texts.get(texts.size() - 1).add(n);
            }
        }
        for (int n : lead) {
            draft.unrepresented(n, "a short line of the lead before the plan's first heading: no task and no heading");
        }
        SourceText.Line heading = source.line(title);
        boolean namedByNotice = !namedByGoals && !planTitle.equals(TextCleaner.cleanLine(heading.text()));
        int measures = 0;
        for (int part = 0; part < headings.size(); part++) {
            List<Integer> own = texts.get(part);
            if (part == 0) {
                // one section a paragraph: each is read for its figures with its own words (a 总体要求 naming "十五五"
                // does not date the targets of the paragraph after it)
                List<Integer> paragraphs = own.stream().filter(sentences::contains).toList();
                for (int n : own) {
                    if (!sentences.contains(n)) {
                        draft.unrepresented(n, "a short line of the plan's preamble: no task and no heading");
                    }
                }
                int[] ordinals = ordinalRun(paragraphs, cleaned);
                DocumentDraft.Section ordinalTasks = null;
                int k = 0;
                for (int i = 0; i < paragraphs.size(); i++) {
                    int n = paragraphs.get(i);
                    SourceText.Line line = source.line(n);
                    Span ownText = new Span(line.contentStart(), line.contentEnd());
                    if (ordinals != null && i >= ordinals[0] && i < ordinals[1]) {
                        // a paragraph opened by its ordinal (一是…, 二是…): a task, quoted after the ordinal; the
                        // words before 一是 in the line leading into the first stay the preamble's
                        String ordinal = ordinal(i - ordinals[0] + 1) + "是";
                        String printed = source.raw().substring(line.contentStart(), line.contentEnd());
                        Matcher first = FIRST_ORDINAL.matcher(printed);
                        int at = line.contentStart() + (i == ordinals[0] && first.find() ? first.end() - ordinal.length()
                                : printed.indexOf(ordinal));
                        if (i == ordinals[0] && !TextCleaner.cleanLine(source.raw().substring(line.contentStart(), at))
                                .isEmpty()) {
                            Span into = new Span(line.contentStart(), at);
                            k++;
                            draft.addSection(GOALS_LOCATION + k, null, "", planTitle,
                                    TextCleaner.cleanLine(draft.quote(into)), into, into).noticeText = true;
                        }
                        Span task = new Span(at + ordinal.length(), line.contentEnd());
                        if (ordinalTasks == null) {
                            // quoted by the first ordinal alone: the tasks' figures are their own, not read twice
                            ordinalTasks = draft.addSection(OutlineParser.BODY_LOCATION, null, "", planTitle, "",
                                    new Span(at, at + ordinal.length()), null);
                        }
                        int number = i - ordinals[0] + 1;
                        draft.addMeasure(OutlineParser.BODY_LOCATION + "/" + number, ordinalTasks.id,
                                String.valueOf(number), planTitle, TextCleaner.cleanLine(draft.quote(task)), task, true);
                        measures++;
                        continue;
                    }
                    k++;
                    DocumentDraft.Section preamble = draft.addSection(paragraphs.size() == 1 && ordinals == null
                            ? GOALS_LOCATION : GOALS_LOCATION + k, null, "", planTitle, cleaned.get(n), ownText, ownText);
                    // what stands before any heading is the notice's (a text named by the notice issuing it) or the
                    // plan's preamble: either way its "各市人民政府及省有关部门要紧扣…" exhorts the addressees in
                    // general before any task is set, and charges no body with one (a verb, 牵头 or 负责, still reads)
                    preamble.noticeText = true;
                }
                continue;
            }
            List<Integer> head = headings.get(part);
            String sectionTitle = head.stream().map(cleaned::get).collect(Collectors.joining(" "));
            Span headSpan = draft.source.spanOf(head);
            String location = OutlineParser.BODY_LOCATION + part;
            boolean tasks = !conventions.isNonTaskChapter(sectionTitle);
            List<Integer> taskLines = tasks ? own.stream().filter(sentences::contains).toList() : List.of();
            DocumentDraft.Section section = draft.addSection(location, null, "", sectionTitle,
                    taskLines.isEmpty() ? own.stream().map(cleaned::get).collect(Collectors.joining()) : "",
                    own.isEmpty() ? headSpan : new Span(headSpan.start(), draft.source.spanOf(own).end()),
                    own.isEmpty() || !taskLines.isEmpty() ? null : draft.source.spanOf(own));
            int number = 0;
            for (int n : own) {
                if (!tasks || !sentences.contains(n)) {
                    if (!taskLines.isEmpty()) {
                        draft.unrepresented(n, "a short line under an unnumbered heading: no task");
                    }
                    continue;
                }
                number++;
                SourceText.Line line = source.line(n);
                draft.addMeasure(location + "/" + number, section.id, String.valueOf(number), sectionTitle,
                        cleaned.get(n), new Span(line.contentStart(), line.contentEnd()), true);
                measures++;
            }
        }
        if (draft.sections.isEmpty() && draft.measures.isEmpty()) {
            return -1;
        }
        draft.warnings.add(source.where(heading.contentStart()) + ": the plan prints no outline (一、 / （一） / 1.), no "
                + "task table and no responsibility notes" + (namedByGoals ? " (read as the plan whose targets it opens "
                + "with: " + planTitle + ")" : "") + (namedByNotice ? " (read as the plan its notice names: "
                + planTitle + ", the text before any heading the notice's)" : "") + "; read as printed: "
                + (headings.size() > 1 ? (headings.size() - 1) + " part(s) under unnumbered headings, each line under "
                + "a heading ending a sentence a task (" + measures + " task(s))" : measures > 0 ? "its paragraphs opened by "
                + "一是, 二是 … as " + measures + " task(s)" : "the body as one section, no task")
                + (texts.get(0).isEmpty() ? "" : ", the paragraphs before the first heading its preamble, a section each "
                + "(no task)"));
        return title;
    }

    /**
     * The lines of an unoutlined plan's body after a speech's address ({@link PlanConventions#isAddress}: "各位代表："),
     * where one stands before the body's first sentence: the lines above it (a work report's heading, the meeting, the
     * speaker) and the address itself are no fact and head nothing, so the speech's opening paragraph after it is
     * the plan's preamble, not a task under a heading. The index of the first line after the address, 0 where no
     * address leads in.
     */
    private int afterAddress(List<Integer> lines, Map<Integer, String> cleaned) {
        for (int i = 0; i < lines.size(); i++) {
            String text = cleaned.get(lines.get(i));
            if (conventions.isAddress(text)) {
                return i + 1;
            }
            if (isSentenceLine(text)) {
                break;
            }
        }
        return 0;
    }

    /** "一是" opening a paragraph, or closing the words that lead into the list (…开展工作:一是…). */
    private static final Pattern FIRST_ORDINAL = Pattern.compile("(?:^|[：:。；;])\\s*一是");
    /** The fewest paragraphs opened by 一是, 二是 … in order that make them the tasks of a plan without an outline. */
    private static final int MIN_ORDINAL_TASKS = 3;

    /** The ordinal {@code k} (1 to 19) as plans print it before 是: 一, 二 … 十, 十一 … 十九. */
    private static String ordinal(int k) {
        return k <= 10 ? String.valueOf(ORDINALS.charAt(k - 1)) : "十" + ORDINALS.charAt(k - 11);
    }

    /**
     * The paragraphs of a plan printed without an outline that open with 一是, 二是, 三是 … in order, one a paragraph, as
     * a list of projects printed as prose does ("拟从以下十个方面开展工作:一是加快基础教育提质培优。…" ⏎ "二是…"): {index of the
     * paragraph holding 一是 (at its start, or after the colon or sentence end of the words leading into the list), index
     * after the last}, or null. Three at least, each paragraph after the first opening with the next ordinal; the run
     * ends at the first paragraph that does not.
     */
    private static int[] ordinalRun(List<Integer> paragraphs, Map<Integer, String> cleaned) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!FIRST_ORDINAL.matcher(cleaned.get(paragraphs.get(i))).find()) {
                continue;
            }
            int end = i + 1;
            while (end < paragraphs.size() && end - i + 1 <= 19
                    && cleaned.get(paragraphs.get(end)).startsWith(ordinal(end - i + 1) + "是")) {
                end++;
            }
            if (end - i >= MIN_ORDINAL_TASKS) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    /**
     * "现将《2025年某市第一批基本建设项目投资计划》印发实施", "现将《…行动方案》印发给你们": the covering notice's sentence
     * publishing the plan it names (group 1). A notice's own voice (现将), not a report of one ("某市近日印发《…》").
     */
    private static final Pattern PUBLISHED_PLAN = Pattern.compile("现将《([^《》]{4,60})》[^。；;《》]{0,12}?印发");
    /** "某区人民政府办公室关于印发《…计划》的通知": a notice's title naming the plan it issues (group 1). */
    private static final Pattern ISSUING_NOTICE = Pattern.compile("^[^。；;：:，,]{0,40}关于印发《?([^《》。；;，,]{4,60}?)》?的通知$");

    /**
     * The plan a notice's title line issues, when it names a plan ("…关于印发《2026年第一批基本建设项目投资计划》的
     * 通知" → "2026年第一批基本建设项目投资计划"), or null. Notice titles run longer than a heading: no length limit
     * but the pattern's.
     */
    private String planIssuedBy(String line) {
        Matcher notice = ISSUING_NOTICE.matcher(line);
        return notice.matches() && conventions.namesAPlan(notice.group(1)) ? notice.group(1) : null;
    }

    /**
     * The name of the plan a text is, or null when the text names none. Taken from what the text prints, in turn:
     * <ol>
     *   <li>its first line, when it is a title naming a plan ({@link PlanConventions#namesAPlan}: "2025年某区民生实事
     *       工作计划");</li>
     *   <li>its first line, when it is the title of a notice issuing a plan: the plan it names ("…关于印发《2026年第一批
     *       基本建设项目投资计划》的通知" → "2026年第一批基本建设项目投资计划");</li>
     *   <li>where no title is printed at all (a page's text pasted without its heading: the text opens with the notice's
     *       addressees or a paragraph), the plan the covering notice publishes in its own voice ("现将《X》印发实施",
     *       {@link #PUBLISHED_PLAN}), when X names a plan;</li>
     *   <li>where no title naming a plan is printed, the plan whose targets the text opens with in the plan's own voice
     *       ("全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上，…", maybe after its 总体要求: {@link GoalsOpening}),
     *       named by the words announcing them.</li>
     * </ol>
     * A text opening with a title that names no plan (a news headline, a meeting's report) names none, and neither does
     * a text without a title that publishes nothing (a news story reporting a plan speaks of it, it does not issue it).
     */
    private String planNamed(int first, int to) {
        SourceText.Line line = draft.source.line(first);
        String text = TextCleaner.cleanLine(line.text());
        String issued = planIssuedBy(text);
        if (issued != null) {
            return issued;
        }
        if (isTitle(line) && conventions.namesAPlan(text)) {
            return text;
        }
        String goals = planOfOpeningGoals(first, to);
        if (goals != null) {
            return goals;
        }
        if (isTitle(line)) {
            return null;
        }
        for (int n = first; n < to; n++) {
            SourceText.Line next = draft.source.line(n);
            if (next.isNoise() || TableCells.isRow(next)) {
                continue;
            }
            Matcher published = PUBLISHED_PLAN.matcher(TextCleaner.cleanLine(next.text()));
            if (published.find() && conventions.namesAPlan(published.group(1))) {
                return published.group(1);
            }
        }
        return null;
    }

    /** The plan whose targets the text opens with ({@link GoalsOpening}), or null. */
    private String planOfOpeningGoals(int first, int to) {
        List<String> lines = new ArrayList<>();
        for (int n = first; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            String text = line.isNoise() || TableCells.isRow(line) ? "" : TextCleaner.cleanLine(line.text());
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return GoalsOpening.planNamed(lines, conventions, PlanParser::statesAFigure);
    }

    /**
     * Whether the text is a covering notice printed without the plan it issues, as pages print a notice whose plan is
     * an attached file: its first line is the notice's title naming the plan ("…关于印发《2026年第一批基本建设项目投资
     * 计划》的通知"), a sentence publishing the plan stands before its first chapter ("现将《…》印发给你们"), and after
     * that sentence no line is a title naming a plan (the plan's own title, under which its chapters would stand) and no
     * 附件 heading. Its chapters (一、…情况 二、工作要求) are then the notice's own, not the plan's.
     */
    private boolean issuesAnAbsentPlan(int from, int firstChapter, int to) {
        int first = draft.source.nextTextLine(from - 1, to);
        if (first < 0 || first >= firstChapter || TableCells.isRow(draft.source.line(first))
                || planIssuedBy(TextCleaner.cleanLine(draft.source.line(first).text())) == null) {
            return false;
        }
        int published = -1;
        for (int n = first + 1; n < firstChapter && published < 0; n++) {
            SourceText.Line line = draft.source.line(n);
            String text = TextCleaner.cleanLine(line.text());
            if (!line.isNoise() && (PUBLISHED_PLAN.matcher(text).find() || PUBLISHING_SENTENCE.matcher(text).matches())) {
                published = n;
            }
        }
        if (published < 0) {
            return false;
        }
        for (int n = published + 1; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            if (line.isNoise()) {
                continue;
            }
            if (TableCells.isRow(line) || annexHeading(line) != null
                    || isTitle(line) && conventions.namesAPlan(TextCleaner.cleanLine(line.text()))) {
                return false;
            }
        }
        return true;
    }

    /** The fewest figures, each in a clause (or on a line) of its own, that make a text's only paragraph its goals. */
    private static final int MIN_LISTED_GOALS = 3;
    private static final Pattern GOAL_SEPARATOR = Pattern.compile("[；;]");

    /** Location of the section holding the goals a plan states before its first chapter. */
    static final String GOALS_LOCATION = "目标";

    /** The verb announcing a plan's goals before the colon ("主要预期目标确定为：", "…目标建议为：", "…目标是："), if any. */
    static final String GOALS_VERB = "(?:确定为|定为|建议为|是|为)?";
    /**
     * "2017年全市经济社会发展主要预期目标是：…", "主要目标：…", "…主要预期目标确定为：…": a paragraph announcing the goals,
     * then stating them on its line (group 2) or on the lines after it.
     */
    private static final Pattern GOALS_PARAGRAPH = Pattern.compile("^([^。；;：:]{0,60}目标" + GOALS_VERB + ")[：:](.*)$");
    /**
     * The same announcement opening a sentence after another in its line ("…大会开幕。政府工作报告指出，2025年全市经济
     * 社会发展主要预期目标建议为：…"): the words announcing the goals (group 1) after the sentence end (group 0's start).
     */
    private static final Pattern GOALS_SENTENCE = Pattern.compile(
            "[。！!？?]\\s*([^。；;：:！!？?]{0,60}目标" + GOALS_VERB + ")[：:]");
    private static final Pattern FIGURE = Pattern.compile("\\d");

    /**
     * A work-report split may state the year's goals in a paragraph of its own between its title and its first
     * chapter ("2017年全市经济社会发展主要预期目标是：地区生产总值增长8.5%左右；…"): not a task and not the notice, but
     * the plan's targets. Such a paragraph becomes a section of its own (no measure), so its figures are read, when it
     * states at least {@code fewest} figures, each in a clause (separated by ；) or on a line of its own. Whether one
     * was found.
     */
    private boolean readStatedGoals(int from, int to, int fewest) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || TableCells.isRow(line)) {
                continue;
            }
            String text = TextCleaner.cleanLine(line.text());
            Matcher goals = GOALS_PARAGRAPH.matcher(text);
            if (!goals.matches()) {
                continue;
            }
            if (GOAL_SEPARATOR.splitAsStream(goals.group(2)).filter(c -> FIGURE.matcher(c).find()).count() >= fewest) {
                Span quote = new Span(line.contentStart(), line.contentEnd());
                draft.addSection(GOALS_LOCATION, null, "", goals.group(1), text, quote, quote);
                return true;
            }
            if (FIGURE.matcher(goals.group(2)).find()) {
                continue;
            }
            // "主要预期目标是：" ⏎ "地区生产总值增长6%左右；" ⏎ …: the lines of figures after it, up to the first chapter;
            // so too after a lead stating the aim in words ("主要目标是：全面促进教育质量提升，…。" ⏎ "1.推进高考质量提升。
            // 高考成绩…" ⏎ "2.…"), as work points print the year's goals as numbered lines before their first chapter
            StringBuilder stated = new StringBuilder();
            int first = -1;
            int last = -1;
            for (int k = n + 1; k < to; k++) {
                SourceText.Line next = source.line(k);
                if (next.isNoise()) {
                    continue;
                }
                String figures = TextCleaner.cleanLine(next.text());
                if (TableCells.isRow(next) || !FIGURE.matcher(figures).find()) {
                    break;
                }
                stated.append(figures);
                first = first < 0 ? k : first;
                last = k;
            }
            if (last > 0 && last - first + 1 >= fewest) {
                Span own = new Span(source.line(first).contentStart(), source.line(last).contentEnd());
                draft.addSection(GOALS_LOCATION, null, "", goals.group(1), stated.toString(),
                        new Span(line.contentStart(), own.end()), own);
                return true;
            }
        }
        return false;
    }

    /**
     * Before a plan's first chapter, the line leading into it may open with another sentence (a report's lead: "1月12日
     * 上午，某市人民代表大会开幕。") and go on with the year's goals ("政府工作报告指出，2025年全市经济社会发展主要预期目标
     * 建议为：地区生产总值增长5%左右，…。为此，要重点做好以下八个方面的工作："): the chapters that follow are the plan's,
     * so its goals are too. The goals, from their sentence to the line's end, become the goals section (no measure)
     * when they state a figure with its unit; the lead before them is no fact. Whether they were read.
     */
    private boolean readGoalsAfterLead(int from, int to) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || TableCells.isRow(line)) {
                continue;
            }
            String printed = source.raw().substring(line.contentStart(), line.contentEnd());
            Matcher goals = GOALS_SENTENCE.matcher(printed);
            if (!goals.find() || !statesAFigure(printed.substring(goals.end()))) {
                continue;
            }
            Span own = new Span(line.contentStart() + goals.start(1), line.contentEnd());
            String announced = TextCleaner.cleanLine(goals.group(1));
            String title = announced.substring(Math.max(announced.lastIndexOf('，'), announced.lastIndexOf(',')) + 1);
            draft.addSection(GOALS_LOCATION, null, "", title, TextCleaner.cleanLine(draft.quote(own)), own, own);
            return true;
        }
        return false;
    }

    /** The fewest lines of an account of a year's plan. */
    private static final int MIN_ACCOUNT_LINES = 2;

    /**
     * An account of how a year's plan went, printed without title or outline (a page storing only its paragraphs): its
     * first line opens with the year ("2021年,我县省市县重点工程项目共30项,…当年计划投资63.27亿元。"), every line is a
     * sentence stating a figure, and it states a figure the plan set ({@link PlanConventions#statesAPlannedFigure})
     * beside what was done (完成). Each line becomes a section of its own, read for its figures; no measure. A news
     * report (本报讯, 记者…) is none. Whether one was read.
     */
    private boolean readPlanAccount(int from, int to) {
        SourceText source = draft.source;
        List<Integer> lines = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            String text = TextCleaner.cleanLine(line.text());
            if (line.isNoise() || text.isEmpty()) {
                continue;
            }
            if (TableCells.isRow(line) || !statesAFigure(text) || !ACCOUNT_LINE_END.matcher(text).find()) {
                return false;
            }
            lines.add(n);
            texts.add(text);
        }
        if (lines.size() < MIN_ACCOUNT_LINES) {
            return false;
        }
        String first = texts.get(0);
        String all = String.join("", texts);
        // the year an account of a year's plan opens with: "2021年,我县省市县重点工程项目共30项"
        Matcher year = DocumentYears.OPENING_YEAR.matcher(first);
        if (!year.find() || conventions.opensAReport(first.substring(year.end()))
                || !conventions.statesAPlannedFigure(all) || !all.contains("完成")) {
            return false;
        }
        String subject = first.split("[，,。；;]", 3)[1];
        for (int i = 0; i < lines.size(); i++) {
            SourceText.Line line = source.line(lines.get(i));
            Span own = new Span(line.contentStart(), line.contentEnd());
            draft.addSection(GOALS_LOCATION + (i + 1), null, "", subject, texts.get(i), own, own);
        }
        draft.warnings.add(source.where(source.line(lines.get(0)).contentStart()) + ": the text prints no title and no "
                + "outline; read as an account of the year's plan (" + subject + "), a section a paragraph, no task");
        return true;
    }

    /** How a line of an account ends: a sentence's end, or the colon leading into the lines after it ("其中:"). */
    private static final Pattern ACCOUNT_LINE_END = Pattern.compile("[。；;：:]$");

    private static final Pattern REMARK_LINE = Pattern.compile("^[（(].*[）)]$");
    private static final Pattern CITED_TITLE = Pattern.compile("《[^》]*》");

    /** Whether the text states a figure with its unit ({@link #STATED_FIGURE}) outside any cited 《…》 title. */
    private static boolean statesAFigure(String text) {
        return STATED_FIGURE.matcher(CITED_TITLE.matcher(text).replaceAll("")).find();
    }

    /** A figure with its unit ("600亿元", "110件", "5%"), not a year, a date or a document's number. */
    private static final Pattern STATED_FIGURE = Pattern.compile(
            "(?<![〔\\[［(（\\d.])\\d+(?:\\.\\d+)?\\s*(?:万|亿)?\\s*(?![年月日号〕\\]］)）\\d.])[\\p{IsHan}%％‰]");

    /**
     * The paragraph introducing a plan after its own title, before its first chapter, may state the plan's overall
     * figures ("2021年南昌市民生实事工程安排意见" ⏎ "…市委、市政府决定,2021年筹集资金约600亿元,…集中办好…110件实事。"):
     * it becomes the goals section (no measure), so its figures are read. The title is the last short line followed by
     * a paragraph (the covering notice's own title is followed by its addressees), bracketed remark lines under it
     * ("（征求意见稿）") skipped.
     * <p>
     * A remark line under the title may say who leads the whole plan, as notices issuing several plans print it under
     * each annexed plan's title ("附件1" ⏎ "某县国土空间规划引领高质量发展专项行动方案" ⏎ "(县自然资源局牵头)"): the section is
     * then made with or without a figure (and without a paragraph where the first chapter follows the note), its
     * heading the title and the note, so that the note's bodies lead the plan the title names.
     */
    private void readIntroduction(int from, int to) {
        SourceText source = draft.source;
        int title = -1;
        boolean ledByNote = false;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || !isTitle(line) || isRemark(line)) {
                continue; // "（征求意见稿）" under a title is no title
            }
            int next = nextTextLineAfterRemarks(n, to);
            boolean noted = remarkNamesRoles(n, next > 0 ? next : to);
            if (next > 0 && isProse(source.line(next)) || noted) {
                title = n;
                ledByNote = noted;
            }
        }
        if (title < 0) {
            readOpeningParagraph(from, to);
            return;
        }
        int headingEnd = title;
        int first = -1;
        int last = -1;
        for (int n = title + 1; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            if (first < 0 && isRemark(line)) {
                headingEnd = n;
                continue;
            }
            if (!isProse(line)) {
                break;
            }
            first = first < 0 ? n : first;
            last = n;
        }
        SourceText.Line heading = source.line(title);
        if (first < 0) {
            if (ledByNote) {
                draft.addSection(GOALS_LOCATION, null, "", TextCleaner.cleanLine(heading.text()), "",
                        new Span(heading.contentStart(), source.line(headingEnd).contentEnd()), null);
            }
            return;
        }
        Span own = new Span(source.line(first).contentStart(), source.line(last).contentEnd());
        String text = TextCleaner.cleanLine(own.of(source.raw()));
        if (statesAFigure(text) || ledByNote) {
            // the introduction exhorts the plan's addressees in general ("各市人民政府及省有关部门要紧扣…"): its "X要"
            // charges no body with a task (a note's or a verb's role, 牵头 or 负责, still reads)
            draft.addSection(GOALS_LOCATION, null, "", TextCleaner.cleanLine(heading.text()), text,
                    new Span(heading.contentStart(), own.end()), own).noticeText = true;
        }
    }

    /**
     * A page that stores a plan without its title line (the title is the page's) may open on the plan's introducing
     * paragraph itself ("2022年是…。全年力争实现农林牧渔业总产值同比增长2.5%以上，…" ⏎ "一、…"): where the text's first
     * line is such a paragraph and states a figure, the paragraphs up to the first chapter become the goals section, as
     * under a title ({@link #readIntroduction}). A covering notice opens on its addressees ("各县（区）人民政府："), no
     * paragraph, and is not read.
     */
    private void readOpeningParagraph(int from, int to) {
        SourceText source = draft.source;
        int first = draft.source.nextTextLine(from - 1, to);
        if (first < 0 || !isProse(source.line(first))) {
            return;
        }
        int last = first;
        for (int n = first + 1; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            if (!isProse(line)) {
                break;
            }
            last = n;
        }
        Span own = new Span(source.line(first).contentStart(), source.line(last).contentEnd());
        String text = TextCleaner.cleanLine(own.of(source.raw()));
        if (statesAFigure(text)) {
            draft.addSection(GOALS_LOCATION, null, "", "", text, own, own);
        }
    }

    /** A bracketed remark standing alone on its line ("（征求意见稿）", "(县自然资源局牵头)"). */
    private static boolean isRemark(SourceText.Line line) {
        return !TableCells.isRow(line) && REMARK_LINE.matcher(TextCleaner.cleanLine(line.text())).matches();
    }

    /** The next text line after line {@code n} that is no {@link #isRemark remark}, or -1 before {@code to}. */
    private int nextTextLineAfterRemarks(int n, int to) {
        int next = draft.source.nextTextLine(n, to);
        while (next > 0 && isRemark(draft.source.line(next))) {
            next = draft.source.nextTextLine(next, to);
        }
        return next;
    }

    /** Whether a remark line after line {@code n}, before line {@code to}, names who does the work ("(X牵头)"). */
    private boolean remarkNamesRoles(int n, int to) {
        for (int k = n + 1; k < to; k++) {
            SourceText.Line line = draft.source.line(k);
            if (line.isNoise()) {
                continue;
            }
            if (!isRemark(line)) {
                return false;
            }
            String text = TextCleaner.cleanLine(line.text());
            if (namesRoles(text.substring(1, text.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The shortest task a paragraph closed by a responsibility note states before its note. */
    private static final int MIN_NOTED_TASK = 8;
    /**
     * A paragraph closed by a bracketed note: the task (group 1) and the note's inside (group "note"). A note in square
     * or lenticular brackets may hold round ones: "…增长11%。[牵头单位:县发改局(粮食局);责任单位:…]".
     */
    private static final Pattern NOTED_PARAGRAPH = Pattern.compile(
            "^(.+?)(?:[（(](?<note>(?:[^（()）]|[（(][^（()）]{1,20}[）)]){2,240})[）)]"
            + "|[\\[［〔【](?<squareNote>[^\\[\\]［］〔〕【】]{2,240})[\\]］〕】])[。；;]?$");

    /** The inside of the note a {@link #NOTED_PARAGRAPH} match closes with. */
    private static String noteOf(Matcher noted) {
        return noted.group("note") != null ? noted.group("note") : noted.group("squareNote");
    }

    /**
     * A plan that numbers nothing and prints no task table may still state its tasks as paragraphs, each closed by
     * a responsibility note ("……。（牵头单位：省发展改革委；配合单位：省财政厅）", "……（省商务厅牵头）"), as lists dividing a
     * work report among departments do: each such paragraph is a task, in the order printed, under the body headed
     * by the line leading into the first. Paragraphs without a note stay text (a warning lists them), and so does a
     * paragraph with notes inside it as well (several tasks run together: where each starts is not printed).
     */
    private void readNotedParagraphs(int from, int to) {
        SourceText source = draft.source;
        List<Span> tasks = new ArrayList<>();
        int firstLine = -1;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || TableCells.isRow(line)) {
                continue;
            }
            Matcher m = NOTED_PARAGRAPH.matcher(TextCleaner.cleanLine(line.text()));
            List<Span> enumerated;
            if (m.matches() && m.group(1).length() >= MIN_NOTED_TASK && namesRoles(noteOf(m))
                    && !notesRolesInside(m.group(1))) {
                tasks.add(new Span(line.contentStart(), line.contentEnd()));
            } else if (!(enumerated = enumeratedNotedTasks(line)).isEmpty()) {
                tasks.addAll(enumerated);
            } else {
                continue;
            }
            firstLine = firstLine < 0 ? n : firstLine;
        }
        if (tasks.isEmpty()) {
            return;
        }
        int lead = previousTextLine(firstLine, from);
        SourceText.Line heading = source.line(lead > 0 ? lead : firstLine);
        String title = lead > 0 ? TextCleaner.cleanLine(heading.text()) : "";
        DocumentDraft.Section body = draft.addSection(OutlineParser.BODY_LOCATION, null, "", title, "",
                new Span(heading.contentStart(), heading.contentEnd()), null);
        int number = 0;
        for (Span task : tasks) {
            number++;
            draft.addMeasure(String.valueOf(number), body.id, String.valueOf(number), title,
                    TextCleaner.cleanLine(task.of(source.raw())), task, true);
        }
    }

    /** "一是", "二是" …: the ordinal opening each task of a paragraph that runs its tasks on in one sentence. */
    private static final Pattern ORDINAL_IS = Pattern.compile("([一二三四五六七八九十]{1,2})是");
    private static final String ORDINALS = "一二三四五六七八九十";

    /**
     * The tasks of a paragraph that runs them on, each opened by its ordinal and closed by its responsibility note
     * ("…分别为:一是维修改造中小学校13所(责任单位:市教育局);二是…(责任单位:市医保局)。目前,…"): where each starts is
     * printed, so each is a task, quoted from after its ordinal to its note's closing bracket. Empty unless there are
     * two at least, numbered 一是, 二是 … in order, each closed by a note naming roles (only punctuation between a note
     * and the next ordinal); the words before the first and after the last note stay the paragraph's.
     */
    private List<Span> enumeratedNotedTasks(SourceText.Line line) {
        String raw = draft.source.raw();
        String text = raw.substring(line.contentStart(), line.contentEnd());
        List<int[]> ordinals = new ArrayList<>(); // {start of the ordinal, start of its task}
        Matcher o = ORDINAL_IS.matcher(text);
        while (o.find()) {
            if (o.group(1).length() == 1 && ORDINALS.indexOf(o.group(1).charAt(0)) == ordinals.size()) {
                ordinals.add(new int[] {o.start(), o.end()});
            }
        }
        if (ordinals.size() < 2) {
            return List.of();
        }
        List<Span> tasks = new ArrayList<>();
        for (int i = 0; i < ordinals.size(); i++) {
            int start = ordinals.get(i)[1];
            int end = i + 1 < ordinals.size() ? ordinals.get(i + 1)[0] : text.length();
            Matcher note = INNER_NOTE.matcher(text.substring(start, end));
            int close = -1;
            while (note.find()) {
                if (namesRoles(note.group(1))) {
                    close = start + note.end();
                    break;
                }
            }
            if (close < 0 || close - start < MIN_NOTED_TASK
                    || (i + 1 < ordinals.size() && !text.substring(close, end).matches("[\\s。；;，,]*"))) {
                return List.of();
            }
            tasks.add(new Span(line.contentStart() + start, line.contentStart() + close));
        }
        return tasks;
    }

    /**
     * Whether a paragraph closes with a bracketed note naming who does it: "地区生产总值增长11%左右。（省发改委负责）",
     * "…（牵头单位：市商务局）" — by a label, 牵头 / 配合 / 负责, or a verb of prose the vocabulary lists.
     */
    boolean closedByNote(String text) {
        Matcher m = NOTED_PARAGRAPH.matcher(text);
        return m.matches() && (namesRoles(noteOf(m))
                || context.labels().proseVerbs.stream().anyMatch(v -> noteOf(m).contains(v.phrase())));
    }

    /**
     * Whether a line under a task's first line names who does it: a labelled line ("牵头单位：市商务局"), a label
     * printed alone over its names ("牵头单位"), a bare division line ("市商务局牵头，市财政局配合") or a line saying who
     * carries it out ({@link ResponsibilityLinks#CARRIED_OUT_BY_LINE}).
     */
    boolean namesWhoDoesIt(String line) {
        ResponsibilityLabels labels = context.labels();
        return labels.isLabelledLine(line) || labels.labelAlone.matcher(line).matches()
                || ResponsibilityLinks.isDivisionLine(line)
                || ResponsibilityLinks.CARRIED_OUT_BY_LINE.matcher(line).matches();
    }

    /** A bracketed note inside a paragraph. */
    private static final Pattern INNER_NOTE = Pattern.compile("[（(]([^（()）]{2,240})[）)]");

    /**
     * Whether a paragraph holds a responsibility note before its closing one: several tasks run together, each closed
     * by its note, whose bounds the text does not print; such a paragraph is not read as one task.
     */
    private boolean notesRolesInside(String task) {
        Matcher m = INNER_NOTE.matcher(task);
        while (m.find()) {
            if (namesRoles(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bracketed note names who does the task: labelled (责任单位：…), or 牵头 / 配合 / 负责 in it, or a verb
     * that reads like 牵头 / 配合 closing its names ("省财政厅主办，省国税局、地税局协办": NOTE_VERB).
     */
    private boolean namesRoles(String note) {
        String read = context.labels().withCommonVerbs(note);
        return context.labels().labelAt.matcher(note).find() || read.contains("牵头") || read.contains("配合")
                || note.contains("负责");
    }

    /**
     * Notes a text prints once, outside any list, on how its lists of bodies are to be read: "注：列第一位的为牵头部门"
     * (the first body of every list leads, the others support) and "带*号的为牵头单位" (the sign marking a lead). A
     * note closing one list ("责任单位：A、B（列第一位者为牵头单位，下同）") is read with that list instead
     * ({@link ResponsibilityLinks}).
     */
    private void readListConventions(SourceText source) {
        for (SourceText.Line line : source.lines()) {
            String text = TextCleaner.cleanLine(line.text());
            if (ResponsibilityLinks.namesBodies(context.labels(), text)) {
                continue;
            }
            Matcher firstListed = ResponsibilityCell.FIRST_LISTED_LEADS_SENTENCE.matcher(text);
            if (firstListed.find() && !text.substring(0, firstListed.start())
                    .replaceFirst("^[一二三四五六七八九十]+、", "").contains("、")) {
                draft.firstListedLeads = true; // not closing a list of names printed before it on its line
            }
            Matcher sign = ResponsibilityCell.LEAD_SIGN_NOTE.matcher(text);
            if (sign.find() && draft.declaredLeadSign == null) {
                draft.declaredLeadSign = sign.group(1).charAt(0);
            }
        }
    }

    /**
     * Whether the annex numbered {@code number} ("" for a single 附件) is headed again on a line of {@code from} to
     * {@code to} before any table: the earlier line only named it.
     */
    private boolean annexPrintedLater(int from, int to, String number) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            if (TableCells.isRow(line) || TableHeaders.verticalHeaderAt(context.labels(), source, n, to) != null) {
                return false;
            }
            if (number.equals(annexHeading(line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the annex from line {@code from} on prints its plan as an outline (一、教育惠民领域 ⏎ 1. …) and no table:
     * no table row, no header printed one cell a line, no 表N caption, up to the next 附件 heading.
     */
    private boolean annexIsOutline(int from, int to) {
        SourceText source = draft.source;
        boolean chapter = false;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            String text = TextCleaner.cleanLine(line.text());
            if (annexHeading(line) != null) {
                break;
            }
            if (TableCells.isRow(line) || TableCaptions.CAPTION.matcher(text).matches()
                    || TableHeaders.verticalHeaderAt(context.labels(), source, n, to) != null) {
                return false;
            }
            chapter |= CHAPTER.matcher(text).matches();
        }
        return chapter;
    }

    /** The covering notice's sentence publishing the plan to its addressees ("现将方案印发给你们,请认真组织实施。"). */
    private static final Pattern PUBLISHING_SENTENCE = Pattern.compile("^(?![一二三四五六七八九十]+、|[（(\\d]).*"
            + "(?:印发给你们|现予印发|印发你们).*$");

    /**
     * A notice that lists the plan's items itself (各县、区人民政府… ⏎ …为民办好10件实事,分别是: ⏎ 一、… 十、…) goes on
     * after the last item with its own paragraphs ("为了落实这一要求,…现将方案印发给你们,请认真组织实施。" ⏎
     * "各县(区)、各部门要…"): they are no part of the last item. The first unnumbered line publishing the plan, after
     * the first chapter, with no chapter after it, ends the body; -1 when there is none.
     */
    private int noticeClosing(int from, int to) {
        int closing = firstLine(from, to, PUBLISHING_SENTENCE);
        return closing > 0 && firstLine(closing + 1, to, CHAPTER) < 0 ? closing : -1;
    }

    /**
     * Where the plan starts when a covering notice prints it after its signature: the line after the notice's
     * "（此件公开发布）" when the plan's own title follows it (…市人民政府 ⏎ 2025年1月25日 ⏎ （此件公开发布） ⏎ 2025年…任务
     * 分解方案 ⏎ …): the notice's own numbered requirements above it (一、各部门要… 四、…督考办要…) are no chapter of the
     * plan. Line 1 otherwise.
     */
    private int planAfterNotice(int end) {
        int note = firstLine(1, end, PUBLICATION_NOTE);
        return note > 0 && planTitleFollows(note, end) ? note + 1 : 1;
    }

    /**
     * Whether the plan's own title follows the publication note on line {@code note}: the next line is a title (or an
     * 附件 heading over one) and the text goes on after it. The note then closes the covering notice, not the document.
     */
    /**
     * Whether the footer-like line {@code footer} is followed by more of the document: a publication note ("（此件公开
     * 发布）") before an 附件 or the plan's title, or the "…印发" line right before an 附件 heading.
     */
    private boolean documentGoesOnAfter(int footer, int end) {
        String text = TextCleaner.cleanLine(draft.source.line(footer).text());
        if (PUBLICATION_NOTE.matcher(text).matches()) {
            return annexFollows(footer + 1, end) || planTitleFollows(footer, end);
        }
        if (PRINTED_ON.matcher(text).matches()) {
            int next = draft.source.nextTextLine(footer, end);
            return next > 0 && annexHeading(draft.source.line(next)) != null;
        }
        return false;
    }

    private boolean planTitleFollows(int note, int end) {
        int next = draft.source.nextTextLine(note, end);
        if (next > 0 && annexHeading(draft.source.line(next)) != null) {
            next = draft.source.nextTextLine(next, end);
        }
        return next > 0 && isTitle(draft.source.line(next)) && draft.source.nextTextLine(next, end) > 0;
    }

    /** Whether a short 附件 heading is printed on a line of {@code from} to {@code to} (exclusive). */
    private boolean annexFollows(int from, int to) {
        for (int n = from; n < to; n++) {
            if (annexHeading(draft.source.line(n)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The number of the short 附件 heading {@code line} is ("" for a single 附件), or null when it is none. */
    private static String annexHeading(SourceText.Line line) {
        if (line.isNoise() || TableCells.isRow(line)) {
            return null;
        }
        String text = TextCleaner.cleanLine(line.text());
        Matcher annex = TableCaptions.ANNEX_HEADING.matcher(text);
        return text.length() <= TableCaptions.MAX_HEADING && annex.matches() ? annex.group(1) : null;
    }

    /** The document's own number standing on its line ("咸政发〔2023〕8号"): the text is an official document. */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "^[\\p{IsHan}]{1,12}[〔\\[［(（](?:19|20)\\d{2}[〕\\]］)）]\\s*\\d{1,4}\\s*号$");

    /**
     * The body of an official document printed without an outline ("咸阳市2023年国民经济和社会发展计划" and its
     * paragraphs, after the notice): the last title line before prose, with every line after it. Null when the text
     * prints no document number of its own (a news article reports a plan, it is none), or no title before prose.
     */
    private OutlineNode proseBody(int to) {
        SourceText source = draft.source;
        if (firstLine(1, to, OWN_NUMBER) < 0) {
            return null;
        }
        int title = -1;
        for (int n = 1; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise() || !isTitle(line)) {
                continue;
            }
            int next = draft.source.nextTextLine(n, to);
            if (next > 0 && isProse(source.line(next))) {
                title = n;
            }
        }
        if (title < 0) {
            return null;
        }
        SourceText.Line heading = source.line(title);
        OutlineNode body = new OutlineNode(OutlineNode.Kind.BODY, null,
                new Span(heading.contentStart(), heading.contentEnd()), "", OutlineParser.BODY_LOCATION,
                TextCleaner.cleanLine(heading.text()));
        for (int n = title + 1; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (!line.isNoise() && line.contentStart() < line.contentEnd()) {
                body.spans.add(new Span(line.contentStart(), line.contentEnd()));
            }
        }
        return body.spans.isEmpty() ? null : body;
    }

    /** A paragraph: a sentence or more ending in 。 (not a title, an addressee line or a signature). */
    private static boolean isProse(SourceText.Line line) {
        String text = TextCleaner.cleanLine(line.text());
        return text.length() > 30 && text.endsWith("。") && !TableCells.isRow(line);
    }

    /** A line opening the first chapter whatever its length: "一、减少农村扶贫对象6.76万人;…(责任单位:…)…". */
    private static final Pattern FIRST_CHAPTER = Pattern.compile("^一、\\s*\\S.*$");
    private static final Pattern SECOND_CHAPTER = Pattern.compile("^二、\\s*\\S.*$");

    /**
     * The first chapter, given the first line shaped like a short chapter heading: where that line is not 一、 (the
     * chapters of a report or a division of tasks that state the task itself run long: "一、减少农村扶贫对象6.76万人;
     * 实施易地扶贫搬迁18695人。(责任单位:…)"), the 一、 line before it opens the chapters.
     */
    private int openingChapter(int from, int shortHeading) {
        if (shortHeading < 0) {
            // every chapter runs long, its name opening its paragraph ("一、农业灾后恢复重建和乡村振兴。提升改造33.72万亩
            // 水毁农田，…" ⏎ "二、公办幼儿园和中小学校建设。…"): a list of projects voted or announced in prose. Read
            // as chapters only where 二、 opens a later line too, so that one paragraph opened by 一、 stays prose
            int end = draft.source.lines().size() + 1;
            int first = firstLine(from, end, FIRST_CHAPTER);
            return first > 0 && firstLine(first + 1, end, SECOND_CHAPTER) > 0 ? first : -1;
        }
        if (shortHeading == from || TextCleaner.cleanLine(draft.source.line(shortHeading).text()).startsWith("一、")) {
            return shortHeading;
        }
        int first = firstLine(from, shortHeading, FIRST_CHAPTER);
        return first > 0 ? first : shortHeading;
    }

    /** The last line before line {@code n} that is not noise, or {@code n} when there is none. */
    private int previousTextLine(int n) {
        for (int k = n - 1; k >= 1; k--) {
            if (!draft.source.line(k).isNoise()) {
                return k;
            }
        }
        return n;
    }

    private int firstLine(int from, int to, Pattern pattern) {
        for (int n = from; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            if (!line.isNoise() && !TableCells.isRow(line)
                    && pattern.matcher(TextCleaner.cleanLine(line.text())).matches()) {
                return n;
            }
        }
        return -1;
    }

    /**
     * Where the outline goes on after a task table printed a row per line inside it ("二、重点任务" with its table, then
     * "三、保障措施"): the first chapter heading after the table's last row, or -1 when none follows (the table runs to
     * the end, as an annex does). Chapter headings between rows are the table's group rows ("一、稳增长").
     */
    private int outlineResumesAfterTable(int from, int to) {
        int lastRow = -1;
        for (int n = from; n < to; n++) {
            if (TableCells.isRow(draft.source.line(n))) {
                lastRow = n;
            }
        }
        return lastRow < 0 ? -1 : firstLine(lastRow + 1, to, CHAPTER);
    }

    /**
     * Where the task part starts: a short 附件 heading; a 表N caption with table rows under it (with the list title
     * above it, if one); or a table header row naming a task column, on one line or one cell per line (with its title
     * above it, if one). -1 if none.
     */
    private int taskPartStart(int from, int to) {
        return taskPartStart(from, to, false);
    }

    /** As {@link #taskPartStart(int, int)}; {@code headersOnly}: a table's header row only, no 附件 or 表N. */
    private int taskPartStart(int from, int to, boolean headersOnly) {
        SourceText source = draft.source;
        for (int n = from; n < to; n++) {
            SourceText.Line line = source.line(n);
            if (line.isNoise()) {
                continue;
            }
            String text = TextCleaner.cleanLine(line.text());
            boolean row = TableCells.isRow(line);
            String annex = headersOnly ? null : annexHeading(line);
            if (annex != null) {
                if (annexPrintedLater(n + 1, to, annex)) {
                    continue; // the notice's list of its annexes ("附件：…清单" above the signature), not the annex
                }
                if (annexIsOutline(n + 1, to)) {
                    continue; // the plan printed as an outline in the annex: the outline parser reads it
                }
                return n;
            }
            boolean caption = !headersOnly && !row && TableCaptions.CAPTION.matcher(text).matches()
                    && TableCaptions.nextIsRow(draft.source, n, to);
            boolean header = row ? TableHeaders.headerColumns(context.labels(), TableCells.of(source, line).stream()
                    .map(c -> TextCleaner.cleanLine(c.of(source.raw()))).toList()) != null
                    : TableHeaders.verticalHeaderAt(context.labels(), source, n, to) != null
                    || separatedCellsTableAt(n);
            if (caption || header) {
                int title = previousTextLine(n, from);
                return title > 0 && isTitle(source.line(title)) ? title : n;
            }
        }
        return -1;
    }

    /**
     * Whether a table printed without a header, one cell a line with '|' lines between its cells, starts at line
     * {@code n} (its rows read on past a chapter heading printed in a cell: "1" ⏎ "|" ⏎ "一、…" is the table's).
     */
    private boolean separatedCellsTableAt(int n) {
        return new SeparatedCellRows(draft.source, new CellContents(context))
                .find(n, draft.source.lines().size() + 1) != null;
    }

    /**
     * Whether the header printed one cell a line at or after line {@code n} (its title maybe first) runs on to its
     * first row's number and that row's next cell is a chapter heading ("1" ⏎ "一、全年主要预期目标"): the 一、 is a cell
     * of the table's grouping column, no chapter before it (an outline prints no bare number above its headings).
     */
    private boolean chapterInFirstRow(int n, int to) {
        HeaderAbove above = verticalHeaderNear(n, to);
        if (above == null) {
            return false;
        }
        List<String> cells = new ArrayList<>();
        for (int m = above.firstRow(); m < to && cells.size() < 2; m++) {
            SourceText.Line line = draft.source.line(m);
            if (!line.isNoise() && !TableCells.CLOSING_PIPES.matcher(line.text()).matches()) {
                cells.add(TextCleaner.cleanLine(TableCells.cellText(line)).strip());
            }
        }
        return cells.size() == 2 && cells.get(0).matches("\\d{1,3}") && CHAPTER.matcher(cells.get(1)).matches();
    }

    /**
     * Whether the header printed one cell a line at or after line {@code n} (its title maybe first) heads groups numbered
     * in words that list their projects as items ({@link WordNumberedGroups}): the items (一) and parts 1. are the
     * table's cells, no outline.
     */
    private boolean wordNumberedGroupsAt(int n, int to) {
        HeaderAbove above = verticalHeaderNear(n, to);
        return above != null && !above.header().openedCells() && WordNumberedGroups.read(draft.source,
                context.departments().bodyNameEndings(), above.header().columns(), above.firstRow(), to) != null;
    }

    /** A header printed one cell a line and the line its first row starts on. */
    private record HeaderAbove(TableHeaders.VerticalHeader header, int firstRow) {
    }

    /** The header printed one cell a line at line {@code n} or the next (a table's title maybe first), or null. */
    private HeaderAbove verticalHeaderNear(int n, int to) {
        for (int k = n; k < to && k <= n + 1; k++) {
            TableHeaders.VerticalHeader header = TableHeaders.verticalHeaderAt(context.labels(), draft.source, k, to);
            if (header != null) {
                return new HeaderAbove(header, k + header.lines());
            }
        }
        return null;
    }

    /** How many task columns the table header at or after line {@code n} (its title maybe first) names. */
    private long taskColumns(int n, int to) {
        SourceText source = draft.source;
        for (int k = n; k < to && k <= n + 1; k++) {
            SourceText.Line line = source.line(k);
            List<TableHeaders.Column> columns = TableCells.isRow(line)
                    ? TableHeaders.headerColumns(context.labels(), TableCells.of(source, line).stream()
                    .map(c -> TextCleaner.cleanLine(c.of(source.raw()))).toList())
                    : java.util.Optional.ofNullable(TableHeaders.verticalHeaderAt(context.labels(), source, k, to))
                    .map(TableHeaders.VerticalHeader::columns).orElse(null);
            if (columns != null) {
                return columns.stream().filter(c -> c == TableHeaders.Column.TASK).count();
            }
        }
        return 0;
    }

    /** A numbered item ("1.", "2、") opening a line of its own: not a table row. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile(
            "^\\d{1,3}\\s*" + ItemNumbers.CLOSING_MARK + "\\s*\\p{IsHan}.*");

    /** Whether a line from {@code from} to {@code to} (exclusive), no table row, opens with an item's number. */
    private boolean printsNumberedItems(int from, int to) {
        for (int n = from; n < to; n++) {
            SourceText.Line line = draft.source.line(n);
            if (!line.isNoise() && !TableCells.isRow(line)
                    && NUMBERED_ITEM.matcher(TextCleaner.cleanLine(line.text())).matches()) {
                return true;
            }
        }
        return false;
    }

    private int previousTextLine(int n, int from) {
        for (int k = n - 1; k >= from; k--) {
            if (!draft.source.line(k).isNoise()) {
                return k;
            }
        }
        return -1;
    }

    /** A short line of its own that is no outline heading and ends no sentence: a title. */
    static boolean isTitle(SourceText.Line line) {
        String text = TextCleaner.cleanLine(line.text());
        return !TableCells.isRow(line) && !text.isEmpty() && text.length() <= TableCaptions.MAX_HEADING
                && !CHAPTER.matcher(text).matches() && !SECTION.matcher(text).matches()
                && !text.matches("^\\d{1,2}\\s*" + ItemNumbers.CLOSING_MARK + ".*")
                && "。；;：:，,".indexOf(text.charAt(text.length() - 1)) < 0;
    }
}
