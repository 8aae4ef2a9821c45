package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policygraph.model.EditorAliases;

/**
 * When reading a submitted text fails for a reason of ours, not the text's (a parser bug), the editor is told so
 * plainly: a {@link ParserFailure}, which the API answers as PARSER_FAILED, saying that the parser failed, that
 * nothing was written and which text it failed on, the bug kept as its cause for the log. It names the text, not a
 * line: where a bug strikes is no line the editor could fix. No known text makes the parser fail
 * ({@link ParserRobustnessTest}), so a bug is stood in for by a seed file that cannot be read while the text is read.
 */
class ParserFailureTest {

    @Test
    void aBugWhileReadingATextIsReportedAsOursNamingTheTextAndKeepingTheBugForTheLog() {
        IllegalStateException bug = new IllegalStateException("a bug of the parser");
        SeedSource real = SeedSource.directory(RealSeed.ROOT);
        SeedSource failingWhileReading = new SeedSource() {
            @Override
            public Optional<String> readIfPresent(String relativePath) {
                if (relativePath.equals(SeedReader.INDICATOR_CORRECTIONS)) {
                    throw bug; // read again for each submitted text, once its lines have been checked
                }
                return real.readIfPresent(relativePath);
            }

            @Override
            public String describe(String relativePath) {
                return real.describe(relativePath);
            }
        };
        SeedReader reader = new SeedReader(failingWhileReading, IndicatorFinder.NONE);
        SubmittedDocument submitted = SubmittedDocumentTest.submission(SubmittedDocumentTest.ID, "outline",
                SubmittedDocumentTest.TITLE, SubmittedDocumentTest.sample("digital-trade-2026.txt"));

        assertThatThrownBy(() -> reader.readSubmitted(submitted, EditorAliases.none()))
                .isInstanceOf(ParserFailure.class)
                .hasMessageStartingWith("source: the parser failed on this text")
                .hasMessageContaining("nothing was written")
                .hasMessageNotContaining("IllegalStateException")
                .hasCause(bug);
    }
}
