package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.policygraph.model.EditorAliases;

/**
 * Whatever text an editor submits, the parser answers with a reading or with a {@link SeedException} that names the
 * problem — never with another exception, which the API could only report as a system error. The texts are the
 * extraction corpus's tuning plans, each also cut and reshaped the way extraction and pasting damage real plans: cut
 * short, a page of lines lost, all lines run together, only its second half. A parser bug that an unusual sentence
 * triggers (an index past a clause, a reading of nothing) shows up here as the text, the damage and the frame.
 */
class ParserRobustnessTest {

    private record Damage(String name, UnaryOperator<String> apply) {
    }

    private static final List<Damage> DAMAGES = List.of(
            new Damage("as printed", text -> text),
            new Damage("cut at a third", text -> text.substring(0, text.length() / 3)),
            new Damage("cut at two thirds", text -> text.substring(0, 2 * text.length() / 3)),
            new Damage("every other line lost", ParserRobustnessTest::everyOtherLine),
            new Damage("lines run together", text -> text.replace("\n", "")),
            new Damage("second half only", text -> text.substring(text.indexOf('\n', text.length() / 2) + 1)),
            new Damage("commas lost", text -> text.replace("，", "").replace(",", "")),
            new Damage("full stops as commas", text -> text.replace("。", "，")),
            new Damage("lines in reverse order", ParserRobustnessTest::reversedLines));

    /**
     * The texts are read in parallel by one reader, as the service's one reader serves concurrent ingests: a parser
     * that kept state between readings would show up here too.
     */
    @Test
    void everyTextAndEveryDamageOfItIsReadOrRefusedWithAReason() throws IOException {
        SeedReader reader = new SeedReader(SeedSource.directory(RealSeed.ROOT));
        List<String> crashes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger read = new AtomicInteger();
        tuningTexts().parallelStream().forEach(file -> {
            String printed = read(file);
            for (Damage damage : DAMAGES) {
                String text = damage.apply().apply(printed);
                String title = firstLine(text);
                if (title.isEmpty()) {
                    continue;
                }
                try {
                    reader.readSubmitted(SubmittedDocumentTest.submission("robustness", "outline", title, text),
                            EditorAliases.none());
                    read.incrementAndGet();
                } catch (ParserFailure failed) { // a SeedException, but the parser's bug, not a reason
                    crashes.add(crash(file, damage, failed.getCause()));
                } catch (SeedException refused) {
                    read.incrementAndGet(); // a refusal that names its reason is an answer
                } catch (RuntimeException crash) {
                    crashes.add(crash(file, damage, crash));
                }
            }
        });
        assertThat(crashes).as("texts the parser crashed on").isEmpty();
        assertThat(read.get()).as("texts read or refused").isGreaterThan(DAMAGES.size() * 200);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String crash(Path file, Damage damage, Throwable crash) {
        return file.getFileName() + " (" + damage.name() + "): " + crash + " at "
                + Arrays.stream(crash.getStackTrace()).filter(f -> f.getClassName().startsWith("org.policygraph"))
                        .findFirst().map(StackTraceElement::toString).orElse("?");
    }

    private static List<Path> tuningTexts() throws IOException {
        try (Stream<Path> files = Files.list(ExtractionQualityTest.CORPUS.resolve(ExtractionQualityTest.TUNING))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String reversedLines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        Collections.reverse(lines);
        return String.join("\n", lines);
    }

    private static String everyOtherLine(String text) {
        List<String> lines = text.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> i % 2 == 0).mapToObj(lines::get)
                .collect(Collectors.joining("\n"));
    }
}
