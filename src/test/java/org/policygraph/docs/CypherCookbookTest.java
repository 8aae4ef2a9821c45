package org.policygraph.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keeps docs/cypher-cookbook.md honest: every entry's query runs in a read transaction against the seeded graph
 * and must give exactly the answer table the cookbook prints (format described at the top of the cookbook).
 *
 * <p>To see what the queries return now (e.g. after a deliberate seed change), run with
 * {@code -Dcookbook.actual=target/cypher-cookbook.actual.md}: a copy of the cookbook with the current answers is
 * written there, to diff against docs/ and review by hand before copying anything over.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class CypherCookbookTest {

    static final Path COOKBOOK = Path.of("docs/cypher-cookbook.md");

    @Inject
    Driver driver;

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsDocumentedAnswer() throws IOException {
        return Cookbook.parse(Files.readString(COOKBOOK)).stream()
                .map(entry -> DynamicTest.dynamicTest(entry.number() + ". " + entry.question(), () -> {
                    List<String> actual = answer(entry.cypher());
                    assertThat(String.join("\n", actual))
                            .as("answer of cookbook entry %d (%s); the query returned:%n%s", entry.number(),
                                    entry.question(), String.join("\n", actual))
                            .isEqualTo(String.join("\n", entry.answer()));
                }));
    }

    @Test
    void theCookbookHasAtLeastFifteenEntriesNumberedInOrderEachWithAnOrderBy() throws IOException {
        List<Cookbook.Entry> entries = Cookbook.parse(Files.readString(COOKBOOK));
        assertThat(entries).hasSizeGreaterThanOrEqualTo(15);
        for (int i = 0; i < entries.size(); i++) {
            Cookbook.Entry entry = entries.get(i);
            assertThat(entry.number()).as("entry numbering").isEqualTo(i + 1);
            assertThat(entry.cypher()).as("entry %d must ORDER BY for a deterministic answer", entry.number())
                    .containsIgnoringCase("ORDER BY");
            assertThat(entry.answer()).as("entry %d answer has a header line", entry.number()).isNotEmpty();
        }
    }

    @Test
    void theParserRejectsAnEntryWithoutItsAnswer() {
        String broken = """
                ## Questions
                ### 1. Lonely question
                ```cypher
                RETURN 1 AS one ORDER BY one
                ```
                """;
        assertThatThrownBy(() -> Cookbook.parse(broken)).hasMessageContaining("entry 1").hasMessageContaining("text");
    }

    /** What docs/read-only-analysts.md promises: a read transaction cannot change the seed. */
    @Test
    void aReadTransactionCannotWrite() {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            assertThatThrownBy(() -> session.executeRead(tx -> tx.run("CREATE (:Scratch {id: 'x'})").consume()))
                    .hasMessageContaining("read");
        }
        assertThat(driver.executableQuery("MATCH (n:Scratch) RETURN count(n) AS n").execute().records().get(0)
                .get("n").asLong()).isZero();
    }

    /** Writes the cookbook with the current answers to -Dcookbook.actual, if given (a review aid, never docs/). */
    @Test
    void writeCurrentAnswersWhenAsked() throws IOException {
        String target = System.getProperty("cookbook.actual");
        if (target == null || target.isBlank()) {
            return;
        }
        String text = Files.readString(COOKBOOK);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Cookbook.Entry entry : Cookbook.parse(text)) {
            // entries come in file order; replace each answer block at or after the previous one
            int at = text.indexOf(entry.answerBlock(), from);
            out.append(text, from, at).append(Cookbook.textBlock(answer(entry.cypher())));
            from = at + entry.answerBlock().length();
        }
        out.append(text.substring(from));
        Files.writeString(Path.of(target), out.toString(), StandardCharsets.UTF_8);
    }

    private List<String> answer(String cypher) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                var result = tx.run(cypher);
                List<String> lines = new ArrayList<>();
                lines.add(String.join(" | ", result.keys()));
                for (Record record : result.list()) {
                    lines.add(record.values().stream().map(CypherCookbookTest::render).collect(Collectors.joining(" | ")));
                }
                return lines;
            });
        }
    }

    /**
     * Renders one value the way the cookbook prints it: null as {@code null}; strings as they are, with a line
     * break as {@code \n} and a pipe as {@code \|}; integers plainly; floats without trailing zeros (80.0 as 80,
     * 1.34 as 1.34); booleans as true/false; lists as [a, b]; maps as {k: v} with keys sorted. Queries return
     * values, never whole nodes or relationships.
     */
    static String render(Value value) {
        TypeSystem types = TypeSystem.getDefault();
        if (value.isNull()) {
            return "null";
        }
        if (value.hasType(types.STRING())) {
            return value.asString().replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n").replace("|", "\\|");
        }
        if (value.hasType(types.INTEGER())) {
            return Long.toString(value.asLong());
        }
        if (value.hasType(types.FLOAT())) {
            return BigDecimal.valueOf(value.asDouble()).stripTrailingZeros().toPlainString();
        }
        if (value.hasType(types.BOOLEAN())) {
            return Boolean.toString(value.asBoolean());
        }
        if (value.hasType(types.LIST())) {
            return value.asList(CypherCookbookTest::render).stream().collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.hasType(types.MAP())) {
            Map<String, String> sorted = new TreeMap<>(value.asMap(CypherCookbookTest::render));
            return sorted.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("cookbook queries must return plain values, not " + value.type().name()
                + " (return properties such as n.id instead of n)");
    }

    /** The cookbook's entry format: {@code ### N. Question}, one ```cypher block, then one ```text answer block. */
    static final class Cookbook {

        record Entry(int number, String question, String cypher, List<String> answer, String answerBlock) {
        }

        private static final Pattern HEADING = Pattern.compile("^### (\\d+)\\. (.+)$");

        static List<Entry> parse(String markdown) {
            List<Entry> entries = new ArrayList<>();
            String[] lines = markdown.split("\n", -1);
            int i = 0;
            while (i < lines.length) {
                Matcher heading = HEADING.matcher(lines[i]);
                if (!heading.matches()) {
                    i++;
                    continue;
                }
                int number = Integer.parseInt(heading.group(1));
                String question = heading.group(2).trim();
                String cypher = null;
                List<String> answer = null;
                String answerBlock = null;
                i++;
                while (i < lines.length && !lines[i].startsWith("## ") && !lines[i].startsWith("### ")) {
                    String fence = lines[i].trim();
                    if (fence.equals("```cypher") || fence.equals("```text")) {
                        List<String> body = new ArrayList<>();
                        int start = i;
                        i++;
                        while (i < lines.length && !lines[i].trim().equals("```")) {
                            body.add(lines[i].stripTrailing());
                            i++;
                        }
                        if (i == lines.length) {
                            throw new IllegalArgumentException("cookbook entry " + number + ": unclosed " + fence);
                        }
                        String block = String.join("\n", List.of(lines).subList(start, i + 1));
                        if (fence.equals("```cypher")) {
                            if (cypher != null) {
                                throw new IllegalArgumentException("cookbook entry " + number + ": two cypher blocks");
                            }
                            cypher = String.join("\n", body).trim();
                        } else {
                            if (cypher == null || answer != null) {
                                throw new IllegalArgumentException("cookbook entry " + number
                                        + ": the text block must follow exactly one cypher block");
                            }
                            answer = body;
                            answerBlock = block;
                        }
                    }
                    i++;
                }
                if (cypher == null || answer == null) {
                    throw new IllegalArgumentException("cookbook entry " + number + " (" + question
                            + ") needs a ```cypher block and a ```text answer block");
                }
                entries.add(new Entry(number, question, cypher, answer, answerBlock));
            }
            return entries;
        }

        static String textBlock(List<String> lines) {
            return "```text\n" + String.join("\n", lines) + "\n```";
        }
    }
}
