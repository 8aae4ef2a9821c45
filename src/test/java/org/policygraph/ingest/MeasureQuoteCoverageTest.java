package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.MeasureRecord;

/**
 * Every fact carries its verbatim quote, and a measure's quote covers its text: each character of the text (letters,
 * digits, Han; punctuation and white space aside) stands in the quote, in order. The quote may hold more (a row's names
 * between two sentences of its task), never less. Checked on the four seeds and on every tuning text of the extraction
 * corpus (held-out texts are not read by tests that print what they hold).
 */
class MeasureQuoteCoverageTest {

    @Test
    void eachMeasuresTextStandsInItsQuote() {
        SeedReader reader = new SeedReader(SeedSource.directory(RealSeed.ROOT));
        List<DocumentBundle> bundles = new ArrayList<>(reader.readAll());
        for (ExtractionQualityTest.CorpusText text : ExtractionQualityTest.CorpusText.all()) {
            if (!text.split().equals("tuning") || text.isSeed()) {
                continue;
            }
            try {
                bundles.add(reader.readSubmitted(text.submission(), EditorAliases.none()).bundle());
            } catch (SeedException refused) {
                // a refused text makes no measure; ExtractionQualityTest reports it
            }
        }
        List<String> uncovered = new ArrayList<>();
        int measures = 0;
        for (DocumentBundle bundle : bundles) {
            for (MeasureRecord measure : bundle.measures()) {
                measures++;
                if (!inOrder(letters(measure.text()), letters(measure.source().quote()))) {
                    uncovered.add(measure.id() + ": text '" + measure.text() + "' quote '" + measure.source().quote()
                            + "'");
                }
            }
        }
        assertThat(measures).as("measures read").isGreaterThan(500);
        assertThat(uncovered).as("measures whose text is not in their quote").isEmpty();
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Whether every character of {@code part} stands in {@code whole}, in the same order. */
    private static boolean inOrder(String part, String whole) {
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            at = whole.indexOf(part.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
