package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.ingest.SubmittedPlans.from;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkType;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Wordings a responsibility note closing a task may use besides "X牵头，Y配合": other verbs of taking part (参与, 协同),
 * "X牵头负责", "由X负责", "X会同Y负责", a qualifier before the verb (按职责分工配合, 按职责分工落实), a remark after it
 * (完成时限), a list the note says the first of leads, names joined by 及, and a labelled note printed after the
 * task's last sentence without brackets. The plans here are written for the test.
 */
class NoteWordingsTest {

    private static final String TITLE = "某市重点工作责任分工方案";

    private static DocumentBundle plan(String... notes) {
        StringBuilder text = new StringBuilder(TITLE + "\n一、稳住经济大盘\n");
        for (int i = 0; i < notes.length; i++) {
            text.append(i + 1).append(".推进重点项目建设，完善项目推进机制。").append(notes[i]).append("\n");
        }
        return SubmittedPlans.read("plan", TITLE, text.toString());
    }

    private static String body(DocumentBundle bundle, String name) {
        return bundle.uncuratedBodies().stream().filter(b -> b.name().equals(name)).map(UncuratedBodyRecord::id)
                .findFirst().orElse("no uncurated body " + name);
    }

    private static String generic(String phrase) {
        return VocabularyReader.genericActorId(phrase);
    }

    @Test
    void everyVerbOfTakingPartMakesItsNamesSupporters() {
        DocumentBundle bundle = plan("（市发改委牵头，市财政局、市商务局参与）", "（市发改委牵头，市财政局、市商务局协同）",
                "（市发改委牵头，市财政局、市商务局按职责分工配合）");
        for (String task : List.of("plan/一1", "plan/一2", "plan/一3")) {
            assertThat(from(bundle, LinkType.LEADS, task)).containsExactly(body(bundle, "市发改委"));
            assertThat(from(bundle, LinkType.SUPPORTS, task)).containsExactlyInAnyOrder("wh-commerce", "wh-finance");
        }
    }

    @Test
    void whoLeadsIsReadThroughTheWordsAroundTheVerb() {
        DocumentBundle bundle = plan("（市发改委牵头负责，市财政局配合）", "（由市发改委负责，市财政局配合）",
                "（市发改委会同市财政局负责）", "（市发改委、市财政局按职责分工落实）");
        String ndrc = body(bundle, "市发改委");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactly(ndrc);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactly(ndrc);
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).containsExactly(ndrc);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "plan/一4")).containsExactlyInAnyOrder(ndrc, "wh-finance");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name)
                .containsExactly("市发改委");
    }

    @Test
    void aRemarkAfterTheSupportersNamesNoBody() {
        DocumentBundle bundle = plan("（市发改委牵头，市财政局、各区人民政府配合，2025年底前完成）",
                "（市发改委牵头，市财政局配合；完成时限：2025年12月）",
                "（牵头单位：市发改委；配合单位：市财政局；完成时限：2025年底）");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactlyInAnyOrder("wh-finance", generic("各区人民政府"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一3")).containsExactly("wh-finance");
        assertThat(bundle.warnings()).noneMatch(w -> w.contains("完成"));
    }

    @Test
    void aListWithoutAVerbLeadsByItsFirstNameWhereTheNoteSaysSo() {
        DocumentBundle bundle = plan("（市发改委、市财政局、市商务局。第一个为牵头单位）");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactly(body(bundle, "市发改委"));
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1")).containsExactlyInAnyOrder("wh-finance", "wh-commerce");
    }

    @Test
    void namesJoinedByAConjunctionAreTwoButANameHoldingOneIsOne() {
        DocumentBundle bundle = plan("（市发改委牵头，市财政局及各区人民政府配合）", "（市住房和城乡建设局牵头）");
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一1"))
                .containsExactlyInAnyOrder("wh-finance", generic("各区人民政府"));
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).hasSize(1);
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).doesNotContain("市住房");
    }

    @Test
    void aLabelledNoteAfterTheTasksLastSentenceIsReadWithoutBrackets() {
        DocumentBundle bundle = plan("责任单位：市发改委、市财政局。", "牵头单位：市发改委；配合单位：市财政局。",
                "（责任主体：市商务局）");
        String ndrc = body(bundle, "市发改委");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).containsExactlyInAnyOrder(ndrc, "wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactly(ndrc);
        assertThat(from(bundle, LinkType.SUPPORTS, "plan/一2")).containsExactly("wh-finance");
        assertThat(from(bundle, LinkType.LEADS, "plan/一3")).containsExactly("wh-commerce");
        // a labelled line's second label is read with the line, not again as a note of its own
        DocumentBundle lines = plan("\n牵头单位：市发改委。责任单位：市财政局");
        assertThat(from(lines, LinkType.LEADS, "plan/一1")).containsExactly(body(lines, "市发改委"));
        assertThat(from(lines, LinkType.SUPPORTS, "plan/一1")).containsExactly("wh-finance");
        // quoted as printed
        assertThat(bundle.links()).filteredOn(l -> l.toId().equals("plan/一1") && l.type() == LinkType.LEADS)
                .allSatisfy(l -> assertThat(l.source().quote()).isEqualTo("责任单位：市发改委、市财政局。"));
    }

    @Test
    void severalQualifiersBeforeTheVerbClosingALabelledListAreNoPartOfItsLastName() {
        // "按职责分工分别负责", "按照职责分工分别落实": the qualifiers stack before the verb
        DocumentBundle bundle = plan("责任单位：市财政局、各有关部门，市统计局按职责分工分别负责。",
                "责任单位：市财政局，市商务局按照职责分工分别落实。");
        assertThat(from(bundle, LinkType.LEADS, "plan/一1")).contains("wh-finance", "wh-stats");
        assertThat(from(bundle, LinkType.LEADS, "plan/一2")).containsExactlyInAnyOrder("wh-finance", "wh-commerce");
        assertThat(bundle.uncuratedBodies()).extracting(UncuratedBodyRecord::name).noneMatch(n -> n.contains("分工"));
    }
}
