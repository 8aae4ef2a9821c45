package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;

/**
 * Provincial 分工 texts close a task with a note of several clauses, each ended by the verb that gives its names a
 * role: the leaders in charge 负责, a department 牵头, the others 配合; a note may also say that the first body it
 * lists leads. The texts are written for the tests.
 */
class ClausedNotesTest {

    /** The packaged seed's endings of a body's name. */
    private static final BodyNameEndings ENDINGS = BodyNameEndings.read(SeedSource.classpath());

    private static DocumentBundle read(String body) {
        String title = "某省重点工作部门分工的意见";
        return SubmittedPlans.read("division", title, title + "\n" + body);
    }


    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void aNoteListingItsBodiesBeforeTheFirstListedConventionHasTheFirstLeadHereAndInLaterLists() {
        DocumentBundle bundle = read("""
                一、落实部门职责
                （一）健全工作机制。建立健全联席会议制度。(市商务局,市财政局,各县<市、区>人民政府,排名第一位为牵头单位,下同)
                （二）扩大消费需求。开展促消费活动。(市发展改革委,市商务局)
                """);
        assertThat(from(bundle, LinkType.LEADS, "division/一(一)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "division/一(一)")).contains("wh-finance");
        // 下同: a later list of names has its first body lead as well
        assertThat(from(bundle, LinkType.LEADS, "division/一(二)")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "division/一(二)")).containsExactly("wh-commerce");
    }

    @Test
    void aPageWhoseLineBreaksWereLostMayEndWithATasksLabelledLineAndItsFirstListedKeyIsRead() {
        DocumentBundle bundle = SubmittedPlans.read("split", "重点工作责任分解", "某市人民政府办公室 关于印发重点工作责任分解的通知 现将"
                + "重点工作责任分解印发给你们,请认真贯彻执行。 重点工作责任分解 一、市长牵头重点工作 "
                + "1.全市生产总值增长6%左右。 责任单位:市发展改革委(首位单位为牵头单位,下同)、市财政局 "
                + "2.坚持集体学法,提高决策科学化水平。 责任单位:市商务局");
        List<String> measures = bundle.measures().stream().map(m -> m.id()).toList();
        assertThat(measures).hasSize(2);
        assertThat(from(bundle, LinkType.LEADS, measures.get(0))).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, measures.get(0))).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, measures.get(1))).containsExactly("wh-commerce");
    }

    @Test
    void eachClauseOfANoteGivesItsNamesTheRoleOfItsVerb() {
        assertThat(ResponsibilityCell.parseClauses(ENDINGS, "分管副市长、协管副秘书长负责，市商务局牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同", false))
                .containsExactly(
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "分管副市长"),
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "协管副秘书长"),
                        new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局"),
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "其他有关部门"));
        // the first of the last 负责 list leads where the note says so; the convention sentence names no body
        assertThat(ResponsibilityCell.parseClauses(ENDINGS, "分管副市长负责，市商务局、市财政局等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同", false))
                .containsExactly(
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "分管副市长"),
                        new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局"),
                        new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市财政局"));
        // 负责 alone: the bodies named carry the task
        assertThat(ResponsibilityCell.parseClauses(ENDINGS, "市商务局负责，市财政局配合", false)).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市商务局"),
                new ResponsibilityCell.Assignment(LinkType.SUPPORTS, "市财政局"));
    }

    @Test
    void aTaskParagraphKeepsTheRolesOfEachOfItsNotesWithTheLeadersAsGenericActors() {
        DocumentBundle bundle = read("""
                一、稳定经济增长
                （一）扩大有效需求。开展促消费活动（分管副市长、协管副秘书长负责，市商务局牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）。推进重点项目建设（分管副市长负责，市发展改革委、市财政局等负责。列第一位的为牵头部门，其他部门和单位按职责分工负责，下同）。
                """);
        String task = "division/一(一)";
        assertThat(from(bundle, LinkType.LEADS, task)).contains("wh-commerce", "wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, task)).contains("wh-finance", generic("其他有关部门"));
        assertThat(bundle.links().stream().filter(l -> l.toId().equals(task)).map(LinkRecord::fromId))
                .contains(generic("分管副市长"), generic("协管副秘书长"))
                .doesNotContain(generic("有关部门"));
        assertThat(bundle.recognisedGenericActors()).anyMatch(g -> g.name().equals("分管副市长")
                && g.kind().equals("LEADERSHIP"));
        assertThat(bundle.uncuratedBodies()).isEmpty();
    }

    @Test
    void aBodyFollowedByAndOtherBodiesNamesTheOthersAsAGenericActorOfTheirOwn() {
        assertThat(ResponsibilityCell.parse(ENDINGS, "市工信局、市财政局等有关部门，各县区人民政府")).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市工信局"),
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市财政局"),
                new ResponsibilityCell.Assignment(LinkType.LEADS, "有关部门"),
                new ResponsibilityCell.Assignment(LinkType.LEADS, "各县区人民政府"));
        // a bare 等部门 only closes the list
        assertThat(ResponsibilityCell.parse(ENDINGS, "市工信局、市财政局等部门")).containsExactly(
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市工信局"),
                new ResponsibilityCell.Assignment(LinkType.LEADS, "市财政局"));
    }

    @Test
    void whereNothingIsNumberedTheParagraphsClosedByANoteAreTheTasks() {
        String title = "某市重点工作分工方案";
        DocumentBundle bundle = new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission("noted", "outline", title, title + """

                        为做好今年政府工作，现将重点工作分工如下：
                        扩大有效投资，全年新开工重点项目100个。（牵头单位：市发展改革委；配合单位：市财政局）
                        提振消费，办好促消费活动。（市商务局牵头，各区人民政府配合）
                        全市上下要凝心聚力，确保完成全年目标任务。
                        """), EditorAliases.none()).bundle();
        // several tasks run together in one paragraph, each closed by its note: where each starts is not printed
        String runTogether = "扩大有效投资（市发展改革委牵头）。提振消费，办好促消费活动（市商务局牵头）。";
        assertThatThrownBy(() -> new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission("run", "outline", title, title + "\n" + runTogether),
                EditorAliases.none())).hasMessageContaining("no outline");
        assertThat(bundle.measures()).extracting(m -> m.text()).containsExactly(
                "扩大有效投资，全年新开工重点项目100个。（牵头单位：市发展改革委；配合单位：市财政局）",
                "提振消费，办好促消费活动。（市商务局牵头，各区人民政府配合）");
        assertThat(from(bundle, LinkType.LEADS, "noted/1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.SUPPORTS, "noted/1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "noted/2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "noted/2")).containsExactly(generic("各区人民政府"));
        assertThat(bundle.sections()).singleElement().satisfies(s -> assertThat(s.title()).startsWith("为做好今年政府工作"));
    }
    @Test
    void aParagraphRunningOnTasksOpenedByOrdinalsAndClosedByNotesHoldsATaskEach() {
        String title = "某市重点民生实事督查报告";
        DocumentBundle bundle = SubmittedPlans.read("ordinals", title, title + """

                现将督查结果报告如下。
                今年确定的任务中涉及本市的有3个,分别为:一是新建中小学校10所(责任单位:市发展改革委);二是办好促消费\
                活动(责任单位:市商务局);三是扩大有效投资(牵头单位:市财政局;配合单位:市商务局)。目前3个任务都已完成。
                """);
        assertThat(bundle.measures()).extracting(m -> m.text()).containsExactly(
                "新建中小学校10所(责任单位:市发展改革委)", "办好促消费活动(责任单位:市商务局)",
                "扩大有效投资(牵头单位:市财政局;配合单位:市商务局)");
        assertThat(from(bundle, LinkType.LEADS, "ordinals/1")).containsExactly("wh-ndrc");
        assertThat(from(bundle, LinkType.LEADS, "ordinals/2")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.LEADS, "ordinals/3")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "ordinals/3")).containsExactly("wh-commerce");
        // an ordinal whose task carries no note of its own: where the roles belong is not printed, nothing is read so
        assertThatThrownBy(() -> SubmittedPlans.read("bare", title, title + "\n现将督查结果报告如下。\n"
                + "任务分别为:一是新建中小学校10所;二是办好促消费活动(责任单位:市商务局)。目前都已完成。"))
                .hasMessageContaining("no outline");
    }
    @Test
    void aTaskWhoseNoteNamesItsBodiesLeadsNoActorItsTextChargesWithAStep() {
        // the note says who does the task; "各县(市、区)要将…" inside it charges the counties with one step of it, it
        // names no second lead
        DocumentBundle bundle = read("""
                一、落实政府职责
                （一）健全管理体制。落实各级政府责任。各县(市、区)要将学前教育工作纳入政府工作重要议事日程。(市商务局,市财政局,排名第一位为牵头单位,下同)
                （二）扩大消费需求。各县(市、区)要开展促消费活动。
                """);
        assertThat(from(bundle, LinkType.LEADS, "division/一(一)")).containsExactly("wh-commerce");
        assertThat(from(bundle, LinkType.SUPPORTS, "division/一(一)")).containsExactly("wh-finance");
        // without a note, the sentence is what says who does the task
        assertThat(from(bundle, LinkType.LEADS, "division/一(二)")).containsExactly(generic("各县(市、区)"));
    }
}
