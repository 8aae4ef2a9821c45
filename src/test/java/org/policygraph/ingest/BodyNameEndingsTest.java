package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The endings of a body's name are data (graph-seed/vocabulary/body-name-endings.tsv): the parser reads them from the
 * packaged seed, the same file as the checkout's, and a broken row names its file and line.
 */
class BodyNameEndingsTest {

    @Test
    void namesEndingLikeABodyAreBodiesAndOthersAreNot() {
        assertThat(UnknownBodies.isBodyLike("市商务局")).isTrue();
        assertThat(UnknownBodies.isBodyLike("省沈抚示范区管委会")).isTrue();
        assertThat(UnknownBodies.isBodyLike("城乡社区服务中心（站）")).isTrue();
        assertThat(UnknownBodies.isBodyLike("工商联")).isTrue();
        assertThat(UnknownBodies.isBodyLike("经开区")).isTrue();
        assertThat(UnknownBodies.isBodyLike("学校")).isFalse();
        assertThat(UnknownBodies.isBodyLike("食用菌")).isFalse();
        assertThat(UnknownBodies.isBodyLike("王某某")).isFalse();
        // the kind word is the shortest ending that fits
        assertThat(UnknownBodies.kindWord("荒湖管理区")).isEqualTo("管理区");
        assertThat(UnknownBodies.kindWord("妇联")).isEqualTo("联");
        assertThat(UnknownBodies.kindWord("学校")).isNull();
    }

    @Test
    void thePackagedEndingsAreTheCheckoutsFile() {
        Pattern packaged = UnknownBodies.read(SeedSource.classpath());
        Pattern checkout = UnknownBodies.read(SeedSource.directory(RealSeed.ROOT));
        assertThat(packaged.pattern()).isEqualTo(checkout.pattern());
    }

    @Test
    void anEndingListedTwiceNamesTheFileAndLine() {
        SeedSource broken = fileOf("ending\tshape\n局\tNAME\n联\tSHORT\n经开区\tZONE\n局\tNAME\n");
        SeedException e = assertThrows(SeedException.class, () -> UnknownBodies.read(broken));
        assertThat(e.getMessage()).contains(UnknownBodies.ENDINGS_FILE + ":5").contains("'局'");
        SeedException shape = assertThrows(SeedException.class,
                () -> UnknownBodies.read(fileOf("ending\tshape\n局\tLONG\n")));
        assertThat(shape.getMessage()).contains(UnknownBodies.ENDINGS_FILE + ":2");
    }

    private static SeedSource fileOf(String content) {
        Map<String, String> files = Map.of(UnknownBodies.ENDINGS_FILE, content);
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
