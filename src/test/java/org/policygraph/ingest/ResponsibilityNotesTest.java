package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.UncuratedBodyRecord;

/** Responsibility notes of task lists in the common layouts; the texts here are written for the tests. */
class ResponsibilityNotesTest {

    private static DocumentBundle read(String title, String body) {
        return new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission("split", "outline", title, title + "\n" + body), EditorAliases.none())
                .bundle();
    }

    private static java.util.List<String> from(DocumentBundle bundle, LinkType type, String target) {
        return bundle.links().stream().filter(l -> l.type() == type && l.toId().equals(target))
                .map(LinkRecord::fromId).sorted().toList();
    }

    @Test
    void aListWhoseFirstBodyIsSaidToLeadGivesTheOthersASharedPartAndTheRuleHoldsForLaterLists() {
        DocumentBundle bundle = read("某市重点工作责任分解", """
                一、重点工作
                1.建立企业参与的政策决策机制。
                责任单位:市财政局、市商务局(列第一位者为牵头或汇总单位,下同)
                2.加快兑现支持企业政策。
                责任单位:市商务局、市财政局
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactly("wh-finance");
        assertThat(bundle.warnings()).noneMatch(w -> w.contains("列第一位"));
    }


    @Test
    void aListClosedByItsVerbBeforeTheLabelOfANoteGivesItsOwnRoles() {
        DocumentBundle bundle = read("某市降碳工作实施方案", """
                （一）推进产业结构优化调整
                1.加强准入管理。严格落实产业政策。〔市商务局、市财政局等按职责分工负责。责任单位：各县（市、区）人民政府。以下均需各县（市、区）人民政府落实，不再列出。〕
                2.推进节能审查。加强节能审查。〔2025年底前完成。责任单位：市商务局〕
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/(一)1")).filteredOn(id -> id.startsWith("wh-"))
                .containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/(一)1")).hasSize(3);
        assertThat(from(bundle, LinkType.SUPPORTS, "split/(一)1")).isEmpty();
        // a remark before the label names no one (the generic actor is the one 以下均需 carries to later items)
        assertThat(from(bundle, LinkType.LEADS, "split/(一)2")).filteredOn(id -> id.startsWith("wh-"))
                .containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "split/(一)2")).hasSize(2);
    }

    /**
     * A livelihood-project list closes each item with the departments in charge, "(主管部门:X、Y)" (tuning text
     * meizhou-2023-ten-livelihood-projects-draft-consultation); the family of such labels (主管单位, 承担单位, 责任处室 …) is
     * data. Without a 牵头 every body named leads.
     */
    @Test
    void theDepartmentsInChargeClosingAnItemLeadIt() {
        DocumentBundle bundle = read("2023年市十件民生实事初步遴选项目", """
                一、优化生育支持政策。新增公办幼儿园学位1200个。建设1个城乡学前教育一体化管理资源中心,以乡镇中心幼儿园带动镇域内幼儿园开展教研活动、规范园所管理、提高办园质量。(主管部门:市卫生健康局、市教育局)
                二、大力推动健康养老服务体系建设。新增1-2个社区(村居)心理关爱项目点。(主管部门:市民政局)
                三、完善就业服务。新增城镇就业岗位1000个。(承担单位:市财政局、市商务局)
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一")).hasSize(2).contains("wh-education");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).contains("市卫生健康局");
        assertThat(from(bundle, LinkType.LEADS, "split/二")).containsExactly("wh-civil-affairs");
        assertThat(from(bundle, LinkType.LEADS, "split/三")).containsExactly("wh-commerce", "wh-finance");
        assertThat(bundle.links()).noneMatch(l -> l.type() == LinkType.SUPPORTS);
    }

    /**
     * "(牵头单位:县河长办,配合单位:各乡(镇)政府。以下均需各乡(镇)政府负责,不再列出。)" (tuning text
     * hukou-2024-river-lake-chief-work-points): the standing note repeats the 配合单位 for every later task without listing
     * it again, so the generic actor supports there as here, although the remark says 负责.
     */
    @Test
    void aStandingNoteKeepsTheRoleItsLabelGaveTheActorItRepeats() {
        DocumentBundle bundle = read("2024年度河湖长制工作要点", """
                一、持续强化河湖长制,压实各级工作责任
                (一)压实河湖长责任。进一步强化河湖长制组织体系和责任体系。(牵头单位:市商务局,配合单位:各乡(镇)政府。以下均需各乡(镇)政府负责,不再列出。)
                (二)强化河长办职能作用。完善河湖长动态调整机制。(牵头单位:市财政局,配合单位:各有关县级责任单位。)
                (三)强化工作协同及司法衔接。完善跨区域河湖管理保护协作机制。
                """);
        String towns = VocabularyReader.genericActorId("各乡(镇)政府");
        for (String item : List.of("split/一(一)", "split/一(二)", "split/一(三)")) {
            assertThat(from(bundle, LinkType.SUPPORTS, item)).contains(towns);
            assertThat(from(bundle, LinkType.LEADS, item)).doesNotContain(towns);
        }
    }

    @Test
    void peoplesOrganisationsNamedShortAreBodies() {
        String title = "某市重点工作责任分解";
        String text = title + """

                一、重点工作
                1.建立企业参与的政策决策机制。
                责任单位:某市财政局、工商联、科协、妇联
                """;
        DocumentBundle bundle = new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission("split", "outline", title, text), EditorAliases.none()).bundle();
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .contains("某市财政局", "工商联", "科协", "妇联");
        assertThat(bundle.links()).filteredOn(l -> l.type() == LinkType.LEADS && l.toId().equals("split/一1"))
                .extracting(LinkRecord::fromId).hasSize(4);
    }

    @Test
    void leadAndCoOperatingLabelsOfEveryCommonSpellingGiveTheirRoles() {
        DocumentBundle bundle = read("某县政府工作报告目标任务分解", """
                一、重点工作
                1.加快项目建设。推进重点项目开工。(牵头责任单位:市发展改革委;协同责任单位:市财政局、市商务局)
                2.提振消费。开展促消费活动。
                主要责任单位:市商务局
                其他责任单位:市财政局
                3.优化营商环境。深化改革。(主办单位:市财政局 协作单位:市商务局)
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).containsExactly("wh-commerce", "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一3")).containsExactly("wh-commerce");
    }

    @Test
    void aLabelOpeningWithAQualifierKeepsTheLabelsRole() {
        DocumentBundle bundle = read("某县政府工作报告任务分解", """
                1.提振消费,开展促消费活动。

                牵头责任单位:市商务局

                主要协作单位:市财政局、各乡镇人民政府

                2.优化营商环境。
                主要牵头单位:市财政局
                主要配合单位:市商务局
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/1")).hasSize(2).contains("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "split/2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/2")).containsExactly("wh-commerce");
    }

    @Test
    void aLabelledLineWhoseNamesWrapOntoTheNextLineKeepsThemAll() {
        DocumentBundle bundle = read("某市重点工作任务分解方案", """
                一、提高基层党建工作水平
                1.完善街道党工委对地区治理重大工作的领导体制机制,优
                化决策程序。
                牵头单位:市商务局
                协办单位:市财政局、某某园区党工
                委、各街道党工委
                2.推动将党的领导写入各类组织章程。
                牵头单位:市财政局、
                市商务局
                3.把党的主张转化为各类组织和群众的自觉行动。
                牵头单位:市财政局
                加快建设社区服务中心
                """);
        assertThat(from(bundle, LinkType.LEADS, "split/一1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "split/一1")).hasSize(3).contains("wh-finance");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).contains("某某园区党工委")
                .doesNotContain("某某园区党工", "委");
        assertThat(from(bundle, LinkType.LEADS, "split/一2")).containsExactly("wh-commerce", "wh-finance");
        // a line that names nothing after the label's is no part of it
        assertThat(from(bundle, LinkType.LEADS, "split/一3")).containsExactly("wh-finance");
    }

    @Test
    void aBracketOfBareNamesWhoseLaterNamesLeaveTheFirstOnesLevelOutNamesThemAll() {
        DocumentBundle bundle = read("某市重点工作分解落实方案", """
                综合目标分解
                1、地区生产总值增长6.5%;一般公共预算收入增长5%。(市发展改革委、财政局、税务局)
                """);
        String item = bundle.measures().get(0).id();
        assertThat(from(bundle, LinkType.LEADS, item)).hasSize(3).contains("wh-ndrc");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactlyInAnyOrder("财政局", "税务局");
    }
}
