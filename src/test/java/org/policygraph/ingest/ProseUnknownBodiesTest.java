package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * A plan from another city names in its prose bodies the vocabulary lacks ("由区发改局牵头，区统计局配合"): shaped like
 * bodies and given a role by a verb, they become uncurated bodies as the names of notes and cells do. A phrase of the
 * sentence around them is no body. The texts are written for the tests.
 */
class ProseUnknownBodiesTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static DocumentBundle read(String body) {
        String title = "某区重点工作实施方案";
        return SubmittedPlans.read("plan", title, title + "\n" + body);
    }

    private static String uncurated(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    @Test
    void bodiesTheVocabularyLacksTakeTheRoleTheirVerbGivesThem() {
        DocumentBundle bundle = read("""
                一、重点任务
                （一）加强统计监测。完善经济运行监测制度，由区发改局牵头，区统计局、区财政局配合。
                （二）推进城市更新。县城建设由区住建局负责，市商务局配合。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).containsExactly(uncurated(bundle, "区发改局"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)"))
                .containsExactlyInAnyOrder(uncurated(bundle, "区统计局"), uncurated(bundle, "区财政局"));
        // 县城建设 opens with a level but is the sentence's subject matter, not a body
        assertThat(from(bundle, LinkType.LEADS, "plan/一(二)")).containsExactly(uncurated(bundle, "区住建局"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(二)")).containsExactly("wh-commerce");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactlyInAnyOrder("区发改局", "区统计局", "区财政局", "区住建局");
    }

    /**
     * "由X负责的Y项目": a clause opened by 由 names the body in charge of what follows right after it, as a review of a
     * county's projects prints them (tuning text helan-2024); the name may open with its place (贺兰县教育体育局, a
     * town), not with a level, and may be a list (金贵镇、立岗镇). What is not shaped like a body (企业) is no name.
     */
    @Test
    void aClauseOpenedByYouNamesTheBodiesRightAfterItThoughTheyOpenWithAPlace() {
        DocumentBundle bundle = read("""
                一、重点任务
                （一）民生保障类实事中,由贺兰县教育体育局负责的中考信息化提升项目投资475.7万元。
                （二）设施提升类实事中,由金贵镇、立岗镇负责的农村耕地恢复提升项目总投资1440万元。
                （三）厂区内道路由企业负责养护。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).containsExactly(uncurated(bundle, "贺兰县教育体育局"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一(二)"))
                .containsExactlyInAnyOrder(uncurated(bundle, "金贵镇"), uncurated(bundle, "立岗镇"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一(三)")).isEmpty();
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactlyInAnyOrder("贺兰县教育体育局", "金贵镇", "立岗镇");
    }

    /**
     * A list of bodies opening with its level may leave the level out of the names after 、 (tuning text
     * heilongjiang-2009-ten-projects-work-plan: "省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合。"); 总牵头
     * (the overall lead) leads. A list that opens without a level is no such list.
     */
    @Test
    void namesAfterALevelledNameInAProseListMayLeaveTheLevelOut() {
        DocumentBundle bundle = read("""
                一、千亿斤粮食产能工程
                任务分工:吕维峰副省长负责,省农委总牵头。
                1.水利化工程:新增水田面积100万亩。省水利厅牵头,省发改委、农垦总局、国土资源厅、环保厅等单位配合。
                2.农机化工程:推进农机化。省农机局牵头,种子站、农垦总局配合。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一")).containsExactly(uncurated(bundle, "省农委"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactly(uncurated(bundle, "省水利厅"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactlyInAnyOrder(uncurated(bundle, "省发改委"),
                uncurated(bundle, "农垦总局"), uncurated(bundle, "国土资源厅"), uncurated(bundle, "环保厅"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).isEmpty();
    }

    @Test
    void countiesAndDistrictsNamedBareInANoteAreBodies() {
        DocumentBundle bundle = read("""
                一、重点任务
                （一）新建公办幼儿园8所。（责任单位：市商务局，西秀区、普定县、镇宁自治县）
                （二）开展现场教学。（区委党校、市商务局分工负责）
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(二)")).containsExactlyInAnyOrder("wh-commerce",
                uncurated(bundle, "区委党校"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).containsExactlyInAnyOrder("wh-commerce",
                uncurated(bundle, "西秀区"), uncurated(bundle, "普定县"), uncurated(bundle, "镇宁自治县"));
    }

    @Test
    void aPhraseOpeningWithASetOrAPronounIsNoBodyTheVocabularyLacks() {
        // NOT_ONE_BODY rows of responsibility-labels.tsv: 该…, 本…, 上述… name no one body; 长延堡街办 is one
        DocumentBundle bundle = read("""
                一、重点任务
                （一）推进城市更新。由区住建局牵头；该管理局负责日常巡查；本单位办公室负责资料报送；长延堡街办负责现场协调。
                """);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactlyInAnyOrder("区住建局", "长延堡街办");
    }

    @Test
    void namesPrintedWithoutSeparatorsAreSplitWhereTheNextOpensWithTheListsFirstCharacter() {
        assertThat(ENDINGS.gluedNames("区发改局区统计局")).containsExactly("区发改局", "区统计局");
        assertThat(ENDINGS.gluedNames("文化宣传股文化馆")).containsExactly("文化宣传股", "文化馆");
        // one body whose name holds another's kind word: the next part does not open like the list
        assertThat(ENDINGS.gluedNames("市公安局交通管理局")).containsExactly("市公安局交通管理局");
        assertThat(ENDINGS.gluedNames("县人民政府办公室")).containsExactly("县人民政府办公室");
        // a place before a body is the place the body is of, however alike the two parts open
        assertThat(ENDINGS.gluedNames("经开区经济发展局")).containsExactly("经开区经济发展局");
        assertThat(ENDINGS.gluedNames("城关镇城建办")).containsExactly("城关镇城建办");
    }

    @Test
    void aBodyNamedAsTheLeadingUnitLeads() {
        DocumentBundle bundle = read("""
                一、重点任务
                （一）完善统计监测。市商务局作为牵头单位，做好监测工作，市财政局配合。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)")).containsExactly("wh-finance");
    }
    @Test
    void aMinistrysDepartmentNamedBySiIsABody() {
        // 司: a department inside a ministry (内设司局), named in a note beside a province's bodies
        DocumentBundle bundle = read("""
                一、重点任务
                （一）建立完善规划体系。指导市县科学编制规划。（省发展改革委,农业农村部发展规划司牵头;农业农村部规划设计研究院参与）
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一(一)")).contains(uncurated(bundle, "农业农村部发展规划司"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一(一)"))
                .containsExactly(uncurated(bundle, "农业农村部规划设计研究院"));
    }

    @Test
    void aClauseOpenedByTheVerbFaHuiNamesNoBody() {
        // "发挥X牵头作用" opening a clause: 发挥 is the clause's verb, no part of a name the vocabulary lacks
        DocumentBundle bundle = read("""
                一、重点任务
                （一）改善人居环境。聚焦乡村振兴,发挥农业农村部门牵头作用,以垃圾治理为重点,力争90%以上的村生活垃圾得到治理。
                """);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.startsWith("发挥"));
        assertThat(bundle.links()).noneMatch(l -> l.type() == LinkType.LEADS && l.fromId().startsWith("uncurated-"));
    }
}
