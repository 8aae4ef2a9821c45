package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.LinkType;

/** The general OCR rules, on small made-up texts. */
class OcrArtefactsTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static List<OutlineNode> outline(String text, OutlineParser.Rules rules, List<String> warnings) {
        SourceText source = new SourceText("t.txt", text);
        return new OutlineParser(source, rules, warnings).parse(1, source.lines().size() + 1);
    }

    @Test
    void aParagraphCutByAPageBreakAndPageNumberContinuesTheItem() {
        String text = "一、任务\n\n1.第一项。内容在\n\n— 5 **—\n\n下一页继续。\n\n2.第二项。\n";
        List<OutlineNode> chapters = outline(text, new OutlineParser.Rules(new PlanConventions(List.of(), List.of())), new ArrayList<>());
        OutlineNode first = chapters.get(0).children.get(0);
        assertEquals(2, chapters.get(0).children.size());
        assertEquals("1.第一项。内容在下一页继续。", BodyMapper.cleanText(first.spans, text));
    }

    @Test
    void anItemStartingMidLineAfterTheClosingFullStopIsSplitOff() {
        String text = "一、任务\n\n专栏 1 测试专项\n\n- 1.甲。\n- 2.乙项。 3.丙项。\n 4.丁项。\n";
        List<OutlineNode> chapters = outline(text, new OutlineParser.Rules(new PlanConventions(List.of(), List.of())),
                new ArrayList<>());
        OutlineNode box = chapters.get(0).children.get(0);
        assertEquals(List.of("1", "2", "3", "4"), box.children.stream().map(n -> n.number).toList());
        assertEquals("2.乙项。", BodyMapper.cleanText(box.children.get(1).spans, text));
    }

    @Test
    void leadInsRenderedAsDashesOrAsTheCharacterOneStartTasksOnlyInTheTaskChapter() {
        String text = "一、原则\n\n一坚持改革。\n\n二、主要任务\n\n(一)甲\n\n——任务一。\n\n- 一任务二。\n\n一一任务三。\n\n—任务四。\n";
        List<OutlineNode> chapters = outline(text, new OutlineParser.Rules(
                new PlanConventions(List.of(), List.of("主要任务"))),
                new ArrayList<>());
        assertEquals(0, chapters.get(0).children.size());
        OutlineNode section = chapters.get(1).children.get(0);
        assertEquals(List.of("任务一。", "任务二。", "任务三。", "任务四。"),
                section.children.stream().map(n -> n.headingTitle).toList());
    }

    @Test
    void aLineRepeatedVerbatimIsSkippedWithAWarning() {
        List<String> warnings = new ArrayList<>();
        String text = "一、任务\n\n1.同一行文字重复出现了。\n1.同一行文字重复出现了。\n";
        List<OutlineNode> chapters = outline(text, new OutlineParser.Rules(new PlanConventions(List.of(), List.of())), warnings);
        assertEquals(1, chapters.get(0).children.get(0).spans.size());
        assertEquals(1, warnings.size());
    }

    @Test
    void ocrSpacesInsideChineseWordsAreRemovedButSpacesBetweenLatinWordsKept() {
        assertEquals("推进服务贸易CPTPP DEPA规则", TextCleaner.cleanLine("- 推进服务 贸易 CPTPP DEPA 规则"));
        assertEquals("到2027年", TextCleaner.cleanLine("到 2027 年"));
    }

    @Test
    void responsibilityCellSeparatesCoLeadsFromSupportersAndDropsTheEtc() {
        assertEquals(List.of(
                        new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局"),
                        new ResponsibilityCell.Assignment(LinkType.LEADS, "市统计局"),
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "国家外汇管理局湖北分局")),
                ResponsibilityCell.parse(ENDINGS, "<p>市商务局、市统计局牵头,国家外汇管理局湖北分局等配合</p>"));
        assertEquals(List.of(new ResponsibilityCell.Assignment(LinkType.LEADS, "发展改革委"),
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市工商")),
                ResponsibilityCell.parse(ENDINGS, "发展改革委牵头，市工商等部门配合"));
        assertEquals(List.of(new ResponsibilityCell.Assignment(LinkType.LEADS, "市文化局"),
                        new ResponsibilityCell.Assignment(LinkType.LEADS, "市体育局")),
                ResponsibilityCell.parse(ENDINGS, "市文化局、市体育局"));
    }

    @Test
    void departmentNamesAreTrimmedOfEtcAndPunctuationOnly() {
        assertEquals("市贸促会", DepartmentResolver.trim(" 市贸促会等。"));
        assertEquals("商务部", DepartmentResolver.trim("商务部"));
    }

    @Test
    void pageNumberLinesAreRecognised() {
        assertEquals(true, SourceText.isPageNumber("— 5 **—"));
        assertEquals(true, SourceText.isPageNumber("-31 -"));
        assertEquals(false, SourceText.isPageNumber("2016年"));
    }

    @Test
    void aLineStartingWithOneIsALeadInOnlyInALeadInsShape() {
        String text = "一、主要任务\n\n(一)甲\n\n一完善商贸基础设施体系。加强商贸物流基础设施建设，发展多式联运，完善集散疏运体系。\n\n"
                + "一是加强组织领导，各部门要明确分工，落实责任，确保各项任务按时完成。\n";
        List<OutlineNode> chapters = outline(text, new OutlineParser.Rules(
                new PlanConventions(List.of(), List.of("主要任务"))), new ArrayList<>());
        OutlineNode section = chapters.get(0).children.get(0);
        assertEquals(1, section.children.size());
        assertEquals(OutlineNode.Kind.LEAD, section.children.get(0).kind);
    }

    @Test
    void onlyAFlattenedTableAboveACaptionBecomesTheTablesText() {
        assertTrue(OutlineParser.isFlattenedTable("项目 2020 年完成值 2025 年预期值 社会消费品零售总额 6149.84 亿元 10%以上"));
        assertFalse(OutlineParser.isFlattenedTable("到2025年，社会消费品零售总额达到1万亿元，年均增长10%。"));
        assertFalse(OutlineParser.isFlattenedTable("武汉市服务业扩大开放综合试点任务清单"));
    }
}
