package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Broken data files (small fixtures under src/test/resources/ingest-fixtures, layered over the real graph-seed) fail
 * with a {@link SeedException} that names the file and line.
 */
class BrokenSeedTest {

    private static SeedReader readerWithFixture(String fixture) {
        SeedSource fixtureFiles = SeedSource.classpath("ingest-fixtures/" + fixture + "/",
                BrokenSeedTest.class.getClassLoader());
        return new SeedReader(SeedSource.layered(fixtureFiles, SeedSource.directory(RealSeed.ROOT)),
                IndicatorFinder.NONE);
    }

    @Test
    void aTitleThatDoesNotOccurInTheSourceNamesDocumentsTsvAndItsLine() {
        SeedException e = assertThrows(SeedException.class, () -> readerWithFixture("title-not-in-text").read("002"));
        assertTrue(e.getMessage().contains("documents.tsv:4"), e.getMessage());
        assertTrue(e.getMessage().contains("武汉市推进服务贸易高质量发展总体方案"), e.getMessage());
    }

    @Test
    void anAliasNamingTwoDepartmentsNamesDepartmentsTsvAndTheSecondLine() {
        SeedException e = assertThrows(SeedException.class,
                () -> readerWithFixture("duplicate-alias").vocabulary());
        assertTrue(e.getMessage().contains("vocabulary/departments.tsv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("'商务局'"), e.getMessage());
        assertTrue(e.getMessage().contains("wh-commerce"), e.getMessage());
    }

    @Test
    void aPlaceThatIsNoPlaceNamesDepartmentsTsvAndItsLine() {
        SeedException e = assertThrows(SeedException.class, () -> readerWithFixture("bad-place").vocabulary());
        assertTrue(e.getMessage().contains("vocabulary/departments.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("place '武汉'"), e.getMessage());
    }

    @Test
    void aRoleAtALocationTheParserDoesNotAssignNamesRolesTsvAndItsLine() {
        SeedException e = assertThrows(SeedException.class,
                () -> readerWithFixture("unknown-role-location").read("003"));
        assertTrue(e.getMessage().contains("corrections/roles.tsv:2"), e.getMessage());
        assertTrue(e.getMessage().contains("九(九)"), e.getMessage());
    }

    @Test
    void aMissingDataFileIsNamedInTheError() {
        SeedSource real = SeedSource.directory(RealSeed.ROOT);
        SeedSource withoutCitations = new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String path) {
                return path.equals("citations.tsv") ? Optional.empty() : real.readIfPresent(path);
            }

            @Override
            public String describe(String path) {
                return real.describe(path);
            }
        };
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedReader(withoutCitations, IndicatorFinder.NONE).read("001"));
        assertTrue(e.getMessage().contains("citations.tsv"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aTsvRowWithMoreCellsThanTheHeaderNamesItsLine() {
        SeedException e = assertThrows(SeedException.class,
                () -> TsvTable.parse("x.tsv", "# comment\na\tb\n1\t2\n\n1\t2\t3\n"));
        assertEquals("x.tsv:5", e.where());
    }

    @Test
    void anUnknownDepartmentInStrictModeFailsAtTheAnnexLine() {
        // the real vocabulary minus 市考评办 (wh-evaluation), which leads annex row 2 (line 171)
        SeedSource real = SeedSource.directory(RealSeed.ROOT);
        SeedSource withoutEvaluationOffice = new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String path) {
                Optional<String> content = real.readIfPresent(path);
                if (path.equals("vocabulary/departments.tsv")) {
                    return content.map(c -> c.replaceAll("(?m)^wh-evaluation\t.*\n", ""));
                }
                return content;
            }

            @Override
            public String describe(String path) {
                return real.describe(path);
            }
        };
        SeedException e = assertThrows(SeedException.class,
                () -> new SeedReader(withoutEvaluationOffice, IndicatorFinder.NONE, true).read("003"));
        assertTrue(e.getMessage().contains("003_5712e3620262e150.txt:171"), e.getMessage());
        assertTrue(e.getMessage().contains("市考评办"), e.getMessage());
        var lenient = new SeedReader(withoutEvaluationOffice, IndicatorFinder.NONE).read("003");
        assertTrue(lenient.warnings().stream().anyMatch(w -> w.contains("市考评办")), lenient.warnings().toString());
    }
}
