package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.SectionRecord;

/**
 * A plan submitted at run time is checked, parsed and validated like a seeded one: facts with verbatim quotes,
 * responsibility notes as LEADS/SUPPORTS, warnings for what the vocabulary misses, and a clear error naming the field
 * or line for input that cannot be a plan.
 */
class SubmittedDocumentTest {

    static final String ID = "digital-trade-2026";
    static final String TITLE = "武汉市数字贸易促进行动方案";

    static String sample(String name) {
        try (InputStream in = SubmittedDocumentTest.class.getResourceAsStream("/ingest-submissions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A plan issued by Wuhan's 市商务局 (named by its id, as an editor names an issuer whose spelling is relative): the
     * plan's place is then 武汉市, so the relative names it prints (市商务局, 市财政局) are Wuhan's bodies.
     */
    static SubmittedDocument submission(String id, String layout, String title, String text) {
        return new SubmittedDocument(id, layout, title, null, "2026-03", "FINAL", "2028", List.of("wh-commerce"), text,
                "source", "metadata");
    }

    private static SeedReader reader() {
        return new SeedReader(SeedSource.directory(RealSeed.ROOT));
    }

    private static SeedReader.Submission read(String text) {
        return reader().readSubmitted(submission(ID, "outline", TITLE, text), EditorAliases.none());
    }

    private static List<String> links(DocumentBundle bundle, LinkType type, String measure) {
        return bundle.links().stream().filter(l -> l.type() == type && l.toId().equals(ID + "/" + measure))
                .map(LinkRecord::fromId).sorted().toList();
    }

    @Test
    void anOutlinePlanBecomesSectionsMeasuresAndTheRolesItsNotesPrint() {
        SeedReader.Submission submission = read(sample("digital-trade-2026.txt"));
        DocumentBundle bundle = submission.bundle();

        assertThat(bundle.measures()).extracting(m -> m.id()).containsExactly(ID + "/二(一)1", ID + "/二(一)2",
                ID + "/二(二)3", ID + "/二(二)4");
        assertThat(links(bundle, LinkType.LEADS, "二(一)2")).containsExactly("wh-commerce");
        // 市数据局 is in no vocabulary: an uncurated body, linked all the same
        assertThat(links(bundle, LinkType.SUPPORTS, "二(一)2")).containsExactly(UnknownBodies.idOf("武汉市", ID, "市数据局"),
                "wh-finance");
        assertThat(links(bundle, LinkType.LEADS, "二(二)3")).containsExactly("wh-cac", "wh-commerce");
        assertThat(links(bundle, LinkType.LEADS, "二(二)4")).containsExactly("wh-hrss");
        assertThat(bundle.links()).filteredOn(l -> l.type() == LinkType.LEADS && l.toId().endsWith("二(一)2"))
                .extracting(l -> l.source().quote()).containsExactly("（牵头单位：市商务局；配合单位：市财政局、市数据局）");
        assertThat(bundle.links()).filteredOn(l -> l.type() == LinkType.CONCERNS)
                .extracting(l -> l.fromId() + ">" + l.toId())
                .contains(ID + "/二(一)1>optics-valley", ID + "/二(二)3>auto-valley");
        assertThat(bundle.document().issuerIds()).containsExactly("wh-commerce");
    }

    @Test
    void targetsForTheHorizonYearAreIndicatorsWithTheirSentenceAsSource() {
        DocumentBundle bundle = read(sample("digital-trade-2026.txt")).bundle();
        assertThat(bundle.indicators()).filteredOn(i -> Integer.valueOf(2028).equals(i.year()))
                .extracting(IndicatorRecord::value).contains(500.0, 100.0, 20.0);
        String text = sample("digital-trade-2026.txt");
        assertThat(bundle.indicators()).allSatisfy(i -> assertThat(text).contains(i.source().quote()));
    }

    @Test
    void namesTheVocabularyDoesNotKnowAreWarningsAndUncuratedBodies() {
        SeedReader.Submission submission = read(sample("digital-trade-2026.txt"));
        assertThat(submission.warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.UNKNOWN_DEPARTMENT)
                .extracting(IngestWarning::message)
                .anySatisfy(m -> assertThat(m).contains("市经济和信息化委员会"))
                .anySatisfy(m -> assertThat(m).contains("市数据局"));
        assertThat(submission.warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.UNKNOWN_DEPARTMENT)
                .allSatisfy(w -> assertThat(w.line()).isEqualTo(w.message().contains("市数据局") ? 11 : 10));
        assertThat(submission.warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.UNMATCHED_NAME)
                .extracting(IngestWarning::message).anySatisfy(m -> assertThat(m).contains("'市数据局'"));
    }

    @Test
    void parksAndZonesTheVocabularyLacksBecomeUncuratedParksWithTheirQuote() {
        String text = sample("digital-trade-2026.txt").replace("建设服务外包示范园区。",
                "支持立山经济开发区和成都高新综合保税区建设服务外包示范园区。");
        DocumentBundle bundle = read(text).bundle();
        assertThat(bundle.uncuratedBodies()).filteredOn(b -> "Park".equals(b.label()))
                .extracting(b -> b.name()).containsExactly("立山经济开发区", "成都高新综合保税区");
        assertThat(bundle.uncuratedBodies()).filteredOn(b -> "Park".equals(b.label()))
                .allSatisfy(b -> assertThat(text).contains(b.source().quote()))
                .allSatisfy(b -> assertThat(b.source().quote()).contains(b.name()));
        List<String> concerned = bundle.links().stream()
                .filter(l -> l.type() == LinkType.CONCERNS && l.fromId().equals(ID + "/二(一)2"))
                .map(LinkRecord::toId).toList();
        // 成都高新综合保税区 is its own zone, not the vocabulary's (Wuhan) 综合保税区; 示范园区 is no name
        assertThat(concerned).containsExactlyInAnyOrder(UnknownBodies.idOf("武汉市", ID, "Park:立山经济开发区"),
                UnknownBodies.idOf("武汉市", ID, "Park:成都高新综合保税区"));
    }

    @Test
    void parkNamesStartAfterTheVerbOrPrepositionThatOpensThem() {
        assertThat(ParkNames.in("支持数字服务企业在东湖高新区拓展国际业务，推动各类园区和重点开发区升级"))
                .extracting(ParkNames.Found::name).containsExactly("东湖高新区");
        assertThat(ParkNames.in("依托中国（四川）自由贸易试验区川南临港片区建设"))
                .extracting(ParkNames.Found::name).containsExactly("中国（四川）自由贸易试验区川南临港片区");
    }

    @Test
    void anAnnualPlansTargetsAreForItsYear() {
        String text = "一、主要目标\n\n1.努力实现地区生产总值增长6.2%左右。（牵头单位：市发展改革委）\n";
        DocumentBundle bundle = reader().readSubmitted(new SubmittedDocument("annual-2023", "outline",
                "2023年重点工作任务分解方案", null, "2023-03", "FINAL", null, List.of(), "2023年重点工作任务分解方案\n\n"
                + text, "source", "metadata"), EditorAliases.none()).bundle();
        assertThat(bundle.indicators()).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo(6.2);
            assertThat(i.year()).isEqualTo(2023);
        });
    }

    @Test
    void aPlanSubmittedWithoutItsDateStillTellsReportedFiguresFromTargets() {
        String text = "区人民政府关于印发工作方案的通知\n\n2024年3月1日\n\n工作方案\n\n一、主要目标\n\n"
                + "2023年，全区完成固定资产投资85亿元。2024年，全区固定资产投资增长10%以上。\n";
        DocumentBundle bundle = reader().readSubmitted(new SubmittedDocument("undated", "outline", "工作方案", null, null,
                "FINAL", null, List.of(), text, "source", "metadata"), EditorAliases.none()).bundle();
        assertThat(bundle.indicators()).extracting(i -> i.value() + " " + i.comparator())
                .containsExactly("85.0 ACTUAL", "10.0 AT_LEAST");
    }

    @Test
    void aHeadingThatStatesATargetIsReadButNotTheCountOfItsItems() {
        String text = "一、主要目标\n\n（一）地区生产总值增长6.5%左右\n\n（二）新建5G基站1万个。（牵头单位：市发展改革委）\n\n"
                + "（三）市发展改革委牵头工作（2项）\n\n1.推进重点项目建设。\n\n2.优化营商环境。\n";
        DocumentBundle bundle = reader().readSubmitted(new SubmittedDocument("heading-targets", "outline",
                "2023年主要目标任务分解方案", null, "2023-01", "FINAL", null, List.of(), "2023年主要目标任务分解方案\n\n"
                + text, "source", "metadata", "武汉市"), EditorAliases.none()).bundle(); // a plan of 武汉市: 市发展改革委 is Wuhan's
        assertThat(bundle.indicators()).extracting(i -> i.value() + " " + i.unit() + " " + i.year())
                .containsExactlyInAnyOrder("6.5 % 2023", "1.0 万个 2023");
        assertThat(bundle.indicators()).allSatisfy(i -> assertThat(text).contains(i.source().quote()));
        // the heading names who leads the items under it
        assertThat(bundle.links()).filteredOn(l -> l.type() == LinkType.LEADS && l.toId().equals("heading-targets/一(三)"))
                .singleElement().satisfies(l -> {
                    assertThat(l.fromId()).isEqualTo("wh-ndrc");
                    assertThat(l.source().quote()).isEqualTo("（三）市发展改革委牵头工作（2项）");
                });
    }

    @Test
    void aTextEndingInABracketedResponsibilityNoteIsComplete() {
        String text = sample("digital-trade-2026.txt").replace("确保各项任务落到实处。",
                "确保各项任务落到实处。〔责任单位：市统计局〕");
        DocumentBundle bundle = read(text).bundle();
        assertThat(links(bundle, LinkType.LEADS, "三")).contains("wh-stats");
    }

    @Test
    void aTextEndingInAResponsibilityLineWithoutPunctuationIsComplete() {
        String text = sample("digital-trade-2026.txt").replace("确保各项任务落到实处。",
                "确保各项任务落到实处。\n责任单位：市统计局、各区人民政府、东湖高新区管委会");
        DocumentBundle bundle = read(text).bundle();
        assertThat(links(bundle, LinkType.LEADS, "三")).contains("wh-stats");
        // a list cut after a separator is still a cut
        assertThatThrownBy(() -> read(text.replace("、东湖高新区管委会", "、"))).isInstanceOf(SeedException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aTextEndingOnAColonIntroducingAMissingListIsReadWithAWarningNamingTheLine() {
        // every sentence before the lead-in is whole: what is there is read, and the editor is told which line
        // promises a list that is not there (refusing it lost a page's targets). A cut after a comma stays refused.
        String text = sample("digital-trade-2026.txt");
        for (String leadIn : List.of("根据全年工作安排，建议做好以下重点工作：", "现将有关事项通知如下:")) {
            String cut = text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n" + leadIn);
            int line = (int) cut.substring(0, cut.indexOf(leadIn)).chars().filter(c -> c == '\n').count() + 1;
            SeedReader.Submission submission = read(cut);
            assertThat(submission.bundle().measures()).hasSameSizeAs(read(text).bundle().measures()).isNotEmpty();
            assertThat(submission.warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.PARSER)
                    .anySatisfy(w -> {
                        assertThat(w.line()).isEqualTo(line);
                        assertThat(w.message()).contains("ends on a colon introducing what follows")
                                .contains("truncated");
                    });
        }
        assertThatThrownBy(() -> read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n根据全年工作安排，")))
                .isInstanceOf(SeedException.class).hasMessageContaining("truncated");
    }

    @Test
    void aTextEndingInNamesOfBodiesIsComplete() {
        String text = sample("digital-trade-2026.txt");
        // a task table's last cell, printed without separators, after the row's text
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。市统计局"));
        // a list of bodies and places on a line of its own (a one-cell-a-line table's last cell)
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n市统计局、市财政局，江岸区、江汉区人民政府"));
        // a list closed by 等 (X、Y等, X、Y等单位)
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n市统计局、市财政局、江岸区人民政府等"));
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n市统计局、市财政局、江岸区人民政府等单位"));
        // names carrying a remark in brackets, listed with 、 inside it: 各县(市、区)政府, 市建设局(市规划局)
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n市统计局、市建设局(市规划局),各县(市、区)政府,"
                + "东湖高新区管委会等"));
        // a bracket left open is still a cut
        assertThatThrownBy(() -> read(text.replace("确保各项任务落到实处。",
                "确保各项任务落到实处。\n市统计局、市财政局、东湖高新区管委会、各县(市、区")))
                .isInstanceOf(SeedException.class).hasMessageContaining("truncated");
        // a clause that happens to end in a body's name may be a cut: read, with a warning naming the line
        assertThat(endingWarnings(read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处，统计工作由市统计局"))))
                .singleElement().satisfies(w -> assertThat(w.message()).contains("…", "统计工作由市统计局"));
        assertThat(endingWarnings(read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处，统计工作由市统计局等"))))
                .hasSize(1);
        assertThat(endingWarnings(read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。\n市统计局、市财政局"))))
                .as("a complete ending: no warning").isEmpty();
    }

    @Test
    void aTextEndingInATablePrintedOneCellALineIsComplete() {
        String text = sample("digital-trade-2026.txt");
        String table = "\n序号\n目标任务\n责任单位\n1\n数字贸易进出口总额\n市商务局\n2\n全市城镇和农村居民人均可支配收入分别增长12%和14%";
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。" + table));
        assertThat(endingWarnings(read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。" + table)))).isEmpty();
        // a paragraph after short lines that stops on a clause may be a cut: read, with a warning
        assertThat(endingWarnings(read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。" + table
                .replace("分别增长12%和14%", "分别增长12%和14%，农村居民人均可支配收入"))))).hasSize(1);
        // one that stops on a comma is cut
        assertThatThrownBy(() -> read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。" + table
                .replace("分别增长12%和14%", "分别增长12%和14%，"))))
                .isInstanceOf(SeedException.class).hasMessageContaining("truncated");
    }

    @Test
    void aPageWhoseLineBreaksWereLostMayEndInALabelledNote() {
        String text = sample("digital-trade-2026.txt");
        // the last paragraph's note printed on the same line, after a space: the names end the text, not a cut
        read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。 责任单位:市统计局、市财政局"));
        // a label whose names were cut off is still a cut
        assertThatThrownBy(() -> read(text.replace("确保各项任务落到实处。", "确保各项任务落到实处。 责任单位:市统计局、")))
                .isInstanceOf(SeedException.class).hasMessageContaining("truncated");
    }

    @Test
    void aPartNumberedASecondTimeIsKeptUnderItsOwnLocationWithAWarning() {
        // the outline restarts at 一、 after the tasks: both chapters and their items are kept, none refused
        String text = sample("digital-trade-2026.txt").replace("三、保障措施", "一、保障措施");
        SeedReader.Submission submission = read(text);
        assertThat(submission.bundle().sections()).extracting(SectionRecord::id)
                .contains(ID + "/一", ID + "/一~2");
        assertThat(submission.bundle().sections()).filteredOn(sr -> sr.id().equals(ID + "/一~2")).singleElement()
                .satisfies(sr -> assertThat(sr.title()).isEqualTo("保障措施"));
        assertThat(submission.warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.PARSER)
                .anySatisfy(w -> {
                    assertThat(w.line()).isEqualTo(16);
                    assertThat(w.message()).contains("'一' is numbered a second time (first at source:5)");
                });
    }

    @Test
    void itemsNumberedAbove99AreReportedNotSilentlyMerged() {
        String text = sample("digital-trade-2026.txt").replace("4. 加强人才支撑。", "100. 加强人才支撑。");
        assertThat(read(text).warnings()).filteredOn(w -> w.kind() == IngestWarning.Kind.PARSER)
                .anySatisfy(w -> {
                    assertThat(w.line()).isEqualTo(14);
                    assertThat(w.message()).contains("item 100 is numbered above 99");
                });
    }

    @Test
    void anAliasAddedByAnEditorLinksTheNameInTheNextIngest() {
        EditorAliases aliases = new EditorAliases(Map.of("wh-eitc", List.of("市经济和信息化委员会")), Map.of());
        DocumentBundle bundle = reader().readSubmitted(submission(ID, "outline", TITLE,
                sample("digital-trade-2026.txt")), aliases).bundle();
        assertThat(links(bundle, LinkType.LEADS, "二(一)1")).containsExactly("wh-commerce", "wh-eitc");
    }

    @Test
    void theSameTextGivesTheSameRecords() {
        assertThat(read(sample("digital-trade-2026.txt")).bundle())
                .isEqualTo(read(sample("digital-trade-2026.txt")).bundle());
    }

    @Test
    void aTextCutOnACommaIsRefusedNamingItsLastLine() {
        String text = sample("digital-trade-2026.txt");
        String truncated = text.substring(0, text.indexOf("，", text.indexOf("引进数字贸易高端人才")) + 1);
        assertThat(truncated).endsWith("，");
        assertThatThrownBy(() -> read(truncated)).isInstanceOf(SeedException.class)
                .hasMessageContaining("source:14").hasMessageContaining("truncated");
    }

    /**
     * A last line that stops without a sentence end after a clause may be a plan's last item printed without a full
     * stop, or a cut: the words do not tell, so the text is read and the warning names the line. Nothing is lost.
     */
    @Test
    void aTextEndingWithoutASentenceEndIsReadWithAWarningNamingItsLastLine() {
        String text = sample("digital-trade-2026.txt");
        String unfinished = text.substring(0, text.indexOf("引进数字贸易高端人才") + 6);
        SeedReader.Submission submission = read(unfinished);
        assertThat(endingWarnings(submission)).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(14);
            assertThat(w.message()).contains("…4. 加强人才支撑。引进数字贸易'", "without a sentence end",
                    "submit the complete text");
        });
        assertThat(submission.bundle().measures()).isNotEmpty();
        assertThat(endingWarnings(read(text))).as("the complete plan").isEmpty();
    }

    private static List<IngestWarning> endingWarnings(SeedReader.Submission submission) {
        return submission.warnings().stream().filter(w -> w.message().contains("without a sentence end")).toList();
    }

    @Test
    void aTextDecodedWithTheWrongEncodingIsRefused() {
        String text = sample("digital-trade-2026.txt");
        assertThatThrownBy(() -> read(text.replace("数字贸易进出口", "数字\uFFFD\uFFFD进出口")))
                .isInstanceOf(SeedException.class).hasMessageContaining("source:6").hasMessageContaining("encoding");
        String latin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(latin1)).isInstanceOf(SeedException.class)
                .hasMessageContaining("wrong encoding");
    }

    @Test
    void emptyAndBinaryTextsAreRefused() {
        assertThatThrownBy(() -> read("  \n ")).isInstanceOf(SeedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read(sample("digital-trade-2026.txt").replace("制定本方案", "制定\u0000本方案")))
                .isInstanceOf(SeedException.class).hasMessageContaining("source:3").hasMessageContaining("NUL");
    }

    @Test
    void metadataErrorsNameTheField() {
        String text = sample("digital-trade-2026.txt");
        SeedReader reader = reader();
        assertThatThrownBy(() -> reader.readSubmitted(submission(ID, "pdf-magic", TITLE, text), EditorAliases.none()))
                .hasMessageContaining("metadata: layout 'pdf-magic' is not one of");
        assertThatThrownBy(() -> reader.readSubmitted(submission("003", "outline", TITLE, text), EditorAliases.none()))
                .hasMessageContaining("document 003 is part of graph-seed");
        assertThatThrownBy(() -> reader.readSubmitted(submission("a/b", "outline", TITLE, text), EditorAliases.none()))
                .hasMessageContaining("id 'a/b'");
        assertThatThrownBy(() -> reader.readSubmitted(submission(ID, "outline", "武汉市不存在的方案", text),
                EditorAliases.none())).hasMessageContaining("title '武汉市不存在的方案' does not occur in source");
        assertThatThrownBy(() -> reader.readSubmitted(new SubmittedDocument(ID, "outline", TITLE, null, "2026-3-1",
                "FINAL", null, List.of(), text, "source", "metadata"), EditorAliases.none()))
                .hasMessageContaining("issuedOn '2026-3-1'");
        assertThatThrownBy(() -> reader.readSubmitted(new SubmittedDocument(ID, "outline", TITLE, null, null,
                "FINAL", null, List.of("市火星局"), text, "source", "metadata"), EditorAliases.none()))
                .hasMessageContaining("issuer '市火星局'");
    }
}
