package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.LinkType;

/**
 * Generic actors (各街道办事处, 区级相关部门, 全区…各专班 …) are recognised from their parts
 * (graph-seed/vocabulary/generic-actor-parts.tsv), not only from a list of phrases: read as printed, as long as they
 * go, typed, and kept as GenericActor roles with their quote. The plans here are written for the test.
 */
class GenericActorRolesTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static final SeedVocabulary VOCABULARY = VocabularyReader.read(SeedSource.directory(RealSeed.ROOT));

    private static final String TITLE = "某区稳增长工作方案";

    private static DocumentBundle plan(String text) {
        return SubmittedPlans.read("plan", TITLE, TITLE + "\n" + text);
    }

    private static String id(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }


    private static String kind(String printed) {
        return new DepartmentResolver(VOCABULARY, "武汉市").genericActor(printed).map(GenericActorRecord::kind).orElse(null);
    }

    @Test
    void aPhraseBuiltFromAScopeAndAKindOfBodyIsAGenericActorOfThatKind() {
        assertThat(kind("区级相关部门")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各街道办事处")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("相关市(州)人民政府")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各县区人民政府")).isEqualTo("DISTRICT_GOVERNMENTS");
        assertThat(kind("全区经济运行各专班")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各区各部门")).isEqualTo("DEPARTMENTS");
        assertThat(kind("相关行业协会")).isEqualTo("ASSOCIATIONS");
        assertThat(kind("市政府分管领导")).isEqualTo("LEADERSHIP");
        assertThat(kind("各乡镇")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各乡镇（街道）")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各镇(街道)人民政府(办事处)")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("省级有关部门（单位）")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各县市区")).isEqualTo("DISTRICT_GOVERNMENTS");
        assertThat(kind("属地镇街")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各地各部门")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各街道板块")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各街道党工委")).isEqualTo("LOCAL_GOVERNMENTS");
        // angle brackets where a note cannot hold round ones
        assertThat(kind("各县<市、区>人民政府")).isEqualTo("DISTRICT_GOVERNMENTS");
        // a working group named in full owns the departments in it (a note's whole name)
        assertThat(kind("全县项目建设工作专班各部门")).isEqualTo("DEPARTMENTS");
        // a listed phrase keeps its curated kind
        assertThat(kind("各区人民政府")).isEqualTo("DISTRICT_GOVERNMENTS");
        // one body, or no body at all, is no generic actor
        assertThat(kind("区发改局")).isNull();
        assertThat(kind("相关")).isNull();
        assertThat(kind("各区域")).isNull();
        assertThat(kind("市场主体")).isNull();
    }

    @Test
    void aLevelsAlternativesMayStandInTortoiseShellBracketsAsANoteInRoundOnesPrintsThem() {
        assertThat(kind("各市〔州〕人民政府")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各县〔市、区、特区〕人民政府")).isEqualTo("DISTRICT_GOVERNMENTS");
        assertThat(kind("各县（市、区、特区）")).isEqualTo("DISTRICT_GOVERNMENTS");
        DocumentBundle bundle = plan("""
                一、加快项目建设
                1. 加强项目谋划储备。编制三年滚动投资计划。(牵头单位:区发改局;责任单位:区财政局,各市〔州〕人民政府、各县〔市、区、特区〕人民政府)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).contains(id("各市〔州〕人民政府"),
                id("各县〔市、区、特区〕人民政府"));
    }

    @Test
    void thePrinciplesOfAPlanChargeNoOneThoughTheyNameActors() {
        DocumentBundle bundle = plan("""
                一、基本原则
                ——统建共享，有序推进。市级统一建设共性基础，各区各部门协同配合市级统一建设并共享成果。
                二、重点任务
                1. 优化营商环境。深化“放管服”改革，提升政务服务效能。
                三、保障措施
                （一）加强统筹。各区各部门协同配合市级统一建设并共享成果。
                """);
        assertThat(bundle.links()).filteredOn(l -> l.toId().equals("plan/一")).isEmpty();
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/三(一)")).contains(id("各区各部门"));
    }

    @Test
    void aGenericActorInANoteIsReadWholeAndGetsItsNode() {
        DocumentBundle bundle = plan("""
                一、加快项目建设
                1. 加强项目谋划储备。编制三年滚动投资计划，建立投资项目信息化管理平台。(区发改局牵头,区财政局、区级相关部门,各街道办事处配合)
                2. 稳定经济运行。强化经济运行监测调度。(责任单位:区统计局,全区经济运行各专班)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).contains(id("区级相关部门"), id("各街道办事处"))
                .doesNotContain(id("各街道"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).contains(id("全区经济运行各专班"));
        assertThat(bundle.recognisedGenericActors()).extracting(GenericActorRecord::name)
                .contains("区级相关部门", "各街道办事处", "全区经济运行各专班");
        assertThat(bundle.recognisedGenericActors()).allSatisfy(g -> assertThat(g.note()).contains("not curated"));
        // a listed phrase is the vocabulary's node, never written again with the document
        assertThat(bundle.recognisedGenericActors()).extracting(GenericActorRecord::name).doesNotContain("各相关部门");
        assertThat(bundle.warnings()).noneMatch(w -> w.contains("各街道办事处") || w.contains("区级相关部门"));
    }

    @Test
    void proseGivesAGenericActorItsRoleByTheLongestPhrase() {
        DocumentBundle bundle = plan("""
                一、重点任务
                1. 优化营商环境。深化“放管服”改革，提升政务服务效能。
                二、保障措施
                （一）加强组织领导。各区各部门要认真研究，因地制宜制定具体化、可落地的落实措施。发挥好行业协会作用，鼓励开展贸易促进活动。各街道办事处配合做好项目服务。
                """);
        String section = "plan/二(一)";
        assertThat(from(bundle, LinkType.LEADS, section)).contains(id("各区各部门"));
        assertThat(from(bundle, LinkType.SUPPORTS, section)).contains(id("行业协会"), id("各街道办事处"))
                .doesNotContain(id("各街道"));
    }

    @Test
    void aSentenceOpeningWithABodyThatIsToDoSomethingChargesItUnlessItsVerbSaysMore() {
        DocumentBundle bundle = plan("""
                一、重点任务
                1. 优化营商环境。深化“放管服”改革，提升政务服务效能。
                二、保障措施
                （一）加强统筹。市商务局要加强统筹协调，健全工作机制。市财政局要加大资金支持力度。
                """);
        String section = "plan/二(一)";
        assertThat(from(bundle, LinkType.COORDINATES, section)).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, section)).containsExactly("wh-finance");
    }

    @Test
    void aPlansIntroductionExhortingItsAddresseesChargesNoBody() {
        // the paragraph between the title and the first chapter sets no task: "X要紧扣…" exhorts the addressees in
        // general, as a covering notice's "各地各部门要认真落实" does
        DocumentBundle bundle = plan("""
                2021年是开局之年,制定印发2021年工作要点,力争地区生产总值增长6%。各市人民政府及省有关部门要紧扣一体化和高质量两个关键词,大力推进区块链接。
                一、推动区域协调发展
                1.深入实施都市圈一体化发展行动计划,有序推动都市圈扩容提质。(省发展改革委牵头)
                """);
        assertThat(bundle.sections()).extracting(org.policygraph.model.SectionRecord::id).contains("plan/目标");
        assertThat(from(bundle, LinkType.LEADS, "plan/目标")).isEmpty();
    }

    @Test
    void aNameWithASeparatorInsideItsBracketsStaysOneName() {
        assertThat(ResponsibilityCell.names(ENDINGS, "市商务局、各县（市、区）人民政府、各县(市、区)"))
                .containsExactly("市商务局", "各县（市、区）人民政府", "各县(市、区)");
        DocumentBundle bundle = plan("""
                一、重点任务
                1. 培育消费新场景。推动商圈提档升级。（责任单位：市商务局、各县（市、区）人民政府）
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains("wh-commerce", id("各县（市、区）人民政府"));
    }

    @Test
    void aRemarkThatHoldsForWhatFollowsPutsItsActorsOnEveryLaterTask() {
        DocumentBundle bundle = plan("""
                一、深化改革
                （一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：市商务局按职责分工负责。具体任务均涉及相关市(州)人民政府，不再做分工，下同。〕
                （二）优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位：市市场监管局〕
                """);
        String cities = id("相关市(州)人民政府");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)")).contains(cities);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(二)")).contains(cities);
        // the later task's link quotes the remark where it is printed
        assertThat(bundle.links()).filteredOn(l -> l.fromId().equals(cities) && l.toId().equals("plan/一(二)"))
                .allSatisfy(l -> {
                    assertThat(l.source().location()).isEqualTo("一(一)");
                    assertThat(l.source().quote()).contains("下同");
                });
    }

    @Test
    void theWordingsOfProvincesCountiesAndDivisionNotesAreGenericActorsToo() {
        assertThat(kind("各镇乡(街道)")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各设区市人民政府")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各地级以上市")).isEqualTo("LOCAL_GOVERNMENTS");
        assertThat(kind("各区县（自治县）")).isEqualTo("DISTRICT_GOVERNMENTS");
        assertThat(kind("县级以上人民政府")).isEqualTo("DISTRICT_GOVERNMENTS");
        assertThat(kind("其他有关部门")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各责任单位")).isEqualTo("DEPARTMENTS");
        assertThat(kind("领导小组成员单位")).isEqualTo("DEPARTMENTS");
        assertThat(kind("各类市场主体")).isEqualTo("ENTERPRISES");
        assertThat(kind("行业协会商会")).isEqualTo("ASSOCIATIONS");
        assertThat(kind("分管副省长")).isEqualTo("LEADERSHIP");
        assertThat(kind("协管副秘书长")).isEqualTo("LEADERSHIP");
        // "其他部门和单位按职责分工负责" is a drafting formula, and a named body is no generic actor
        assertThat(kind("其他部门")).isNull();
        assertThat(kind("东孝街道")).isNull();
    }

    @Test
    void theBodiesLeadingAnotherListsTasksAreAGenericActorNamedByTheirRoleNotA牵头Note() {
        // "牵头单位" inside a name is a noun: the note names the bodies that lead the plan family's sub-plans, and they
        // lead this item; the place before 各 owns them
        DocumentBundle bundle = plan("""
                一、坚持规划引领
                1. 印发实施某某都市圈一揽子规划。(责任单位:某某都市圈发展协调机制办公室、某某都市圈各规划编制牵头单位,完成时限:2023年6月)
                2. 分领域制定具体实施方案,细化工作措施。(责任单位:各专项工作牵头部门)
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains(id("某某都市圈各规划编制牵头单位"));
        assertThat(kind("某某都市圈各规划编制牵头单位")).isEqualTo("DEPARTMENTS");
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactly(id("各专项工作牵头部门"));
        // a conjunction before 各 joins two actors, it owns nothing
        assertThat(kind("省直有关部门和各市人民政府")).isNull();
    }

    @Test
    void anActorTheSentenceActsOnTakesNoRoleFromTheVerbAfterIt() {
        // 引导 / 分解到 make the actor after them an object: "引导各行业协会积极参与" charges the plan's own bodies
        DocumentBundle bundle = plan("""
                一、重点任务
                1. 办好消费促进活动。市商务局牵头,引导各行业协会积极参与。
                2. 稳定生猪产能。将年度出栏任务分解到各区人民政府,落实属地责任。
                3. 整治河道环境。由各街道办事处负责日常保洁,市城管局配合。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).isEmpty();
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).isEmpty();
        // the subject of its verb, though: 由X负责
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).containsExactly(id("各街道办事处"));
    }
}
