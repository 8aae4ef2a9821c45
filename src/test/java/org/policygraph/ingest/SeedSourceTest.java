package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where a deployment reads the seed from: policy-graph.seed.directory when set, else the packaged copy. */
class SeedSourceTest {

    private static final String CATALOG = "documents.tsv";

    @Test
    void aConfiguredDirectoryIsReadFromDisk() {
        SeedSource source = SeedSource.configured(Optional.of("graph-seed"));
        assertThat(source.describe(CATALOG)).isEqualTo(Path.of("graph-seed", CATALOG).toString());
        assertThat(source.exists(CATALOG)).isTrue();
    }

    @Test
    void noDirectoryOrABlankOneMeansThePackagedCopy() {
        for (Optional<String> unset : java.util.List.of(Optional.<String>empty(), Optional.of(" "))) {
            SeedSource source = SeedSource.configured(unset);
            assertThat(source.describe(CATALOG)).isEqualTo("classpath:graph-seed/" + CATALOG);
            assertThat(source.read(CATALOG)).isEqualTo(SeedSource.directory(Path.of("graph-seed")).read(CATALOG));
        }
    }
}
