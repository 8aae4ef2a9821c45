package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;

/**
 * Layouts that print who leads and who supports in other ways than a bracketed note: a sign on the lead's name, a
 * labelled block one cell a line (a web table copied as text), a 部门分工 line, a note saying the first body listed
 * leads. The texts are written for the tests.
 */
class ResponsibilityLayoutsTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static DocumentBundle read(String title, String body) {
        return SubmittedPlans.read("split", title, title + "\n" + body);
    }


    @Test
    void aSignOnANameMarksTheLeadAndTheOtherBodiesOfTheListSupport() {
        DocumentBundle bundle = read("某市重点工作责任分解", """
                （标▲的为牵头单位）
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                责任单位：市发展改革委▲、市财政局
                2.提振消费。开展促消费活动。
                责任单位：★市商务局、市财政局
                3.优化营商环境。深化改革。（责任单位：市财政局、市商务局▲）
                4.扩大开放。办好展会。（责任单位：市财政局 ▲、市商务局）
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一3")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一4")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一4")).containsExactly("wh-commerce");
        assertThat(bundle.uncuratedBodies()).noneMatch(b -> b.name().contains("▲") || b.name().contains("★"));
    }

    @Test
    void aKnownNameInsideTheNameOfABodyOfAnotherLevelIsNotThatBody() {
        // 发展改革委 alone is the municipal commission (an alias); 省发展改革委 is the province's, 区商务局 a district's.
        DocumentBundle bundle = read("某省重点工作分工", """
                一、主要目标
                1.地区生产总值增长6%以上。
                部门分工：省发展改革委牵头，各地、各部门配合。
                2.社会消费品零售总额增长5%。
                部门分工：区商务局牵头。
                3.固定资产投资增长8%左右。
                部门分工：由市发展改革委牵头，市财政局配合。
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).doesNotContain("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).doesNotContain("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一3")).containsExactly("wh-finance");
    }

    @Test
    void aSignAlsoSeparatesNamesACellPrintedOneALineRunsTogether() {
        assertThat(ResponsibilityCell.parse(ENDINGS, "市发展改革委▲市财政局")).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市发展改革委"),
                new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市财政局"));
        assertThat(ResponsibilityCell.parse(ENDINGS, "▲市商务局市财政局、市发展改革委")).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局市财政局"),
                new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市发展改革委"));
        assertThat(ResponsibilityCell.parse(ENDINGS, "市财政局、▲市商务局")).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市财政局"),
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局"));
    }

    @Test
    void aSignTheTextDeclaresMarksTheLeadOnlyWhereItIsDeclared() {
        DocumentBundle declared = read("某市重点工作责任分解", """
                一、重点工作（带*号的为牵头单位）
                1.加快项目建设。推进重点项目开工。（责任单位：市财政局、市发展改革委*）
                """);
        assertThat(from(declared, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(declared, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-finance");
    }

    @Test
    void anUndeclaredAsteriskClosingANameOfAListMarksTheLead() {
        DocumentBundle bundle = read("某区重点工作责任分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。（责任单位：市财政局、市发展改革委*）
                2.提振消费。开展促消费活动。（责任单位：市商务局＊、市财政局）
                3.优化营商环境。深化改革。（责任单位：市商务局、市财政局）
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-commerce", "wh-finance");
        // no list, or no name before it: the asterisk is left as printed
        assertThat(ResponsibilityCell.withDeclaredLeadSign("区政府办公室*", null)).isEqualTo("区政府办公室*");
        assertThat(ResponsibilityCell.withDeclaredLeadSign("区财政局、区发改局（*注）", null))
                .isEqualTo("区财政局、区发改局（*注）");
        assertThat(ResponsibilityCell.withDeclaredLeadSign("区政府办公室*、区财政局", null))
                .isEqualTo("区政府办公室▲、区财政局");
    }

    @Test
    void aSentenceOpeningWithYouListsItsBodiesAcrossCommasUpToTheVerb() {
        DocumentBundle bundle = read("某市重点工作任务分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                由市发展改革委，市财政局、市商务局负责落实
                2.提振消费。开展促消费活动。由市发展改革委负责，市财政局、市商务局配合。
                3.优化营商环境。深化改革，市发展改革委，市财政局负责落实。
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactlyInAnyOrder("wh-ndrc", "wh-finance",
                "wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactlyInAnyOrder("wh-finance", "wh-commerce");
        // without the opening 由 a comma still ends the list
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-finance");
    }

    @Test
    void aLabelledBlockPrintedOneCellALineGivesItsRoles() {
        DocumentBundle bundle = read("某区重点工作任务分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                牵头单位
                市发展改革委
                配合单位
                市财政局、市商务局
                2.提振消费。开展促消费活动。
                责任单位
                市商务局
                市财政局
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).isEmpty();
    }

    @Test
    void aLabelledBlockWithABlankLineBetweenItsCellsIsOneNote() {
        DocumentBundle bundle = read("某区重点工作任务分解", """
                一、重点工作
                （一）加快项目建设。推进重点项目开工。

                责任单位

                市财政局

                牵头单位

                市发展改革委

                （二）提振消费。开展促消费活动。
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一(一)")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一(一)")).containsExactly("wh-finance");
    }

    @Test
    void aDivisionLineAfterAnItemGivesItsRolesAndTheLeaderInChargeIsNoBody() {
        String body = """
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                分管省领导：张某某
                部门分工：市发展改革委牵头，各地、各部门配合
                2.提振消费。开展促消费活动。
                分管领导：李某某
                市商务局牵头，市财政局、市发展改革委配合
                """;
        DocumentBundle bundle = read("某市重点工作任务分工", body);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactly("wh-finance", "wh-ndrc");
        assertThat(bundle.uncuratedBodies()).noneMatch(b -> b.name().contains("张某某") || b.name().contains("李某某")
                || b.name().contains("领导"));
        assertThat(bundle.measures()).filteredOn(m -> m.id().equals("split/一1")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("分管省领导：张某某"));
    }

    @Test
    void aNoteThatTheFirstBodyListedLeadsIsReadInItsCommonWordings() {
        for (String note : List.of("列第一位的为牵头部门", "排在首位的为牵头单位", "第一个单位为牵头单位",
                "排名第一的单位为牵头单位", "列第一位者为牵头单位")) {
            DocumentBundle bundle = read("某市重点工作责任分解", "注：各项任务中" + note + "。\n" + """
                    一、重点工作
                    1.建立企业参与的政策决策机制。（责任单位：市财政局、市商务局）
                    2.加快兑现支持企业政策。（责任单位：市商务局、市发展改革委、市财政局）
                    """);
            assertThat(from(bundle, LinkType.LEADS, "split/一1")).as(note).containsExactly("wh-finance");
            assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).as(note).containsExactly("wh-commerce");
            assertThat(from(bundle, LinkType.LEADS, "split/一2")).as(note).containsExactly("wh-commerce");
            assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).as(note).containsExactly("wh-finance", "wh-ndrc");
        }
    }

    @Test
    void aLineOfASentenceEndingInLeadsIsNoDivisionLine() {
        DocumentBundle bundle = read("某市重点工作任务分工", """
                一、重点工作
                1.加快项目建设。推进重点项目开工，
                加快推进跨境电商发展，由市商务局牵头
                建立协调机制。
                """);
        // the sentence says who leads (由X牵头, read as prose); its clause before is no body
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).isEmpty();
        assertThat(bundle.uncuratedBodies()).noneMatch(b -> b.name().contains("跨境电商"));
    }

    @Test
    void aTableOfResponsibleBodiesReadsTheFirstListedAsLeadWhereTheTextSaysSo() {
        DocumentBundle bundle = read("某市重点工作责任分解", """
                说明：责任单位排在首位的为牵头单位。
                一、重点工作
                | 序号 | 工作任务 | 责任单位 |
                | 1 | 建立企业参与的政策决策机制。 | 市财政局、市商务局 |
                """);
        List<String> leads = bundle.links().stream().filter(l -> l.type() == LinkType.LEADS)
                .map(LinkRecord::fromId).toList();
        List<String> supports = bundle.links().stream().filter(l -> l.type() == LinkType.SUPPORTS)
                .map(LinkRecord::fromId).toList();
        assertThat(leads).containsExactly("wh-finance");
        assertThat(supports).containsExactly("wh-commerce");
    }

    @Test
    void withoutSuchANoteEveryBodyOfAResponsibleListLeads() {
        DocumentBundle bundle = read("某市重点工作责任分解", """
                一、重点工作
                1.建立企业参与的政策决策机制。（责任单位：市财政局、市商务局）
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).isEmpty();
    }

    @Test
    void aLeadNotePrintedUnderAnAnnexedPlansTitleLeadsThatPlan() {
        String plan = "某县国土空间规划引领高质量发展专项行动方案";
        for (String under : List.of(
                "为贯彻落实全县新型城镇化工作要求,有效发挥规划引领作用,特制定本行动方案。\n一、总体要求\n",
                "一、总体要求\n")) { // with the plan's preamble, and without one
            DocumentBundle bundle = SubmittedPlans.read("annexed", "某县五大专项行动方案", """
                    某县人民政府办公室关于印发某县五大专项行动方案的通知
                    各镇人民政府,县政府有关部门:
                    五个专项行动方案已经县政府同意,现印发给你们,请认真抓好贯彻落实。
                    附件1
                    某县国土空间规划引领高质量发展专项行动方案
                    (县自然资源局牵头)
                    """ + under + """
                    编制国土空间规划,要坚持新发展理念,坚持以人民为中心,提高规划的战略性和权威性。
                    """);
            java.util.Map<String, String> names = new java.util.HashMap<>();
            bundle.uncuratedBodies().forEach(b -> names.put(b.id(), b.name()));
            String section = bundle.sections().stream().filter(s -> plan.equals(s.title())).findFirst()
                    .orElseThrow().id();
            assertThat(from(bundle, LinkType.LEADS, section)).extracting(id -> names.getOrDefault(id, id))
                    .as(under).containsExactly("县自然资源局");
        }
    }
}
