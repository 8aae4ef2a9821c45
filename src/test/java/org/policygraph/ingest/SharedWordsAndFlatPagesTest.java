package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Layouts and wordings of the eighth session: a page that printed its whole plan as one paragraph (the outline numbers
 * run on after white space), lists whose names share a word printed once (各县、市、区人民政府, 市直有关部门、单位,
 * 甲山、乙河管理区), and a note closed by 按职责分工负责 after "等相关部门". The plans here are written for the test.
 */
class SharedWordsAndFlatPagesTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static final String TITLE = "某省重点工作责任分工方案";

    private static DocumentBundle plan(String text) {
        return SubmittedPlans.read("plan", TITLE, TITLE + "\n" + text);
    }

    private static String flatText;

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    @Test
    void aPagePrintedAsOneParagraphIsReadByTheOutlineNumbersRunningOnInIt() {
        flatText = "某省人民政府 关于分解重点工作的通知 现将重点工作任务分解如下，各单位要抓好落实，按季度报送进展情况，"
                + "确保各项工作如期完成，年底前报告全年落实情况。 一、稳住经济大盘 (一)扩大有效投资。 1.加快重大项目建设，"
                + "推进一批交通水利工程开工。(省发展改革委牵头,省交通运输厅、省水利厅按职责分工负责) 2.用好地方政府专项债券，"
                + "提高资金使用效率。(省财政厅、省发展改革委按职责分工负责) 3.稳定工业生产，支持企业满负荷运转。"
                + "(省工业和信息化厅牵头,省统计局等相关部门按职责分工负责)";
        DocumentBundle bundle = plan(flatText);
        assertThat(bundle.measures()).extracting(MeasureRecord::id)
                .containsExactly("plan/一(一)1", "plan/一(一)2", "plan/一(一)3");
        assertThat(bundle.measures().get(0).text()).startsWith("加快重大项目建设").endsWith("按职责分工负责)");
        assertThat(bundle.sections()).extracting(s -> s.title()).contains("稳住经济大盘", "扩大有效投资");
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)1")).containsExactly(uncurated(bundle, "省发展改革委"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)1"))
                .containsExactlyInAnyOrder(uncurated(bundle, "省交通运输厅"), uncurated(bundle, "省水利厅"));
        // no 牵头: every body named carries the task
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)2"))
                .containsExactlyInAnyOrder(uncurated(bundle, "省财政厅"), uncurated(bundle, "省发展改革委"));
        // 等相关部门 is a generic actor of its own; 按职责分工负责 is no part of a name
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)3"))
                .containsExactlyInAnyOrder(uncurated(bundle, "省统计局"), generic("相关部门"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .noneMatch(n -> n.contains("按职责分工"));
        // every quote is verbatim from the one line
        assertThat(bundle.measures()).allSatisfy(m -> assertThat(flatText).contains(m.source().quote()));
    }

    @Test
    void aTextWhoseLinesOpenWithOutlineNumbersKeepsItsLines() {
        String line = "1.加快重大项目建设。" + "推进一批交通水利工程开工，年内完成投资 2.5亿元，确保按期建成。".repeat(12)
                + " 2.用好专项债券。 (一)扩大投资。";
        SourceText text = new SourceText("t", "一、稳住经济大盘\n" + line);
        assertThat(text.lines()).hasSize(2);
        // a long line with outline numbers after white space, in a text that numbers no line: read as several lines
        SourceText flat = new SourceText("t", "通知正文。 一、稳住经济大盘 " + line);
        assertThat(flat.lines()).extracting(SourceText.Line::text)
                .startsWith("通知正文。", "一、稳住经济大盘", "1.加快重大项目建设。" + "推进一批交通水利工程开工，年内完成投资 2.5亿元，确保按期建成。"
                        .repeat(12));
        assertThat(flat.lines().get(3).text()).isEqualTo("2.用好专项债券。");
    }

    @Test
    void aFlatPageWithoutSpacesOrChaptersIsReadByItsNumberedItems() {
        String flat = "某市人民政府办公室关于分解重点工作的通知。各单位要抓好落实，按季度报送进展情况，确保各项工作如期完成，年底前报告全年"
                + "落实情况。1.加快重大项目建设，推进一批交通水利工程开工。(市发展改革委牵头,市交通运输局配合)2.用好地方政府专项债券，"
                + "提高资金使用效率，加快支出进度。(市财政局负责)3.稳定工业生产，支持企业满负荷运转，稳住工业增长。(市经信局牵头)";
        DocumentBundle bundle = plan(flat);
        assertThat(bundle.measures()).hasSize(3);
        assertThat(bundle.measures().get(1).text()).isEqualTo("用好地方政府专项债券，提高资金使用效率，加快支出进度。(市财政局负责)");
        assertThat(from(bundle, LinkType.LEADS, bundle.measures().get(1).id())).containsExactly("wh-finance");
        // one figure after a sentence is no list: the line stays one
        String prose = "全年经济运行总体平稳，主要指标好于预期，发展质量稳步提升，民生保障持续加强，各项改革扎实推进。".repeat(4)
                + "1.5万户企业受益。";
        assertThat(new SourceText("t", prose).lines()).hasSize(1);
    }

    @Test
    void levelsListedBeforeTheirSharedBodyNameOneSetOfGovernments() {
        DocumentBundle bundle = plan("""
                一、稳住经济大盘
                1.加快重大项目建设。(牵头单位:市发展改革委;责任单位:市统计局,各县、市、区人民政府)
                2.稳定工业生产。(牵头单位:市经信局;责任单位:各乡、镇人民政府,市直有关部门、单位)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).contains(generic("各县、市、区人民政府"))
                .doesNotContain(generic("各县"), generic("各县、市"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2"))
                .contains(generic("各乡、镇人民政府"), generic("市直有关部门、单位"))
                .doesNotContain(generic("市直有关部门"));
        assertThat(bundle.recognisedGenericActors()).extracting(GenericActorRecord::name)
                .contains("各县、市、区人民政府", "各乡、镇人民政府", "市直有关部门、单位");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .doesNotContain("区人民政府", "镇人民政府");
    }

    @Test
    void aNameListedWithoutTheKindItSharesWithTheNextNameIsABody() {
        DocumentBundle bundle = plan("""
                一、稳住经济大盘
                1.加快重大项目建设。(牵头单位:市发展改革委;责任单位:市统计局,青山、白水管理区)
                2.稳定工业生产。(牵头单位:市经信局;责任单位:市统计局,青山林场)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .contains(uncurated(bundle, "青山"), uncurated(bundle, "白水管理区"));
        // alone, a name not shaped like a body stays a warning
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).doesNotContain("青山林场");
        assertThat(List.of(ENDINGS.kindWord("白水管理区"), ENDINGS.kindWord("市商务局")))
                .containsExactly("管理区", "局");
    }

    @Test
    void wordsAroundTheNamesOfANoteAreNoPartOfThem() {
        DocumentBundle bundle = plan("""
                一、推进科技创新(由市科技局牵头)
                1.加快重大项目建设。(市人力社保局、市农业农村局分别牵头)
                2.稳定工业生产。(牵头单位:市经信局;配合单位:市财政局等市级有关部门)
                3.建设产业园区。(牵头单位:市经信局;责任单位:新材料产业园、高端装备产业园等)
                """);
        // 市科技局 is a curated body of the vocabulary
        assertThat(from(bundle, LinkType.LEADS, "plan/一")).containsExactly("wh-sci");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .doesNotContain("由市科技局", "市农业农村局分别", "市财政局等市级有关部门");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).hasSize(2);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).hasSize(2).contains(generic("市级有关部门"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3"))
                .containsExactlyInAnyOrder(uncurated(bundle, "新材料产业园"), uncurated(bundle, "高端装备产业园"));
    }

    @Test
    void anOwnedOrFieldedSetOfBodiesIsAGenericActor() {
        DepartmentResolver resolver = new DepartmentResolver(VocabularyReader.read(SeedSource.directory(RealSeed.ROOT)), "武汉市");
        assertThat(resolver.genericActor("区属各重点国企")).map(GenericActorRecord::kind).contains("ENTERPRISES");
        assertThat(resolver.genericActor("各产业主管部门")).map(GenericActorRecord::kind).contains("DEPARTMENTS");
        assertThat(resolver.genericActor("各乡、镇人民政府")).map(GenericActorRecord::kind)
                .contains("LOCAL_GOVERNMENTS");
        // a note's name may open with the committee owning its bodies, named in full
        assertThat(resolver.genericActor("市经济运行监测联席会议其他成员单位")).map(GenericActorRecord::kind)
                .contains("DEPARTMENTS");
        assertThat(resolver.genericActor("市经济运行监测联席会议")).isEmpty();
        // in running text a committee's name has no known start: no phrase is read from one
        GenericActorGrammar grammar = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT)).genericActorGrammar();
        String sentence = "建立市经济运行监测联席会议其他成员单位";
        assertThat(grammar.at(sentence, 0, sentence.length())).isEmpty();
        // two kinds of body listed with 、 are two actors, not one
        assertThat(resolver.genericActor("市直有关部门、单位")).isPresent();
        assertThat(resolver.genericActor("属地区政府、管委会")).isEmpty();
        // 各乡 opening another word is no actor
        assertThat(resolver.genericActor("各乡村")).isEmpty();
    }
}
