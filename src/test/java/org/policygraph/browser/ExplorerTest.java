package org.policygraph.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The reference explorer (clients/explorer, docs/explorer.md): served by the service at /explorer with its libraries;
 * its code type-checks against TypeScript types generated from schema.graphql; and in headless Chromium it answers
 * the README's five questions the way the GraphQL API does (clients/explorer/test/explorer-browser.mjs). The Node and
 * browser checks are skipped with a message where node/npm or Chromium is missing.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExplorerTest {

    private static final Pattern IMPORT = Pattern.compile("\"([^\"]+)\":\\s*\"\\./(vendor/[^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    @Test
    void theExplorerIsServedWithEveryLibraryItsImportMapNames() {
        String html = given().get("/explorer/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        Map<String, String> imports = new LinkedHashMap<>();
        Matcher m = IMPORT.matcher(html);
        while (m.find()) {
            imports.put(m.group(1), m.group(2));
        }
        assertThat(imports).containsOnlyKeys("@urql/core", "wonka", "@0no-co/graphql.web", "graphql-ws");
        imports.forEach((specifier, file) -> given().get("/explorer/" + file).then().statusCode(200)
                .contentType(containsString("javascript")));
        given().get("/explorer/app.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void theServedLibrariesAreTheVersionsTheTypeCheckUses() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        String lock = Files.readString(ExplorerTooling.EXPLORER.resolve("package-lock.json"), StandardCharsets.UTF_8);
        Map<String, String> packages = Map.of("urql-core", "@urql/core", "wonka", "wonka",
                "graphql-web", "@0no-co/graphql.web", "graphql-ws", "graphql-ws");
        packages.forEach((property, name) -> {
            Matcher served = Pattern.compile("<explorer\\." + Pattern.quote(property) + "\\.version>([^<]+)<").matcher(pom);
            Matcher locked = Pattern.compile("\"node_modules/" + Pattern.quote(name) + "\":\\s*\\{\\s*\"version\":\\s*\"([^\"]+)\"")
                    .matcher(lock);
            assertThat(served.find()).as("pom.xml explorer.%s.version", property).isTrue();
            assertThat(locked.find()).as("%s in clients/explorer/package-lock.json", name).isTrue();
            assertThat(served.group(1)).as(name).isEqualTo(locked.group(1));
        });
    }

    @Test
    void theExplorerTypeChecksAgainstTypesGeneratedFromTheSchema() throws Exception {
        ExplorerTooling.npmCi();
        Path generated = ExplorerTooling.EXPLORER.resolve("generated/schema.ts");
        Files.deleteIfExists(generated);
        var codegen = ExplorerTooling.run(List.of("node", "node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", "codegen.yml"), 180);
        assertThat(codegen.exitCode()).as("graphql-codegen output:%n%s", codegen.output()).isZero();
        assertThat(generated).exists();
        var tsc = ExplorerTooling.run(List.of("node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json"), 180);
        assertThat(tsc.exitCode()).as("tsc --checkJs output:%n%s", tsc.output()).isZero();
    }

    @Test
    void theExplorerAnswersTheReadmeQuestionsInChromiumAsTheApiDoes() throws Exception {
        String chromium = ExplorerTooling.chromium();
        ExplorerTooling.npmCi();
        List<String> command = new ArrayList<>(List.of("node", "test/explorer-browser.mjs", root.toString(), "--chromium", chromium));
        String screenshots = System.getProperty("explorer.screenshots", "");
        if (!screenshots.isBlank()) { // docs/explorer.md: -Dexplorer.screenshots=docs/img/explorer
            command.addAll(List.of("--screenshots", Path.of(screenshots).toAbsolutePath().toString()));
        }
        var result = ExplorerTooling.run(command, 600);
        assertThat(result.exitCode()).as("explorer browser test output:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("explorer: all checks passed");
    }
}
