package org.policygraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;

/**
 * The walk the corpus printers share ({@link PrintCorpusIndicators}, {@link PrintCorpusMeasures}): each text of the
 * extraction benchmark's tuning split (or those named), read as a submission without Neo4j, what the parser found
 * printed by the caller, then the hand-read rows the caller wants beside it. Never the held-out texts.
 */
final class TuningTextPrinter {

    private TuningTextPrinter() {
    }

    /**
     * @param names  the texts to print, all tuning texts when empty
     * @param found  prints what the parser found in one text
     * @param wanted the line to print for a row of the text's expected file, or null to skip the row
     */
    static void print(SeedReader reader, String[] names, Consumer<DocumentBundle> found,
                      Function<String, String> wanted) throws IOException {
        for (ExtractionQualityTest.CorpusText text : ExtractionQualityTest.CorpusText.all()) {
            if (!text.split().equals(ExtractionQualityTest.TUNING)
                    || names.length > 0 && !List.of(names).contains(text.name())) {
                continue;
            }
            System.out.println("=== " + text.name());
            try {
                found.accept(reader.readSubmitted(text.submission(), EditorAliases.none()).bundle());
            } catch (RuntimeException e) {
                System.out.println("refused: " + e.getMessage());
            }
            for (String row : Files.readAllLines(text.expectedFile(), StandardCharsets.UTF_8)) {
                String line = wanted.apply(row);
                if (line != null) {
                    System.out.println(line);
                }
            }
        }
    }
}
