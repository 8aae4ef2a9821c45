package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One policy for the vocabulary files of a seed directory: a missing file is refused by name, never read as empty. */
class VocabularyFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {VocabularyReader.DEPARTMENTS, VocabularyReader.NOT_DEPARTMENTS, VocabularyReader.PARKS,
            VocabularyReader.INITIATIVES, PlanConventions.FILE, GenericActorGrammar.FILE, ResponsibilityLabels.FILE,
            BodyNameEndings.FILE, TableColumns.FILE})
    void aSeedDirectoryWithoutAVocabularyFileIsRefusedNamingIt(String file, @TempDir Path seed) throws IOException {
        RealSeed.copyVocabularyTo(seed);
        Files.delete(seed.resolve(file));
        SeedException e = assertThrows(SeedException.class, () -> VocabularyReader.read(SeedSource.directory(seed)));
        assertThat(e.getMessage()).contains(file.substring(file.indexOf('/') + 1)).contains("missing");
    }

    @Test
    void renamedBodiesAreOptional(@TempDir Path seed) throws IOException {
        RealSeed.copyVocabularyTo(seed);
        Files.delete(seed.resolve(VocabularyReader.SUCCESSORS));
        assertThat(VocabularyReader.read(SeedSource.directory(seed)).vocabulary().successions()).isEmpty();
    }

    @Test
    void theCompleteCopyReads(@TempDir Path seed) throws IOException {
        RealSeed.copyVocabularyTo(seed);
        assertThat(VocabularyReader.read(SeedSource.directory(seed)).vocabulary().departments()).isNotEmpty();
    }
}
