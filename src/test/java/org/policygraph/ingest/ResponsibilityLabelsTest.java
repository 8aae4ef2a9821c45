package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.LinkType;

/** The responsibility labels are data (vocabulary/responsibility-labels.tsv), read once for notes and table headers. */
class ResponsibilityLabelsTest {

    private static final ResponsibilityLabels LABELS = ResponsibilityLabels.read(SeedSource.directory(RealSeed.ROOT));

    @Test
    void aNoteLabelGivesItsRoleOrLeavesTheRoleToTheNote() {
        assertThat(LABELS.roleOf("牵头单位：")).isEqualTo(LinkType.LEADS);
        assertThat(LABELS.roleOf("牵头责任单位")).isEqualTo(LinkType.LEADS);
        assertThat(LABELS.roleOf("协同责任单位")).isEqualTo(LinkType.SUPPORTS);
        assertThat(LABELS.roleOf("配合单位")).isEqualTo(LinkType.SUPPORTS);
        assertThat(LABELS.roleOf("责任单位")).isNull();
        assertThat(LABELS.roleOf("部门分工")).isNull();
        assertThat(LABELS.isLabelledLine("责任单位：市发改委、各县(市、区)政府")).isTrue();
        assertThat(LABELS.isLabelledLine("分管省领导：张某某")).isFalse();
    }

    @Test
    void aHeaderCellNamesTheColumnOfTheFirstRoleWhoseWordItContains() {
        assertThat(LABELS.columnOf("牵头责任单位")).isEqualTo(TableHeaders.Column.LEAD);
        assertThat(LABELS.columnOf("配合部门")).isEqualTo(TableHeaders.Column.SUPPORT);
        assertThat(LABELS.columnOf("责任单位")).isEqualTo(TableHeaders.Column.RESPONSIBLE);
        assertThat(LABELS.columnOf("落实主体责任的具体工作内容")).isNull();
        assertThat(LABELS.columnOf("完成时限")).isNull();
    }

    @Test
    void aSpellingAddedToTheFileIsReadAsALabel(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("vocabulary"));
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                LABEL\t承办单位\tLEAD\ta spelling a test adds
                """);
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.layered(SeedSource.directory(root),
                SeedSource.classpath()));
        assertThat(labels.roleOf("承办单位")).isEqualTo(LinkType.LEADS);
        assertThat(labels.isLabelledLine("承办单位：市商务局")).isTrue();
        assertThat(labels.roleOf("牵头单位")).isNull();
    }

    @Test
    void aRowWithAnUnknownRoleIsRefusedNamingItsLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("vocabulary"));
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                LABEL\t牵头单位\tLEADS\ta typo
                """);
        assertThatThrownBy(() -> ResponsibilityLabels.read(SeedSource.directory(root)))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("responsibility-labels.tsv:2")
                .hasMessageContaining("LEADS");
    }

    @Test
    void theVerbsOfProseAndTheLevelsOfNamesAreReadFromTheFile(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("vocabulary"));
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                PROSE_VERB\t主抓\tLEAD\ta verb a test adds
                PROSE_VERB\t协办\tSUPPORT
                PROSE_VERB_JOINTLY\t联合\tLEAD
                NAME_LEVEL\t市
                """);
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.layered(SeedSource.directory(root),
                SeedSource.classpath()));
        assertThat(labels.nameLevels).isEqualTo("市");
        ProseRoles prose = new ProseRoles(java.util.List.of("市商务局", "市财政局", "商务局"),
                GenericActorGrammar.none(), labels,
                BodyNameEndings.read(SeedSource.classpath()));
        String text = "由市商务局主抓，市财政局协办。市商务局联合市财政局推进。区商务局牵头。";
        assertThat(prose.find(text, new Span(0, text.length())))
                .extracting(f -> f.name() + " " + f.role())
                .containsExactly("市商务局 LEADS", "市财政局 SUPPORTS", "市商务局 LEADS", "市财政局 SUPPORTS");
        // the seed's file: 牵头 is a verb of prose, and 区商务局 is not 商务局
        ProseRoles seed = new ProseRoles(java.util.List.of("商务局"), GenericActorGrammar.none(), LABELS,
                BodyNameEndings.read(SeedSource.classpath()));
        assertThat(seed.find("区商务局牵头。", new Span(0, 7))).isEmpty();
        assertThat(seed.find("商务局牵头。", new Span(0, 6))).extracting(ProseRoles.Found::role)
                .containsExactly(LinkType.LEADS);
        // "X是…的责任主体", "X负总责": X leads
        for (String sentence : java.util.List.of("商务局是项目建设的责任主体。", "此项工作商务局负总责。")) {
            assertThat(seed.find(sentence, new Span(0, sentence.length()))).extracting(f -> f.name() + " " + f.role())
                    .containsExactly("商务局 LEADS");
        }
    }

    @Test
    void aNoteVerbReadsLikeTheWordOfItsRoleWhereItClosesAClause(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("vocabulary"));
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                LABEL\t主办单位\tLEAD
                NOTE_VERB\t主办\tLEAD
                NOTE_VERB\t协办\tSUPPORT
                NOTE_VERB\t为牵头单位\tLEAD
                """);
        ResponsibilityLabels labels = ResponsibilityLabels.read(SeedSource.layered(SeedSource.directory(root),
                SeedSource.classpath()));
        assertThat(labels.withCommonVerbs("市商务局主办，市财政局、市税务局协办"))
                .isEqualTo("市商务局牵头，市财政局、市税务局配合");
        // a label, and a word inside a sentence, are no verbs closing a clause; nor is a convention on lists
        assertThat(labels.withCommonVerbs("主办单位：市商务局")).isEqualTo("主办单位：市商务局");
        assertThat(labels.withCommonVerbs("市商务局主办展会")).isEqualTo("市商务局主办展会");
        assertThat(labels.withCommonVerbs("列第一位的为牵头单位，下同")).isEqualTo("列第一位的为牵头单位，下同");
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                NOTE_VERB\t统筹\tCOORDINATE
                """);
        assertThatThrownBy(() -> ResponsibilityLabels.read(SeedSource.directory(root)))
                .isInstanceOf(SeedException.class).hasMessageContaining("LEAD or SUPPORT");
    }

    @Test
    void aNameLevelIsOneCharacter(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("vocabulary"));
        Files.writeString(root.resolve(ResponsibilityLabels.FILE), """
                kind\tphrase\trole\tnote
                NAME_LEVEL\t市级
                """);
        assertThatThrownBy(() -> ResponsibilityLabels.read(SeedSource.directory(root)))
                .isInstanceOf(SeedException.class).hasMessageContaining("one character");
    }
}
