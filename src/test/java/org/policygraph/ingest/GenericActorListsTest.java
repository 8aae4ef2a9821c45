package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Generic actors in the lists of notes and lines: a set of bodies joined to another name by 和 / 及, a prefecture level
 * listed before the city level it shares its tail with (各州、市人民政府), and the post a 牵头领导 line names (a person's
 * name there is no body). The plans here are written for the test.
 */
class GenericActorListsTest {

    private static final String TITLE = "某省人民政府工作目标责任分解";

    private static DocumentBundle plan(String text) {
        return SubmittedPlans.read("plan", TITLE, TITLE + "\n" + text);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void aSetOfBodiesJoinedToAnotherNameByAConjunctionIsTwoActors() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.全面加强审计工作。
                协同单位:省直各部门和各市人民政府。
                2.推进乡镇机构改革。
                协同单位:省财政厅、省农业厅等省直有关部门和各市人民政府。
                3.加快住房保障建设。
                协同单位:省住房和城乡建设厅。
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactlyInAnyOrder(generic("省直各部门"), generic("各市人民政府"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2"))
                .contains(generic("省直有关部门"), generic("各市人民政府")).hasSize(4);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .contains("省住房和城乡建设厅")
                .noneMatch(n -> n.contains("各市人民政府") || n.contains("有关部门"));
    }

    @Test
    void aPrefectureLevelListedBeforeTheCityLevelSharesItsGovernment() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.推进重大项目建设。(省发展改革委牵头;省财政厅,各州、市人民政府配合)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).contains(generic("各州、市人民政府")).hasSize(2);
        assertThat(bundle.links()).noneMatch(l -> l.fromId().startsWith("wh-gov"));
    }

    @Test
    void aPostOnALeaderLineLeadsAndAPersonsNameIsNoBody() {
        DocumentBundle bundle = plan("""
                一、重点工作
                1.地区生产总值增长5%以上。
                  牵头领导:省政府分管领导同志
                  牵头单位:省发展改革委
                2.固定资产投资增长10%以上。
                  牵头领导:王某某
                  牵头单位:省发展改革委
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains(generic("省政府分管领导同志")).hasSize(2);
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).hasSize(1);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).doesNotContain("王某某");
    }

    @Test
    void aLabelsSpellingInProseNamesTheRoleOfAConventionNotAnActor() {
        DocumentBundle bundle = plan("""
                一、重点工作
                按照责任相对明晰的原则，确定了牵头单位和责任单位。牵头单位负责全程协调、指导、督查；责任单位则立足自身职能，在牵头单位协调下，分工负责、推进落实。
                1.加强经济运行分析。(牵头单位:市发改委、市统计局)
                2.推进项目建设。各牵头单位负责组织实施。
                """);
        assertThat(bundle.links()).noneMatch(l -> l.fromId().equals(generic("牵头单位"))
                || l.fromId().equals(generic("责任单位")));
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).hasSize(2);
        // a set of the lead units is still a generic actor
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactly(generic("各牵头单位"));
    }

    @Test
    void aCountedLevelListedBeforeABareLevelIsOneSetOfLocalBodies() {
        // a division table printed one cell a line: its 相关责任部门 cells name "all the district's N streets and towns"
        DocumentBundle bundle = plan("""
                序号
                具体内容
                牵头部门
                相关责任部门
                完成时间
                1
                推进社区教育全覆盖
                区教育局
                13个街道、镇
                2010年
                2
                加强婴幼儿早期教育
                区教育局
                区卫生局等相关部门,8个乡、镇
                2010年
                """);
        List<String> first = bundle.measures().stream().map(MeasureRecord::id).toList();
        assertThat(from(bundle, LinkType.SUPPORTS, first.get(0))).containsExactly(generic("13个街道、镇"));
        assertThat(from(bundle, LinkType.SUPPORTS, first.get(1)))
                .contains(generic("相关部门"), generic("8个乡、镇")).hasSize(3);
    }
    @Test
    void theWorkingGroupsOfACommandAreASetOfBodies() {
        // 各工作组: the working groups of the command named before them, no one body
        DocumentBundle bundle = plan("""
                一、重点工作
                1.认真落实疫情防控措施。(牵头单位:省疫情防控指挥部办公室;责任单位:省疫情防控指挥部各工作组,省财政厅)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).contains(generic("省疫情防控指挥部各工作组")).hasSize(2);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.contains("工作组"));
    }

    @Test
    void theMemberUnitsOfAStandingCommitteeNamedInFullAreASetOfBodies() {
        // 某某委员会(各)成员单位: the members of a committee named before them, no one body
        DocumentBundle bundle = plan("""
                一、重点工作
                1.制定全民健身实施方案。(省体育局牵头负责,省全民健身工作委员会成员单位参与)
                2.完善食品安全标准体系。(省市场监管局牵头负责,省食品安全委员会各成员单位配合)
                """);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactly(generic("省全民健身工作委员会成员单位"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).containsExactly(generic("省食品安全委员会各成员单位"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.contains("委员会"));
    }

    @Test
    void theLocalBodyWhereASiteLiesIsAGenericActorAsTheBodyInChargeOfThePlaceIs() {
        // 所在县区, as 属地镇街: whichever local body the site falls to
        DocumentBundle bundle = plan("""
                一、重点工作
                1.推进村级光伏电站建设。由所在县区负责项目选址,省能源局统筹协调。
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains(generic("所在县区"));
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.contains("所在"));
    }

    @Test
    void theTownshipGovernmentsPrintedWithoutAQuantifierAreASetOfBodies() {
        // 乡镇 names all the townships: no one body, with or without 各
        DocumentBundle bundle = plan("""
                一、重点工作
                1.推进政务公开标准化。(责任单位:省政务服务办,乡镇政府分别负责)
                """);
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains(generic("乡镇政府")).hasSize(2);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.contains("乡镇"));
    }
}
