package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Items whose layout says who does them, whatever chapter they stand in: labelled lines under the item, a line of its
 * own "由X、Y负责落实", a note in square brackets holding round ones; and the names such lists print: an office with its
 * second name in brackets (县发改局(粮食局)), a bare level after a generic actor opening with 各 (各开发区、镇(街道)). The
 * plans are written for the test.
 */
class AssignedItemsTest {

    private static DocumentBundle read(String title, String body) {
        return SubmittedPlans.read("split", title, title + "\n" + body);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    /** The id of the uncurated body {@code name} of the plan read into {@code bundle} (scoped by its place). */
    private static String uncurated(DocumentBundle bundle, String name) {
        return UnknownBodies.idOf(bundle.document().place(), bundle.document().id(), name);
    }

    @Test
    void anItemUnderAGoalsChapterThatSaysWhoDoesItIsATask() {
        // labelled lines without blank lines between them, half-width colons, the leader in charge on a line of its own
        DocumentBundle labelled = read("某县政府工作报告任务分解方案", """
                一、经济社会发展主要目标
                1.地区生产总值增长6%以上。
                牵头领导:张某
                牵头单位:市发展改革委
                责任单位:市财政局,各有关部门
                2.社会消费品零售总额增长8%。
                牵头单位:市商务局
                """);
        assertThat(labelled.measures()).extracting(MeasureRecord::id).containsExactly("split/一1", "split/一2");
        assertThat(from(labelled, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(labelled, LinkType.SUPPORTS, "split/一1")).containsExactlyInAnyOrder("wh-finance",
                generic("各有关部门"));
        assertThat(from(labelled, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");

        // the same goals, each followed by a line saying who carries it out
        DocumentBundle carried = read("某市重点工作分解", """
                一、发展目标
                1.固定资产投资增长10%。
                由市发展改革委、市财政局负责落实
                2.外贸进出口总额增长5%。
                由市商务局负责。
                """);
        assertThat(carried.measures()).extracting(MeasureRecord::id).containsExactly("split/一1", "split/一2");
        assertThat(from(carried, LinkType.LEADS, "split/一1")).containsExactly("wh-finance", "wh-ndrc");
        assertThat(from(carried, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");

        // a goal closed by a note in square brackets that holds round ones
        DocumentBundle squared = read("某区目标任务责任分解", """
                一、主要目标
                （一）地区生产总值增长7%。[牵头单位:市发展改革委(市粮食局);责任单位:市财政局]
                （二）一般公共预算收入增长5%。【牵头单位：市财政局；配合单位：市商务局（市口岸办）】
                """);
        assertThat(squared.measures()).extracting(MeasureRecord::id).containsExactly("split/一(一)", "split/一(二)");
        assertThat(from(squared, LinkType.LEADS, "split/一(一)")).containsExactly("wh-ndrc");
        assertThat(from(squared, LinkType.SUPPORTS, "split/一(一)")).containsExactly("wh-finance");
        assertThat(from(squared, LinkType.LEADS, "split/一(二)")).containsExactly("wh-finance");
        assertThat(from(squared, LinkType.SUPPORTS, "split/一(二)")).containsExactly("wh-commerce");
    }

    @Test
    void anItemOfAGoalsOrReviewChapterThatNamesNoOneStaysASection() {
        DocumentBundle bundle = read("某市经济社会发展计划", """
                一、发展基础
                1.经济运行稳中有进。地区生产总值增长6%。
                市发展改革委负责统筹，各项工作有序推进。
                2.由于投资放缓，固定资产投资下降2%。
                由此带来的压力仍然较大
                二、主要目标
                1.地区生产总值增长6%左右。
                """);
        assertThat(bundle.measures()).isEmpty();
        assertThat(bundle.sections()).extracting(SectionRecord::id).contains("split/一1", "split/一2", "split/二1");
    }

    @Test
    void aLineOpeningWithYouListsEveryBodyThatCarriesOutTheTask() {
        DocumentBundle bundle = read("某市重点工作分解", """
                一、重点工作
                1.抓好重点项目建设。加快项目开工。
                由市发展改革委,各区人民政府,甲乙开发区管委会负责落实
                2.完成铁路改造。开通旅客列车。
                由丙丁铁路公司、市发展改革委,戊己区、庚辛市、壬癸县人民政府负责实施。
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactlyInAnyOrder("wh-ndrc",
                generic("各区人民政府"), uncurated(bundle, "甲乙开发区管委会"));
        // places sharing the kind of body the last of them prints: each a government of its own
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactlyInAnyOrder("wh-ndrc",
                uncurated(bundle, "丙丁铁路公司"), uncurated(bundle, "戊己区"), uncurated(bundle, "庚辛市"), uncurated(bundle, "壬癸县人民政府"));
        assertThat(bundle.links()).noneMatch(l -> l.type() == LinkType.SUPPORTS);
    }

    @Test
    void anOfficePrintingItsSecondNameInBracketsIsTheOfficeItsFirstNameNames() {
        DocumentBundle bundle = read("某县重点工作责任分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。（牵头单位：市财政局（市国资委）；责任单位：甲县发改局(甲县粮食局)）
                2.建设产业园区。完善园区配套。
                责任单位：乙乙高新园(丙丙镇)、丁丁开发区管委会（戊戊镇）
                3.新建学校一所。
                责任单位：区教体局(区国投公司代建)
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly(uncurated(bundle, "甲县发改局"));
        // a place in the bracket says where the body is, a remark what it does: the name stays as printed
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .contains("丁丁开发区管委会（戊戊镇）")
                .doesNotContain("甲县发改局(甲县粮食局)", "丁丁开发区管委会", "区教体局");
    }

    @Test
    void aZonePrintingItsSecondPlateInBracketsIsTheZoneItsFirstNameNames() {
        // a zone named by the zone alone carries a second plate as an office does: 甲甲科技城(乙乙园) is 甲甲科技城
        DocumentBundle bundle = read("某区重点工作任务分解", """
                一、重点工作
                1.建设创新载体。推进重点项目建设。
                牵头单位:甲甲科技城(海丙园)
                2.建设产业园区。完善园区配套。
                牵头单位:丁丁新城(戊戊镇)
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly(uncurated(bundle, "甲甲科技城"));
        // a place in the bracket says where the zone is: the name stays as printed
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .contains("丁丁新城(戊戊镇)").doesNotContain("甲甲科技城(海丙园)");
    }

    @Test
    void aBareLevelListedAfterAGenericActorOpeningWithGeShareItsGe() {
        DocumentBundle bundle = read("某市重点工作任务分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                牵头单位:市发展改革委
                责任单位:各有关部门,各开发区、镇(街道)
                2.提振消费。开展促消费活动。
                责任单位:各街道、社区,市财政局
                3.优化营商环境。深化改革。
                责任单位:各区人民政府、甲乙公司、市商务局
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactlyInAnyOrder(generic("各有关部门"),
                generic("各开发区"), generic("镇(街道)"));
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactlyInAnyOrder(generic("各街道"),
                generic("社区"), "wh-finance");
        // a body after the generic actor is a body: 各 covers no name of its own
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactlyInAnyOrder(generic("各区人民政府"),
                "wh-commerce", uncurated(bundle, "甲乙公司"));
        assertThat(bundle.recognisedGenericActors()).extracting(GenericActorRecord::name)
                .contains("镇(街道)", "社区").doesNotContain("甲乙公司", "市商务局");
    }

    @Test
    void namesJoinedByAConjunctionAreSplitByOneRuleInTablesAndNotesAlike() {
        DocumentBundle table = SubmittedPlans.read("joined", "某县重点工作任务分工方案", "某县重点工作任务分工方案\n" + """
                序号 | 主要任务 | 牵头单位 | 配合单位 |
                1 | 推进重点项目建设，全年完成投资50亿元。 | 市发展改革委 | 市财政局和市直各单位 |
                2 | 优化营商环境，压缩审批时限。 | 市商务局 | 甲乙市和丙丁区人民政府 |
                3 | 改造老旧小区。 | 市住房和城乡建设局 | 市发展和改革委员会 |
                """);
        DocumentBundle notes = read("某市重点工作责任分解", """
                一、重点工作
                1.推进重点项目建设。全年完成投资50亿元。（牵头单位：市发展改革委；配合单位：市财政局和市直各单位）
                2.优化营商环境。压缩审批时限。（牵头单位：市商务局；配合单位：甲乙市和丙丁区人民政府）
                3.改造老旧小区。（牵头单位：市住房和城乡建设局；配合单位：市发展和改革委员会）
                """);
        for (DocumentBundle bundle : java.util.List.of(table, notes)) {
            java.util.List<String> supporting = bundle.links().stream().filter(l -> l.type() == LinkType.SUPPORTS)
                    .map(org.policygraph.model.LinkRecord::fromId).toList();
            assertThat(supporting).contains("wh-finance", generic("市直各单位"), uncurated(bundle, "丙丁区人民政府"));
            // a name holding the word is one name: 市住房 and 市发展 name nothing
            assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                    .contains("市住房和城乡建设局")
                    .doesNotContain("市住房", "城乡建设局", "市发展", "甲乙市和丙丁区人民政府", "市财政局和市直各单位");
        }
    }

    @Test
    void aNameBrokenBySpacesMoreThanOnceIsOneNameAndAResearchOfficeIsABody() {
        DocumentBundle bundle = read("某市重点工作任务分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。
                责任单位: 市财政局、甲乙山 管委 会
                2.提振消费。开展促消费活动。
                责任单位: 庚辛 市委 员会 市商务局
                3.优化营商环境。深化改革。
                责任单位: 丙丁山 管委、会展中心
                4.加强政策研究。（牵头单位：市委政研室、市政府研究室）
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactlyInAnyOrder("wh-finance",
                uncurated(bundle, "甲乙山管委会"));
        // a piece that is a name of its own ends the broken name
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactlyInAnyOrder("wh-commerce",
                uncurated(bundle, "庚辛市委员会"));
        // names a separator divides are never joined
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactlyInAnyOrder(uncurated(bundle, "丙丁山管委"),
                uncurated(bundle, "会展中心"));
        assertThat(from(bundle, LinkType.LEADS, "split/一4")).containsExactlyInAnyOrder(uncurated(bundle, "市委政研室"),
                uncurated(bundle, "市政府研究室"));
    }

    @Test
    void aListNamingTheFieldOfItsQuantifiedBodiesBeforeTheirRoleIsAGenericActor() {
        DocumentBundle bundle = read("某市重点工作任务分解", """
                一、重点工作
                1.其他主要经济指标增速不低于全市平均水平。
                牵头单位:各主要经济指标牵头单位
                2.完成各项专项行动。
                责任单位：市商务局、各专项行动责任部门
                3.加快项目建设。推进重点项目开工。
                牵头单位:各主要经济指标
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly(generic("各主要经济指标牵头单位"));
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactlyInAnyOrder("wh-commerce",
                generic("各专项行动责任部门"));
        // a field without the role and kind of its bodies names no set of bodies
        assertThat(bundle.links()).noneMatch(l -> l.toId().equals("split/一3"));
    }
}
