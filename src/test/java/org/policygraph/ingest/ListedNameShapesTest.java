package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Shapes of the names plans print in their notes and prose: places listed before the one that carries their shared
 * kind ("甲市、乙市、丙州发展改革部门"), a word introducing an example before a name ("，如县发改局负责的…"), a generic
 * actor's alternatives in angle brackets (各县区政府〈管委会〉), the bodies directly under a government (各直属机构), and a
 * zone named after two places joined by a dash. The plans are written for the test.
 */
class ListedNameShapesTest {

    private static final String TITLE = "某市重点工作任务清单";
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static DocumentBundle plan(String text) {
        return SubmittedPlans.read("plan", TITLE, TITLE + "\n" + text);
    }

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void placesListedBeforeTheNameCarryingTheirKindShareIt() {
        DocumentBundle bundle = plan("""
                一、重点任务
                1.推进规划衔接。
                责任单位:甲山市、乙水市、丙河州发展改革部门
                2.推进产业协作。（责任单位：丁原市、戊原市商务局）
                3.推进文旅合作。（责任单位：庚岭市、辛岭市）
                """);
        // the three 发展改革部门, each printed as the list prints it
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactlyInAnyOrder(
                uncurated(bundle, "甲山市"), uncurated(bundle, "乙水市"), uncurated(bundle, "丙河州发展改革部门"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactlyInAnyOrder(
                uncurated(bundle, "丁原市"), uncurated(bundle, "戊原市商务局"));
        // places listed without any name carrying a kind: no body is named
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).isEmpty();
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .doesNotContain("庚岭市", "辛岭市");
    }

    @Test
    void aCityNamedBareBesideDepartmentsIsItsGovernment() {
        DocumentBundle bundle = plan("""
                一、推动区域协调发展
                1.深入实施都市圈一体化发展行动计划,有序推动都市圈扩容提质。(甲原市,省发展改革委牵头)
                2.推进产业协作,加强产业链布局。(省发展改革委、乙原市牵头,省商务厅配合)
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains(uncurated(bundle, "甲原市"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).contains(uncurated(bundle, "乙原市"));
    }

    @Test
    void aWordIntroducingAnExampleIsNoPartOfTheNameAfterIt() {
        DocumentBundle bundle = plan("""
                一、督查情况
                （一）事项推进。需加快推进事项3件，如县发改局负责的“编制项目计划”，尚在推进中。
                （二）项目建设。部分项目进度滞后，例如区住建局负责的“老旧小区改造”尚未开工。
                （三）园区建设。如东县人民政府负责的“园区道路”已完工。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).containsExactly(uncurated(bundle, "县发改局"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一(二)")).containsExactly(uncurated(bundle, "区住建局"));
        // 如 before a character that opens no level is the name's own: 如东县 is a county
        assertThat(from(bundle, LinkType.LEADS, "plan/一(三)")).containsExactly(uncurated(bundle, "如东县人民政府"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .doesNotContain("如县发改局", "例如区住建局");
    }

    @Test
    void alternativesInAngleBracketsBelongToTheGenericActor() {
        DocumentBundle bundle = plan("""
                一、民生实事
                1.新建幼儿园8所。（责任单位：市商务局，各县区政府〈管委会〉）
                2.改造农村公路。（责任单位：市商务局，各乡镇人民政府〈街道办事处〉）
                3.建设供水工程。（责任单位：市商务局，各县区政府（管委会））
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1"))
                .containsExactlyInAnyOrder("wh-commerce", generic("各县区政府〈管委会〉"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2"))
                .containsExactlyInAnyOrder("wh-commerce", generic("各乡镇人民政府〈街道办事处〉"));
        // round brackets as before; the bracket's word is no body of its own
        assertThat(from(bundle, LinkType.LEADS, "plan/一3"))
                .containsExactlyInAnyOrder("wh-commerce", generic("各县区政府（管委会）"));
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void theBodiesDirectlyUnderAGovernmentAreAGenericActor() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.推进项目建设。
                协同单位:市政府各部门、各直属机构
                2.优化营商环境。
                协同单位:市商务局、各直属单位
                3.加大金融支持。
                协同单位:各金融机构
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactlyInAnyOrder(generic("市政府各部门"), generic("各直属机构"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2"))
                .containsExactlyInAnyOrder("wh-commerce", generic("各直属单位"));
        assertThat(bundle.recognisedGenericActors()).filteredOn(g -> g.name().equals("各直属机构"))
                .extracting(GenericActorRecord::kind).containsExactly("DEPARTMENTS");
        // 金融机构 is still the longer part: the banks are enterprises, not the government's bodies
        assertThat(bundle.recognisedGenericActors()).filteredOn(g -> g.name().equals("各金融机构"))
                .extracting(GenericActorRecord::kind).containsExactly("ENTERPRISES");
    }

    @Test
    void aZoneNamedAfterTwoPlacesJoinedByADashIsShapedLikeABody() {
        assertThat(ENDINGS.isBodyLike("甲城—乙城合作区管委会")).isTrue();
        assertThat(ENDINGS.isBodyLike("东港—西港物流园")).isTrue();
        // the dash makes no name of what has no body's ending
        assertThat(ENDINGS.isBodyLike("甲城—乙城")).isFalse();
        DocumentBundle bundle = plan("""
                一、重点任务
                1.扩大优质教育资源。（牵头单位：市商务局；配合单位：甲城—乙城合作区管委会）
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactly(uncurated(bundle, "甲城—乙城合作区管委会"));
    }

    @Test
    void aFieldsDepartmentIsShapedLikeABodyWhileASetOfDepartmentsStaysGeneric() {
        assertThat(ENDINGS.isBodyLike("丙河州发展改革部门")).isTrue();
        assertThat(ENDINGS.isBodyLike("县教育部门")).isTrue();
        DocumentBundle bundle = plan("""
                一、重点任务
                1.推进规划衔接。（责任单位：市商务局、相关部门）
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1"))
                .containsExactlyInAnyOrder("wh-commerce", generic("相关部门"));
    }

    @Test
    void anotherColumnsLabelRunOnAfterTheLastNameIsNoPartOfIt() {
        DocumentBundle bundle = plan("""
                一、民生实事
                1.实施老旧小区改造。
                责任单位:甲塘镇任务目标:2024年完成5个小区改造。
                2.建设农村道路。
                责任单位:市商务局、乙塘镇完成时限:2024年12月底
                3.建设集贸市场。
                责任单位:丙塘镇目标管理办
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactly(uncurated(bundle, "甲塘镇"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2"))
                .containsExactlyInAnyOrder("wh-commerce", uncurated(bundle, "乙塘镇"));
        // no colon after it: a name holding a column's word (目标) is one name
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).containsExactly(uncurated(bundle, "丙塘镇目标管理办"));
    }

    @Test
    void theMembersOfACommitteeNamedInFullAreAGenericActor() {
        DocumentBundle bundle = plan("""
                一、重点任务
                1.推进港口建设。（牵头单位：市商务局；配合单位：市东湖综合港区及铁水联运枢纽项目建设领导小组成员单位）
                2.推进环境整治。（牵头单位：市商务局；配合单位：县城乡环境综合整治及农村人居环境提升工作领导小组各成员单位）
                3.推进项目建设。（牵头单位：市商务局；配合单位：市重点项目建设领导小组办公室）
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactly(generic("市东湖综合港区及铁水联运枢纽项目建设领导小组成员单位"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2"))
                .containsExactly(generic("县城乡环境综合整治及农村人居环境提升工作领导小组各成员单位"));
        // the committee's office is one body, no set of members
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3"))
                .containsExactly(uncurated(bundle, "市重点项目建设领导小组办公室"));
    }

    @Test
    void namesJoinedByConjunctionsAreSplitByOneRuleWhereEveryPartIsAName() {
        DocumentBundle bundle = plan("""
                一、重点任务
                1.加强财政保障。
                协同单位:市商务局和甲县财政局及各区人民政府
                2.推进住房保障。
                协同单位:甲县住房和城乡建设局
                3.推进产业协作。
                协同单位:乙县发改局、丙县科技局与各街道
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactlyInAnyOrder("wh-commerce",
                uncurated(bundle, "甲县财政局"), generic("各区人民政府"));
        // 甲县住房 names nothing: the conjunction is the name's own
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).containsExactly(uncurated(bundle, "甲县住房和城乡建设局"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3")).containsExactlyInAnyOrder(
                uncurated(bundle, "乙县发改局"), uncurated(bundle, "丙县科技局"), generic("各街道"));
    }

    @Test
    void aCountBeforeALevelStandsForItsQuantifier() {
        DocumentBundle bundle = plan("""
                一、民生实事
                1.稳定就业岗位。（牵头单位：市商务局；配合单位：10县市人民政府）
                2.改造农村道路。（牵头单位：市商务局；配合单位：8个乡镇）
                3.建设职工宿舍。（牵头单位：市商务局；配合单位：3号楼管理处）
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactly(generic("10县市人民政府"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).containsExactly(generic("8个乡镇"));
        // a number before no level counts no bodies
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3")).isEmpty();
        assertThat(bundle.recognisedGenericActors()).extracting(GenericActorRecord::name)
                .containsExactlyInAnyOrder("10县市人民政府", "8个乡镇");
    }
}
