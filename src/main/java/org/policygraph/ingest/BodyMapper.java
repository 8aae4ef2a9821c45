package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an outline into Sections and Measures with the location scheme of graph-seed/FORMAT.md: chapters {@code 二},
 * sections {@code 二(一)}, numbered items {@code 二(一)1}, boxes {@code 专栏5} with items {@code 专栏5-2}, lead-ins
 * {@code 四(二)—3}, tables {@code 表1}. A numbered body item is a Measure (a task) unless its chapter reviews or
 * frames (an achievement of 发展基础, a principle of 总体要求: {@link PlanConventions}), where it is a Section. In a
 * plan that numbers no tasks at all, the （一） sections of its other chapters are its tasks.
 */
final class BodyMapper {

    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "^(?:\\d{1,2}\\s*" + ItemNumbers.CLOSING_MARK_AT_LINE_START
                    + "|[（(]\\s*\\d{1,2}\\s*[）)]|[一二三四五六七八九十]+、|[（(]\\s*[一二三四五六七八九十]+\\s*[）)])\\s*");
    private static final Pattern LEAD_MARK = Pattern.compile("^(——|一一|—|一)");

    private final DocumentDraft draft;
    private final PlanConventions conventions;
    private final boolean sectionsAreTasks;
    private final Predicate<String> closedByNote;
    private final Predicate<String> namesWhoDoesIt;
    private final boolean chaptersAreTasks;

    /**
     * @param sectionsAreTasks the plan states its tasks as （一） paragraphs (no numbered items, no lead-ins, no task
     *                         table): leaf sections of its task chapters become Measures
     */
    BodyMapper(DocumentDraft draft, PlanConventions conventions, boolean sectionsAreTasks) {
        this(draft, conventions, sectionsAreTasks, false, text -> false, line -> false);
    }

    /**
     * @param closedByNote whether a paragraph closes with a note naming who does it: a （一） paragraph or a numbered
     *                     item so closed, with nothing numbered under it, is a task wherever it stands ("一、主要目标" then
     *                     "（一）地区生产总值增长11%左右。（省发改委负责）" or "1.生产总值增长6.5%。(发展改革和统计局负责)": a
     *                     division of the report's tasks assigns each target)
     * @param chaptersAreTasks the plan numbers nothing under its 一、 chapters (no （一）, no item): those of them that
     *                     do not frame the plan are its tasks ("一、开展职业技能培训" ⏎ "主要任务：…" ⏎ "牵头单位：…")
     * @param namesWhoDoesIt whether a line under an item's first names who does it (a labelled line, 由X负责落实)
     */
    BodyMapper(DocumentDraft draft, PlanConventions conventions, boolean sectionsAreTasks, boolean chaptersAreTasks,
               Predicate<String> closedByNote, Predicate<String> namesWhoDoesIt) {
        this.namesWhoDoesIt = namesWhoDoesIt;
        this.draft = draft;
        this.conventions = conventions;
        this.sectionsAreTasks = sectionsAreTasks;
        this.chaptersAreTasks = chaptersAreTasks;
        this.closedByNote = closedByNote;
    }

    /** True when the outline has any task-like element: an item outside a framing chapter, a box item or a lead-in. */
    static boolean hasTaskElements(List<OutlineNode> chapters, PlanConventions conventions) {
        for (OutlineNode chapter : chapters) {
            if (hasTaskElements(chapter, conventions.isNonTaskChapter(chapter.headingTitle))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTaskElements(OutlineNode node, boolean framingChapter) {
        for (OutlineNode child : node.children) {
            if (child.kind == OutlineNode.Kind.BOX_ITEM || child.kind == OutlineNode.Kind.LEAD
                    || (child.kind == OutlineNode.Kind.ITEM && !framingChapter)
                    || hasTaskElements(child, framingChapter)) {
                return true;
            }
        }
        return false;
    }

    /** The longest lead phrase of an item that may name what the item is ("1.主要目标指标。…"). */
    private static final int MAX_ITEM_LEAD = 20;

    /**
     * Whether a numbered item or a （一） paragraph reviews, frames or sets goals rather than a task: its chapter's title
     * names a non-task part ({@link PlanConventions}), or the title of a section above it or its own lead phrase opens
     * with one ("1.主要目标指标。", "（一）主要目标完成情况"; not "（二）优化发展环境", a task that only mentions one).
     */
    private boolean framing(OutlineNode node) {
        for (OutlineNode n = node; n != null; n = n.parent) {
            // the body of a plan without chapters is headed by the document's own title ("…主要目标任务分解方案"): like
            // a section's title, it frames its items only where it opens with the phrase
            if (n.parent == null && n.kind != OutlineNode.Kind.BODY ? conventions.isNonTaskChapter(n.headingTitle)
                    : conventions.opensWithNonTaskPhrase(n.kind == OutlineNode.Kind.ITEM ? itemLead(n.headingTitle)
                    : n.headingTitle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an item says who does it: closed by a note naming who does it ("…增长7%以上。（市发展改革委牵头）"), or a
     * line under its first naming them ({@link PlanParser#namesWhoDoesIt}: "牵头单位：…", "由X、Y负责落实").
     */
    private boolean saysWhoDoesIt(OutlineNode node) {
        String raw = draft.source.raw();
        List<String> lines = new ArrayList<>();
        node.spans.forEach(span -> lines.addAll(List.of(span.of(raw).split("\n"))));
        return closedByNote.test(cleanText(node.spans, raw))
                || lines.stream().skip(1).anyMatch(line -> namesWhoDoesIt.test(TextCleaner.cleanLine(line)));
    }

    /** An item's lead phrase: its text up to the first 。 or ：, when that is short; else null. */
    private static String itemLead(String text) {
        if (text == null) {
            return null;
        }
        int stop = 0;
        while (stop < text.length() && "。：:；;".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return stop <= MAX_ITEM_LEAD ? text.substring(0, stop) : null;
    }

    void map(List<OutlineNode> chapters) {
        chaptersBare = chapters.stream().allMatch(c -> c.kind == OutlineNode.Kind.CHAPTER && c.children.isEmpty());
        filledForms = filledForms(chapters);
        loneTasks = loneTaskChapters(chapters);
        String parentId = null;
        if (chaptersAreTasks && !chapters.isEmpty()) {
            parentId = body(chapters.get(0));
        }
        for (OutlineNode chapter : chapters) {
            mapNode(chapter, parentId, "");
        }
    }

    /** The section of the body the chapters that are tasks hang under; made once. */
    private String bodyId;

    /** The tasks hang under the body, headed by the line leading into the first chapter, as in a plan without chapters. */
    private String body(OutlineNode firstChapter) {
        if (bodyId == null) {
            Span lead = lineBefore(firstChapter.heading);
            bodyId = draft.addSection(OutlineParser.BODY_LOCATION, null, "", TextCleaner.cleanLine(lead.of(
                    draft.source.raw())), "", lead, null).id;
        }
        return bodyId;
    }

    /** A leaf's whole text as printed: from its heading to the end of the last of its spans after the heading. */
    private static Span leafQuote(OutlineNode node) {
        List<Span> after = node.spans.stream().filter(sp -> sp.start() >= node.heading.end()).toList();
        return new Span(node.heading.start(), after.isEmpty() ? node.heading.end() : after.get(after.size() - 1).end());
    }

    /** The last line of text before {@code heading}, or the heading itself when none precedes it. */
    private Span lineBefore(Span heading) {
        SourceText source = draft.source;
        for (int n = source.lineNumberAt(heading.start()) - 1; n >= 1; n--) {
            SourceText.Line line = source.line(n);
            if (!line.isNoise() && line.contentStart() < line.contentEnd()) {
                return new Span(line.contentStart(), line.contentEnd());
            }
        }
        return heading;
    }

    private void mapNode(OutlineNode node, String parentId, String parentLocation) {
        String raw = draft.source.raw();
        switch (node.kind) {
            case SECTION -> {
                List<Span> noted = node.children.isEmpty() ? notedParagraphs(node) : List.of();
                if (headsOneTask(node)) {
                    // its heading names who leads it, its text is the task: the lead stays on the heading, as over items
                    DocumentDraft.Section section = draft.addSection(parentLocation + "(" + node.number + ")",
                            parentId, node.label, node.headingTitle, "", node.heading, null);
                    Span task = node.textSpan();
                    draft.addMeasure(section.location + "1", section.id, "1", node.printedHeading(),
                            cleanText(List.of(task), raw), task, true);
                    return;
                }
                if (noted.size() >= 2 && !framing(node)) {
                    // a （一） heading on a line of its own over paragraphs each closed by its note ("耕地保有量保持在
                    // 2000.9万亩。(市国土局牵头)"): each paragraph is a task of its own
                    String location = parentLocation + "(" + node.number + ")";
                    DocumentDraft.Section section = draft.addSection(location, parentId, node.label, node.headingTitle,
                            "", node.heading, null);
                    for (int k = 0; k < noted.size(); k++) {
                        draft.addMeasure(section.location + (k + 1), section.id, String.valueOf(k + 1),
                                node.printedHeading(), cleanText(List.of(noted.get(k)), raw), noted.get(k), true);
                    }
                    return;
                }
                if (node.children.isEmpty()) {
                    Span quote = leafQuote(node);
                    String text = cleanText(List.of(quote), raw).replaceFirst("^[（(]\\s*[一二三四五六七八九十]+\\s*[）)]\\s*", "");
                    if ((sectionsAreTasks && !framing(node)) || closedByNote.test(text)) {
                        String location = parentLocation + "(" + node.number + ")";
                        draft.addMeasure(location, parentId, node.label, node.parent.printedHeading(), text, quote,
                                true);
                        return;
                    }
                }
                mapHeading(node, parentId, parentLocation);
            }
            case CHAPTER -> {
                Span quote = leafQuote(node);
                String text = cleanText(List.of(quote), raw).replaceFirst("^[一二三四五六七八九十]+、\\s*", "");
                if (loneTasks.contains(node)) {
                    // one paragraph, the chapter's task between chapters numbering theirs ({@link #loneTaskChapters}):
                    // the heading stays a section over it, as over the numbered tasks of the chapters around it
                    DocumentDraft.Section section = draft.addSection(node.number, parentId, node.label,
                            node.headingTitle, "", node.heading, null);
                    List<Span> own = node.spans.stream().filter(sp -> sp.start() >= node.heading.end()).toList();
                    Span task = new Span(own.get(0).start(), own.get(own.size() - 1).end());
                    draft.addMeasure(section.location + "1", section.id, "1", node.printedHeading(),
                            cleanText(List.of(task), raw), task, true);
                    return;
                }
                if (node.children.isEmpty() && (chaptersAreTasks && !framing(node) || closedByNote.test(text))) {
                    // so is a chapter with nothing numbered under it whose text closes with a note of who does it
                    // ("一、推进重大项目建设⏎建立健全…制度。(省发展改革委牵头;…配合)"), as such a （一） is
                    draft.addMeasure(node.number, parentId != null ? parentId : body(node), node.label, null, text,
                            quote, true);
                    return;
                }
                if (filledForms.contains(node)) {
                    // "一、关于《X项目》进展情况" ⏎ "（一）责任领导：…" ⏎ "（二）年度目标：…" ⏎ "（三）完成情况：…": one task, its
                    // （一） lines the fields of the form every chapter fills, not tasks of their own
                    OutlineNode lastField = node.children.get(node.children.size() - 1);
                    Span form = new Span(node.heading.start(), leafQuote(lastField).end());
                    String filled = cleanText(List.of(form), raw).replaceFirst("^[一二三四五六七八九十]+、\\s*", "");
                    draft.addMeasure(node.number, parentId != null ? parentId : body(node), node.label, null, filled,
                            form, true);
                    return;
                }
                List<Span> runIn = node.children.isEmpty() && sectionsAreTasks && !chaptersAreTasks && !framing(node)
                        && chaptersBare && !inReviewPart(node) ? runInTasks(node) : List.of();
                if (runIn.size() >= MIN_RUN_IN_TASKS) {
                    // "一、千方百计扩大内需" ⏎ "大力提振消费，…。" ⏎ "加快重大项目建设。聚焦…" ⏎ "推动消费提质扩容。…": the
                    // paragraphs opened by a short task phrase are the chapter's tasks, the others its text (its aims)
                    List<Span> own = node.spans.stream().filter(sp -> sp.start() >= node.heading.end()
                            && !runIn.contains(sp)).toList();
                    DocumentDraft.Section section = draft.addSection(node.number, parentId, node.label,
                            node.headingTitle, cleanText(own, raw), node.heading,
                            own.isEmpty() ? null : new Span(own.get(0).start(), own.get(own.size() - 1).end()));
                    for (int k = 0; k < runIn.size(); k++) {
                        draft.addMeasure(section.location + (k + 1), section.id, String.valueOf(k + 1),
                                node.printedHeading(), cleanText(List.of(runIn.get(k)), raw), runIn.get(k), true);
                    }
                    return;
                }
                mapHeading(node, parentId, parentLocation);
            }
            case BODY, BOX, TABLE -> mapHeading(node, parentId, parentLocation);
            case ITEM -> {
                String location = parentLocation + node.number;
                String text = ITEM_NUMBER.matcher(cleanText(node.spans, raw)).replaceFirst("");
                if (!node.children.isEmpty()) {
                    // "一、加快建设现代产业体系" heading （一） tasks (a plan numbered in words): a heading of its own
                    DocumentDraft.Section section = draft.addSection(location, parentId, node.label,
                            node.headingTitle, cleanText(node.spans.subList(1, node.spans.size()), raw), node.heading,
                            node.textSpan());
                    for (OutlineNode child : node.children) {
                        mapNode(child, section.id, section.location);
                    }
                } else if (!framing(node) || saysWhoDoesIt(node)) {
                    // under a goals chapter too, an item that says who does it is a task ("一、主要目标" ⏎ "1.地区生产
                    // 总值增长6%。" ⏎ "牵头单位：市发展改革委"): a division of the report's tasks assigns each target
                    draft.addMeasure(location, parentId, node.number, node.parent.printedHeading(), text,
                            node.textSpan(), true);
                } else {
                    mapItemAsSection(node, parentId, location, text);
                }
            }
            case BOX_ITEM -> {
                String location = node.parent.label + "-" + node.number;
                String text = ITEM_NUMBER.matcher(cleanText(node.spans, raw)).replaceFirst("");
                draft.addMeasure(location, parentId, node.number, node.parent.label + " " + node.parent.headingTitle,
                        text, node.textSpan(), true);
            }
            case LEAD -> {
                String location = parentLocation + "—" + node.number;
                String text = LEAD_MARK.matcher(cleanText(node.spans, raw)).replaceFirst("");
                draft.addMeasure(location, parentId, "—" + node.number, node.parent.printedHeading(), text,
                        node.textSpan(), true);
            }
            default -> throw new IllegalStateException("unexpected " + node.kind);
        }
    }

    /** The chapters that each fill the same form ({@link #filledForms(List)}): each is one task. */
    private Set<OutlineNode> filledForms = Set.of();
    /** A field of a form: a short label, its colon and the value on the same line ("责任领导：某某", "年度目标：完成…"). */
    private static final Pattern FIELD = Pattern.compile("^(\\p{IsHan}{2,6})[：:]\\s*\\S.*");
    /** The fewest chapters filling the same form that make its fields no tasks. */
    private static final int MIN_FORMS = 2;

    /**
     * Chapters that fill one form, as a report on a list of projects prints each project: a chapter per project, its
     * （一） lines labelled fields with their values ("（一）责任领导：…", "（二）年度目标：…", "（三）完成情况：…"), the
     * same labels in the same order under every chapter (a page cut short may end a form early). Two such chapters at
     * least, each with two fields or more, and no chapter numbering anything else; otherwise none. One chapter of
     * labelled （一） lines ("（一）主要目标：…" ⏎ "（二）重点任务：…") is no form: the test is the labels repeated chapter
     * after chapter, not the lines' shape alone.
     */
    private Set<OutlineNode> filledForms(List<OutlineNode> chapters) {
        if (!sectionsAreTasks) {
            return Set.of();
        }
        Set<OutlineNode> forms = new HashSet<>();
        List<String> longest = List.of();
        for (OutlineNode chapter : chapters) {
            if (chapter.kind != OutlineNode.Kind.CHAPTER || chapter.children.isEmpty()) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (OutlineNode child : chapter.children) {
                Matcher field = child.kind == OutlineNode.Kind.SECTION && child.children.isEmpty()
                        && child.headingTitle != null ? FIELD.matcher(child.headingTitle) : null;
                if (field == null || !field.matches()) {
                    return Set.of();
                }
                labels.add(field.group(1));
            }
            List<String> shorter = labels.size() <= longest.size() ? labels : longest;
            List<String> other = labels.size() <= longest.size() ? longest : labels;
            if (labels.size() < 2 || !other.subList(0, shorter.size()).equals(shorter)) {
                return Set.of();
            }
            longest = other;
            forms.add(chapter);
        }
        return forms.size() >= MIN_FORMS ? forms : Set.of();
    }

    /** The chapters whose one paragraph is their task ({@link #loneTaskChapters(List)}). */
    private Set<OutlineNode> loneTasks = Set.of();

    /**
     * Chapters that number no task of their own but hold one paragraph, standing between chapters that number theirs,
     * as a list of projects prints a part with a single project ("一、实施公交便民工程" ⏎ "（一）新购置公交车200辆" ⏎ …
     * "二、实施棚户区改造" ⏎ "基本完成2万户棚户区征迁改造" ⏎ "三、…" ⏎ "（一）…"): the paragraph is that chapter's one task,
     * as each numbered line is in the chapters around it. A chapter before the first or after the last that numbers
     * its tasks (a 总体要求 opening, a 保障措施 closing), one that frames or reviews ({@link #framing}), or one holding
     * two paragraphs or more stays a heading over its text.
     */
    private Set<OutlineNode> loneTaskChapters(List<OutlineNode> chapters) {
        if (chaptersAreTasks) {
            return Set.of();
        }
        Set<OutlineNode> lone = new HashSet<>();
        String raw = draft.source.raw();
        for (int i = 1; i < chapters.size() - 1; i++) {
            OutlineNode chapter = chapters.get(i);
            if (chapter.kind != OutlineNode.Kind.CHAPTER || !chapter.children.isEmpty() || framing(chapter)
                    || inReviewPart(chapter)) {
                continue;
            }
            List<Span> own = chapter.spans.stream().filter(sp -> sp.start() >= chapter.heading.end()).toList();
            String paragraph = own.isEmpty() ? ""
                    : new Span(own.get(0).start(), own.get(own.size() - 1).end()).of(raw).strip();
            if (paragraph.isEmpty() || paragraph.indexOf('\n') >= 0) {
                continue;
            }
            if (chapters.subList(0, i).stream().anyMatch(this::numbersItsTasks)
                    && chapters.subList(i + 1, chapters.size()).stream().anyMatch(this::numbersItsTasks)) {
                lone.add(chapter);
            }
        }
        return lone;
    }

    /** A chapter that neither frames nor reviews, with （一） sections or numbered items under it and nothing else. */
    private boolean numbersItsTasks(OutlineNode chapter) {
        return chapter.kind == OutlineNode.Kind.CHAPTER && !chapter.children.isEmpty() && !framing(chapter)
                && !inReviewPart(chapter) && chapter.children.stream().allMatch(child ->
                child.kind == OutlineNode.Kind.SECTION || child.kind == OutlineNode.Kind.ITEM);
    }

    /** Whether the plan numbers nothing under any of its 一、 chapters. */
    private boolean chaptersBare;
    /** The work report's part headings over series of chapters ({@link SeedReader#partHeadings}); read once. */
    private NavigableMap<Integer, String> parts;

    /** Whether a chapter stands in a part of a work report that reviews or frames ("2025年工作回顾" ⏎ 一、…). */
    private boolean inReviewPart(OutlineNode chapter) {
        if (parts == null) {
            parts = SeedReader.partHeadings(draft.source);
        }
        Map.Entry<Integer, String> part = parts.floorEntry(chapter.heading.start());
        return part != null && conventions.isNonTaskChapter(part.getValue());
    }

    /** The fewest paragraphs opened by a task phrase that make them the tasks of a chapter numbering nothing. */
    private static final int MIN_RUN_IN_TASKS = 2;
    /** The shortest and longest task phrase opening a paragraph ("加快重大项目建设。"). */
    private static final int MIN_RUN_IN = 4;
    private static final int MAX_RUN_IN = 16;
    private static final Pattern RUN_IN_BREAK = Pattern.compile("[，,；;：:]");

    /**
     * The paragraphs of a chapter with nothing numbered under it that open with a short task phrase of their own,
     * closed by 。 before the paragraph goes on ("实招实策促消费。加力实施…", "加快重大项目建设。聚焦…"), as work reports print
     * the tasks of a chapter in a plan that numbers nothing below its chapters; a paragraph whose first sentence runs on
     * in clauses ("大力提振消费，提高投资效益，…。") states the chapter's aims. Not in a plan numbering sections under some
     * chapters (there the （一） are the tasks, a bare chapter's "一是…。" paragraphs its principles), nor in a work
     * report's review part ("2025年工作回顾" ⏎ 一、… ⏎ "主要指标稳中有进。全年完成…": achievements, not tasks).
     */
    private List<Span> runInTasks(OutlineNode node) {
        List<Span> tasks = new ArrayList<>();
        for (Span span : node.spans) {
            if (span.start() < node.heading.end()) {
                continue;
            }
            String text = TextCleaner.cleanLine(span.of(draft.source.raw()));
            int stop = text.indexOf('。');
            if (stop >= MIN_RUN_IN && stop <= MAX_RUN_IN && stop + 1 < text.length()
                    && !RUN_IN_BREAK.matcher(text.substring(0, stop)).find()) {
                tasks.add(span);
            }
        }
        return tasks;
    }

    /**
     * A （一） headed by who leads it, holding its one task as unnumbered text ("（一）省监察厅牵头的工作" ⏎ "加强行政监察
     * 工作，…。"), as a division of work among bodies prints a part with one task beside parts numbering several: the
     * part is that task.
     */
    private boolean headsOneTask(OutlineNode node) {
        return node.children.isEmpty() && !node.spans.isEmpty() && ResponsibilityLinks.namesLead(node.headingTitle)
                && !framing(node);
    }

    private void mapHeading(OutlineNode node, String parentId, String parentLocation) {
        String raw = draft.source.raw();
        switch (node.kind) {
            case BODY, CHAPTER, SECTION, BOX, TABLE -> {
                String location = switch (node.kind) {
                    case BODY, CHAPTER -> node.number;
                    case SECTION -> parentLocation + "(" + node.number + ")";
                    default -> node.label;
                };
                DocumentDraft.Section section = draft.addSection(location, parentId, node.label, node.headingTitle,
                        cleanText(node.spans, raw), node.heading, node.textSpan());
                // under a chapterless body, locations start at its elements: "1", "(一)1"
                String childLocation = node.kind == OutlineNode.Kind.BODY ? "" : section.location;
                for (OutlineNode child : node.children) {
                    mapNode(child, section.id, childLocation);
                }
            }
            default -> throw new IllegalStateException("unexpected " + node.kind);
        }
    }

    /**
     * A numbered paragraph kept as a Section: its lead phrase is the title when it has one ("1.消费规模与作用显著提升。…"),
     * otherwise the item is a numbered sub-heading ("1.总体定位") and the paragraphs after it are its text.
     */
    private void mapItemAsSection(OutlineNode node, String parentId, String location, String text) {
        String firstLine = ITEM_NUMBER.matcher(TextCleaner.cleanLine(node.heading.of(draft.source.raw())))
                .replaceFirst("");
        String title;
        String ownText;
        if (firstLine.contains("。")) {
            title = TextCleaner.leadPhrase(text);
            ownText = text;
        } else {
            title = firstLine;
            ownText = cleanText(node.spans.subList(1, node.spans.size()), draft.source.raw());
        }
        String label = node.label.endsWith("、") ? node.label : node.number + ".";
        draft.addSection(location, parentId, label, title, ownText, node.heading, node.textSpan());
    }

    /**
     * The paragraphs under a （一） heading printed alone on its line (a title, no sentence), when every one of them is
     * closed by a responsibility note; none otherwise.
     */
    private List<Span> notedParagraphs(OutlineNode node) {
        SourceText source = draft.source;
        String heading = TextCleaner.cleanLine(node.heading.of(source.raw()));
        if (heading.contains("。") || closedByNote.test(heading)) {
            return List.of();
        }
        List<Span> paragraphs = new ArrayList<>();
        for (Span span : node.spans) {
            if (span.start() < node.heading.end()) {
                continue;
            }
            int last = source.lineNumberAt(Math.max(span.start(), span.end() - 1));
            for (int n = source.lineNumberAt(span.start()); n <= last; n++) {
                SourceText.Line line = source.line(n);
                int start = Math.max(line.contentStart(), span.start());
                int end = Math.min(line.contentEnd(), span.end());
                if (start >= end || line.isNoise()) {
                    continue;
                }
                if (!closedByNote.test(TextCleaner.cleanLine(source.raw().substring(start, end)))) {
                    return List.of();
                }
                paragraphs.add(new Span(start, end));
            }
        }
        return paragraphs;
    }

    static String cleanText(List<Span> spans, String raw) {
        List<String> pieces = new ArrayList<>();
        spans.forEach(span -> pieces.add(span.of(raw)));
        return TextCleaner.clean(pieces);
    }
}
