package org.policygraph.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The Neo4j Browser style sheet and guide the service serves at /browser/: reachable cross-origin the way
 * Browser fetches them (with pragma/cache-control/sentry-trace headers, so preflighted; found with Chromium),
 * the style gives every label a caption that is not an id, and every query in the guide runs read-only.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class BrowserAssetsTest {

    static final String BROWSER_ORIGIN = "http://localhost:7474";

    @Inject
    Driver driver;

    @Test
    void theStyleSheetIsServedCrossOriginWithNameCaptions() {
        String grass = given().header("Origin", BROWSER_ORIGIN).get("/browser/policy-graph.grass")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(BROWSER_ORIGIN))
                .extract().asString();
        Map<String, Map<String, String>> rules = parseGrass(grass);
        assertThat(rules.get("node.Department")).containsEntry("caption", "{name}");
        assertThat(rules.get("node.Document")).containsEntry("caption", "{title}");
        assertThat(rules.get("node.Park")).containsEntry("caption", "{name}");
        assertThat(rules.get("node.Indicator")).containsEntry("caption", "{name}");
        assertThat(rules.get("node.Measure").get("caption")).contains("{number}").contains("{title}");
        for (String label : List.of("Document", "Section", "Measure", "Department", "Park", "Initiative", "Indicator")) {
            Map<String, String> rule = rules.get("node." + label);
            assertThat(rule).as(label).containsKeys("color", "diameter", "caption");
            assertThat(rule.get("caption")).as(label + " caption").doesNotContain("{id}");
        }
    }

    @Test
    void theGuideIsServedCrossOriginAndAnswersThePreflightOfPlay() {
        given().header("Origin", BROWSER_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "pragma,cache-control,sentry-trace,baggage")
                .options("/browser/guide.html")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(204)))
                .header("Access-Control-Allow-Origin", equalTo(BROWSER_ORIGIN))
                .header("Access-Control-Allow-Headers", containsString("pragma"))
                .header("Access-Control-Allow-Headers", containsString("cache-control"))
                .header("Access-Control-Allow-Headers", containsString("sentry-trace"));
        given().header("Origin", BROWSER_ORIGIN).header("pragma", "no-cache").header("cache-control", "no-cache")
                .get("/browser/guide.html")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(BROWSER_ORIGIN))
                .body(containsString("<slide"));
    }

    @Test
    void originsThatAreNotConfiguredGetNoCorsAccess() {
        given().header("Origin", "http://unknown.example").header("Access-Control-Request-Method", "GET")
                .options("/browser/guide.html")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void everyQueryInTheGuideRunsInAReadTransaction() {
        String html = given().get("/browser/guide.html").then().statusCode(200).extract().asString();
        Matcher pre = Pattern.compile("<pre class=\"runnable\">(.*?)</pre>", Pattern.DOTALL).matcher(html);
        List<String> queries = new ArrayList<>();
        while (pre.find()) {
            String text = pre.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
            if (!text.startsWith(":")) {
                queries.add(text);
            }
        }
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            for (String query : queries) {
                int rows = session.executeRead(tx -> tx.run(query).list().size());
                assertThat(rows).as("rows of guide query:%n%s", query).isPositive();
            }
        }
    }

    /**
     * The CSS form of GraSS parsed the way Neo4j Browser 5.24 parses it (a port of its parseGrass): quotes are
     * dropped and protect braces, selectors lose whitespace, declarations split on ';' and must split on ':' into
     * exactly two parts or Browser silently drops them. Comments are not supported by Browser.
     */
    static Map<String, Map<String, String>> parseGrass(String grass) {
        assertThat(grass).doesNotContain("/*");
        Map<String, String> blocks = new LinkedHashMap<>();
        boolean inQuote = false;
        boolean inBlock = false;
        boolean nested = false;
        StringBuilder selector = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (char c : grass.toCharArray()) {
            boolean skip = true;
            switch (c) {
                case '{' -> {
                    if (inQuote) {
                        skip = false;
                    } else if (inBlock) {
                        nested = true;
                    } else {
                        inBlock = true;
                    }
                }
                case '}' -> {
                    if (inQuote) {
                        skip = false;
                    } else if (nested) {
                        nested = false;
                    } else {
                        inBlock = false;
                        blocks.put(selector.toString(), body.toString());
                        selector.setLength(0);
                        body.setLength(0);
                    }
                }
                case '\'', '"' -> inQuote = !inQuote;
                default -> skip = false;
            }
            if (!skip) {
                if (inBlock) {
                    body.append(c);
                } else if (!Character.isWhitespace(c)) {
                    selector.append(c);
                }
            }
        }
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        blocks.forEach((name, block) -> {
            Map<String, String> props = new LinkedHashMap<>();
            for (String declaration : block.split(";")) {
                String[] kv = declaration.split(":");
                if (kv.length == 2) {
                    props.put(kv[0].trim(), kv[1].trim());
                } else if (!declaration.isBlank()) {
                    throw new AssertionError("Browser drops a declaration that is not exactly key: value: " + declaration);
                }
            }
            rules.put(name, props);
        });
        return rules;
    }
}
