package org.policygraph.ingest;

/**
 * 004 (commerce-14th-fyp): 一、 chapters, (一) sections, 专栏N boxes whose "N." items are Measures, and in the
 * 主要任务 chapter the unnumbered ——lead-in paragraphs, which are the plan's tasks, as Measures numbered "—k" within
 * their section. Numbered paragraphs outside boxes (the achievements and problems of 发展基础, the sub-headings of
 * 发展目标) are Sections: they report or structure, they set no task. The flattened 表1 above its caption is a Section.
 */
final class CommerceFypLayout implements LayoutParser {

    static final String NAME = "commerce-14th-fyp";

    /** The chapter whose ——lead-ins are tasks; elsewhere (基本原则, 总体定位) they are prose of their section. */
    static final String TASK_CHAPTER_TITLE = "主要任务";

    @Override
    public void parse(DocumentDraft draft, ParseContext context) {
        OutlineParser.Rules rules = new OutlineParser.Rules(true, true, TASK_CHAPTER_TITLE::equals);
        OutlineParser outline = new OutlineParser(draft.source, rules, draft.warnings);
        new BodyMapper(draft, false).map(outline.parse(1, draft.source.lines().size() + 1));
    }
}
