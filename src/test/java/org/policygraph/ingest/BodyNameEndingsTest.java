package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endings of a body's name are data (graph-seed/vocabulary/body-name-endings.tsv): the parser reads them from the
 * configured seed with the rest of the vocabulary (a seed directory's own file, or the packaged copy, the same file as
 * the checkout's), and a broken row or a missing file names the file.
 */
class BodyNameEndingsTest {

    /** The endings of the packaged seed. */
    static final BodyNameEndings PACKAGED = BodyNameEndings.read(SeedSource.classpath());

    @Test
    void namesEndingLikeABodyAreBodiesAndOthersAreNot() {
        assertThat(PACKAGED.isBodyLike("市商务局")).isTrue();
        assertThat(PACKAGED.isBodyLike("省沈抚示范区管委会")).isTrue();
        assertThat(PACKAGED.isBodyLike("城乡社区服务中心（站）")).isTrue();
        assertThat(PACKAGED.isBodyLike("工商联")).isTrue();
        assertThat(PACKAGED.isBodyLike("经开区")).isTrue();
        assertThat(PACKAGED.isBodyLike("学校")).isFalse();
        assertThat(PACKAGED.isBodyLike("食用菌")).isFalse();
        assertThat(PACKAGED.isBodyLike("王某某")).isFalse();
        // the kind word is the shortest ending that fits
        assertThat(PACKAGED.kindWord("荒湖管理区")).isEqualTo("管理区");
        assertThat(PACKAGED.kindWord("妇联")).isEqualTo("联");
        assertThat(PACKAGED.kindWord("学校")).isNull();
    }

    @Test
    void thePackagedEndingsAreTheCheckoutsFile() {
        BodyNameEndings checkout = BodyNameEndings.read(SeedSource.directory(RealSeed.ROOT));
        assertThat(PACKAGED.pattern().pattern()).isEqualTo(checkout.pattern().pattern());
        assertThat(VocabularyReader.read(SeedSource.directory(RealSeed.ROOT)).bodyNameEndings().pattern().pattern())
                .isEqualTo(checkout.pattern().pattern());
    }

    @Test
    void aSeedDirectoryWithItsOwnEndingsIsReadWithThem(@TempDir Path seed) throws IOException {
        RealSeed.copyVocabularyTo(seed);
        Path endings = seed.resolve(BodyNameEndings.FILE);
        Files.writeString(endings, Files.readString(endings) + "合作社\tNAME\ta deployment's own ending\n");
        String coop = "县农民专业合作社";
        assertThat(PACKAGED.isBodyLike(coop)).isFalse();

        SeedVocabulary vocabulary = VocabularyReader.read(SeedSource.directory(seed));
        assertThat(vocabulary.bodyNameEndings().isBodyLike(coop)).isTrue();
        assertThat(vocabulary.bodyNameEndings().kindWord(coop)).isEqualTo("合作社");
        assertThat(vocabulary.bodyNameEndings().isBodyLike("市商务局")).isTrue();
        // what the parser reads a document with: the resolver of the vocabulary, and the uncurated bodies
        DepartmentResolver departments = new DepartmentResolver(vocabulary, "武汉市");
        assertThat(departments.bodyNameEndings().gluedNames("县农民专业合作社县商务局"))
                .containsExactly("县农民专业合作社", "县商务局");
        assertThat(new UnknownBodies("x", null, vocabulary.bodyNameEndings()).department(coop, "县农民专业合作社负责", "1"))
                .isPresent();
        assertThat(new UnknownBodies("x", null, PACKAGED).department(coop, "县农民专业合作社负责", "1")).isEmpty();
    }

    @Test
    void theWordsClosingAListOfTheBodiesThatCarryATaskOutAreData(@TempDir Path seed) throws IOException {
        String list = "市统计局、市投资促进中心按职责分工分别落实";
        assertThat(ResponsibilityCell.names(PACKAGED, list)).containsExactly("市统计局", "市投资促进中心");
        // 统筹 is no shipped qualifier: only the verb is dropped; listed, it is dropped with the verb
        String coordinated = "市统计局、市投资促进中心统筹落实";
        assertThat(ResponsibilityCell.names(PACKAGED, coordinated)).containsExactly("市统计局", "市投资促进中心统筹");
        assertThat(ResponsibilityCell.withoutCarryingOut(PACKAGED, "市发改局牵头统筹落实;市工信局分别落实"))
                .isEqualTo("市发改局牵头统筹;市工信局");
        RealSeed.copyVocabularyTo(seed);
        Path endings = seed.resolve(BodyNameEndings.FILE);
        Files.writeString(endings, Files.readString(endings) + "统筹\tCARRYING_OUT_QUALIFIER\ta made-up qualifier\n");
        BodyNameEndings added = BodyNameEndings.read(SeedSource.directory(seed));
        assertThat(ResponsibilityCell.names(added, coordinated)).containsExactly("市统计局", "市投资促进中心");
        assertThat(ResponsibilityCell.withoutCarryingOut(added, "市发改局牵头统筹落实;市工信局分别落实"))
                .isEqualTo("市发改局;市工信局");
        // a qualifier is no ending of a name
        assertThat(added.isBodyLike("市投资促进中心统筹")).isFalse();
    }

    @Test
    void anEndingListedTwiceNamesTheFileAndLine() {
        SeedSource broken = fileOf("ending\tshape\n局\tNAME\n联\tSHORT\n经开区\tZONE\n局\tNAME\n");
        SeedException e = assertThrows(SeedException.class, () -> BodyNameEndings.read(broken));
        assertThat(e.getMessage()).contains(BodyNameEndings.FILE + ":5").contains("'局'");
        SeedException shape = assertThrows(SeedException.class,
                () -> BodyNameEndings.read(fileOf("ending\tshape\n局\tLONG\n")));
        assertThat(shape.getMessage()).contains(BodyNameEndings.FILE + ":2");
    }

    private static SeedSource fileOf(String content) {
        Map<String, String> files = Map.of(BodyNameEndings.FILE, content);
        return new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String relativePath) {
                return Optional.ofNullable(files.get(relativePath));
            }

            @Override
            public String describe(String relativePath) {
                return relativePath;
            }
        };
    }
}
