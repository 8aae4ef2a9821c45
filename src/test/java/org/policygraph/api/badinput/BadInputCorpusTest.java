package org.policygraph.api.badinput;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, described in its README): every malformed, oversized or
 * hostile request gets a clear 4xx or a GraphQL error with an {@code extensions.code} — never a 5xx, a stack trace,
 * a Cypher fragment, a Java class name or a hang — and leaves the service healthy and the graph unchanged.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BadInputCorpusTest {

    /** Longer than any honest answer takes here (the slowest, a 1 MB body, takes well under a second). */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final int MINIMUM_CASES = 40;

    /**
     * Text only an internal detail puts into a response: stack frames, exception names, Cypher. A marker that the
     * request itself contains may come back (a message may quote the client's own input).
     */
    private static final List<String> LEAK_MARKERS = List.of("at org.", "at java.", "at io.", "Exception", "java.",
            "Caused by", "MATCH ", "RETURN ", "WHERE ", "UNWIND", "DETACH", "db.index.fulltext", "CALL ", "$skip",
            "$limit", "org.policygraph", "org.neo4j", "io.smallrye", "io.vertx", "io.quarkus", "graphql.execution");
    /** A fully qualified Java class name, e.g. graphql.schema.CoercingParseValueException. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|io|com|graphql)\\.[a-z][a-z0-9_]*\\.(?:[a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_$]*");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Path UPLOADS = Path.of("file-uploads");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Driver driver;

    static List<BadInputCase> corpus() {
        return BadInputCase.all();
    }

    @Test
    void theCorpusHasAtLeastFortyCases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    @Test
    void caseNumbersAreUniqueAndTheReadmeListsExactlyTheCases() throws IOException {
        List<String> names = corpus().stream().map(c -> c.file().replace(".json", "")).toList();
        assertThat(names.stream().map(n -> n.substring(0, 3))).doesNotHaveDuplicates();
        String readme = Files.readString(BadInputCase.FOLDER.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`(\\d{3}-[a-z0-9-]+)`").matcher(readme);
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isAnsweredClearlyAndLeavesTheServiceHealthy(BadInputCase badInput) throws IOException {
        String graphBefore = graphFingerprint();

        RawHttp.Response response = RawHttp.exchange(root.getHost(), root.getPort(), badInput.method(),
                badInput.path() + (badInput.queryString() == null ? "" : "?" + badInput.queryString()),
                badInput.headers(), badInput.body(), ANSWER_WITHIN);
        String body = response.bodyText();
        String seen = badInput.description() + "\n→ HTTP " + response.status() + " " + abbreviate(body);

        assertThat(response.status()).as("no 5xx: " + seen).isLessThan(500);
        assertThat(badInput.expect().statuses()).as("status: " + seen).contains(response.status());
        assertThat(leaks(badInput.requestText(), body)).as("internal details in the answer: " + seen).isEmpty();
        BadInputCase.Expectation expect = badInput.expect();
        if (expect.noGraphQLBody()) {
            assertThat(response.status()).as(seen).isBetween(400, 499);
            assertThat(graphQLBody(body)).as("a transport-level refusal has no GraphQL body: " + seen).isNull();
        } else {
            JsonObject json = graphQLBody(body);
            assertThat(json).as("a GraphQL response body: " + seen).isNotNull();
            assertThat(response.header("Content-Type")).as(seen)
                    .matches("application/(graphql-response\\+)?json;charset=UTF-8");
            if (expect.code() != null) {
                assertEveryErrorHasTheCode(json, expect.code(), seen);
            } else {
                assertThat(json.containsKey("errors")).as("answered as data, without errors: " + seen).isFalse();
                expect.data().forEach(entry -> assertThat(valueAt(json, entry.getKey()))
                        .as(entry.getKey() + " in " + seen).isEqualTo(entry.getValue()));
            }
        }

        assertServiceHealthy();
        assertThat(graphFingerprint()).as("the graph is unchanged").isEqualTo(graphBefore);
        assertThat(uploadedFiles()).as("the endpoint stores no uploaded files").isEmpty();
    }

    private static void assertEveryErrorHasTheCode(JsonObject json, String code, String seen) {
        assertThat(json.getValue("errors")).as("errors: " + seen).isInstanceOf(JsonArray.class);
        JsonArray errors = json.getJsonArray("errors");
        assertThat(errors).as("at least one error: " + seen).isNotEmpty();
        for (Object item : errors) {
            JsonObject error = (JsonObject) item;
            assertThat(error.getValue("message")).as("a message: " + seen).isInstanceOf(String.class);
            assertThat(error.getString("message")).as(seen).isNotBlank();
            JsonObject extensions = error.getJsonObject("extensions");
            assertThat(extensions).as("extensions: " + seen).isNotNull();
            assertThat(extensions.getString("code")).as("extensions.code: " + seen).isNotNull().matches(ERROR_CODE)
                    .isEqualTo(code);
        }
    }

    /** The service answers its readiness check and a known good query as before. */
    private static void assertServiceHealthy() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        GraphQL.post("{ department(name: \"市商务局\") { name } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.department.name", equalTo("市商务局"));
    }

    /** Counts of nodes, relationships, labels and properties: any write a request managed to make changes it. */
    private String graphFingerprint() {
        return driver.executableQuery("""
                MATCH (n) UNWIND CASE labels(n) WHEN [] THEN [''] ELSE labels(n) END AS label
                WITH label, count(*) AS nodes, sum(size(keys(n))) AS properties ORDER BY label
                WITH collect(label + ':' + nodes + '/' + properties) AS labels
                OPTIONAL MATCH ()-[r]->()
                RETURN labels, count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties
                """).execute().records().get(0).fields().toString();
    }

    /** Markers of internal detail in the answer that the request did not contain itself. */
    static List<String> leaks(String request, String body) {
        List<String> found = new ArrayList<>();
        for (String marker : LEAK_MARKERS) {
            if (body.contains(marker) && !request.contains(marker)) {
                found.add(marker);
            }
        }
        Matcher className = CLASS_NAME.matcher(body);
        while (className.find()) {
            if (!request.contains(className.group())) {
                found.add(className.group());
            }
        }
        return found;
    }

    /** The body as a GraphQL response (a JSON object with data or errors), or null if it is none. */
    private static JsonObject graphQLBody(String body) {
        try {
            JsonObject json = new JsonObject(body);
            return json.containsKey("errors") || json.containsKey("data") ? json : null;
        } catch (DecodeException | ClassCastException e) {
            return null;
        }
    }

    /**
     * The value at a dotted path ({@code data.measures.nodes}, {@code data.search.0.kind}; a last step
     * {@code size()} gives the length of a list); null when absent.
     */
    static Object valueAt(JsonObject json, String path) {
        Object at = json;
        for (String step : path.split("\\.")) {
            if (step.equals("size()") && at instanceof JsonArray array) {
                at = array.size();
            } else if (at instanceof JsonObject object) {
                at = object.getValue(step);
            } else if (at instanceof JsonArray array && step.matches("\\d+") && Integer.parseInt(step) < array.size()) {
                at = array.getValue(Integer.parseInt(step));
            } else {
                return null;
            }
        }
        return at;
    }

    private static List<Path> uploadedFiles() throws IOException {
        if (!Files.isDirectory(UPLOADS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(UPLOADS)) {
            return files.collect(Collectors.toList());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }
}
