package org.policygraph.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.support.IsolatedNeo4jTestResource.count;
import static org.policygraph.support.IsolatedNeo4jTestResource.graphSize;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SubmissionCatalog;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The ingest as a batch command: a TSV in the documents.tsv format, texts in UTF-8. Every text is checked before
 * the first write, so one bad file means nothing is written.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class IngestCommandTest {

    @Inject
    IngestCommand command;

    static Path submissions() throws URISyntaxException {
        return Path.of(IngestCommandTest.class.getResource("/ingest-submissions/plans.tsv").toURI()).getParent();
    }

    @Test
    void aCatalogOfPlansIsWrittenAndAuditedAsTheCommandLineUser() throws Exception {
        assertThat(command.run(submissions().resolve("plans.tsv"))).isZero();
        assertThat(count("MATCH (m:Measure {documentId: 'cli-digital-trade'}) RETURN count(m)")).isEqualTo(4);
        assertThat(count("MATCH (d:Document {id: 'cli-digital-trade', status: 'DRAFT'}) RETURN count(d)")).isEqualTo(1);
        assertThat(count("MATCH (c:Change {documentId: 'cli-digital-trade'}) WHERE c.actor STARTS WITH 'cli:' "
                + "RETURN count(c)")).isEqualTo(1);
        // running it again changes nothing
        long before = graphSize();
        assertThat(command.run(submissions().resolve("plans.tsv"))).isZero();
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void oneFileInTheWrongEncodingMeansNothingIsWritten(@TempDir Path dir) throws Exception {
        Files.copy(submissions().resolve("digital-trade-2026.txt"), dir.resolve("good.txt"));
        String text = Files.readString(submissions().resolve("digital-trade-2026.txt"));
        Files.write(dir.resolve("gbk.txt"), text.getBytes(Charset.forName("GBK")));
        Files.writeString(dir.resolve("plans.tsv"), """
                id\tfile\tlayout\ttitle\tdocNumber\tissuedOn\tstatus\thorizon\tissuers
                cli-good\tgood.txt\toutline\t武汉市数字贸易促进行动方案\t\t2026-03\tFINAL\t2028\t
                cli-gbk\tgbk.txt\toutline\t武汉市数字贸易促进行动方案\t\t2026-03\tFINAL\t2028\t
                """);
        long before = graphSize();
        assertThat(command.run(dir.resolve("plans.tsv"))).isEqualTo(1);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aTextThatIsNotUtf8IsNamedByFileLineAndByte(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("plan.txt");
        Files.write(gbk, "第一行\n第二行武汉".getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> SubmissionCatalog.read(catalogFor(dir, "plan.txt")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(gbk + ":1: not valid UTF-8 at byte 0")
                .hasMessageContaining("iconv");
    }

    @Test
    void aFileCutInsideACharacterIsCalledTruncated(@TempDir Path dir) throws IOException {
        byte[] utf8 = "武汉市数字贸易促进行动方案".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("cut.txt"), Arrays.copyOf(utf8, utf8.length - 1));
        assertThatThrownBy(() -> SubmissionCatalog.read(catalogFor(dir, "cut.txt")))
                .hasMessageContaining("truncated");
    }

    @Test
    void aDocumentListedTwiceIsRefusedNamingBothLines(@TempDir Path dir) throws Exception {
        Files.copy(submissions().resolve("digital-trade-2026.txt"), dir.resolve("plan.txt"));
        Files.writeString(dir.resolve("plans.tsv"), """
                id\tfile\tlayout\ttitle\tdocNumber\tissuedOn\tstatus\thorizon\tissuers
                twice\tplan.txt\toutline\t武汉市数字贸易促进行动方案\t\t\tFINAL\t\t
                twice\tplan.txt\toutline\t武汉市数字贸易促进行动方案\t\t\tFINAL\t\t
                """);
        assertThatThrownBy(() -> SubmissionCatalog.read(dir.resolve("plans.tsv")))
                .hasMessageContaining("plans.tsv:3").hasMessageContaining("plans.tsv:2");
    }

    private static Path catalogFor(Path dir, String file) throws IOException {
        Path tsv = dir.resolve("plans.tsv");
        Files.writeString(tsv, "id\tfile\tlayout\ttitle\tdocNumber\tissuedOn\tstatus\thorizon\tissuers\n"
                + "x\t" + file + "\toutline\t武汉市数字贸易促进行动方案\t\t\tFINAL\t\t\n");
        return tsv;
    }

}
