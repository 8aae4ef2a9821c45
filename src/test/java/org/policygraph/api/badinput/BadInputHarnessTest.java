package org.policygraph.api.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** The corpus harness itself (no Quarkus): the checks that every case relies on can fail. */
class BadInputHarnessTest {

    private static final String REQUEST = """
            "request": {"method": "POST", "path": "/graphql", "headers": {"Content-Type": "application/json"},
                        "params": {"query": "{ documents { id } }"}}""";

    @Test
    void generatorRepeatsWithIndexesAndNests() {
        assertThat(Generator.generate("{ ", "a{i}: f{i+1} ", 3, "", "", "}")).isEqualTo("{ a0: f1 a1: f2 a2: f3 }");
        assertThat(Generator.generate("{ ", "s { ", 3, "id", " }", " }")).isEqualTo("{ s { s { s { id } } } }");
    }

    @Test
    void generatedTextGoesIntoParamsOrBody() {
        BadInputCase generated = BadInputCase.parse("000-x.json", new JsonObject("""
                {"description": "d", %s, "expect": {"status": 400, "code": "X"}}""".formatted(REQUEST.replace(
                "\"params\": {\"query\": \"{ documents { id } }\"}}",
                "\"params\": {\"variables\": {}}, \"generate\": {\"into\": \"params.variables.n\", \"repeat\": \"局\", \"times\": 3}}"))));
        assertThat(new String(generated.body(), StandardCharsets.UTF_8)).isEqualTo("{\"variables\":{\"n\":\"局局局\"}}");
    }

    @Test
    void caseFilesAreReadStrictly() {
        assertThatThrownBy(() -> BadInputCase.parse("000-x.json", new JsonObject("""
                {"description": "d", %s, "expect": {"status": 400, "cod": "X"}}""".formatted(REQUEST))))
                .hasMessageContaining("unknown key \"cod\"");
        assertThatThrownBy(() -> BadInputCase.parse("000-x.json", new JsonObject("""
                {"description": "d", %s, "expect": {"status": 400}}""".formatted(REQUEST))))
                .hasMessageContaining("exactly one of code, data, noGraphQLBody");
    }

    @Test
    void leaksAreFoundUnlessTheRequestSaidThemFirst() {
        String stackTrace = "{\"errors\":[{\"message\":\"java.lang.IllegalStateException: x\\n\\tat org.policygraph.api.Page.of(Page.java:1)\"}]}";
        assertThat(BadInputCorpusTest.leaks("{}", stackTrace))
                .contains("at org.", "Exception", "java.", "java.lang.IllegalStateException", "org.policygraph.api.Page");
        assertThat(BadInputCorpusTest.leaks("{}", "{\"errors\":[{\"message\":\"Neo.ClientError: MATCH (m:Measure) WHERE m.id = $id\"}]}"))
                .contains("MATCH ", "WHERE ");
        assertThat(BadInputCorpusTest.leaks("name: MATCH (n)", "{\"errors\":[{\"message\":\"Unknown name: MATCH (n)\"}]}"))
                .isEmpty();
        assertThat(BadInputCorpusTest.leaks("{}", "{\"errors\":[{\"message\":\"first must be at most 100 (got 101)\"}]}"))
                .isEmpty();
    }

    @Test
    void dottedPathsReachIntoObjectsAndLists() {
        JsonObject answer = new JsonObject("{\"data\":{\"search\":[{\"kind\":\"MEASURE\"}],\"department\":null}}");
        assertThat(BadInputCorpusTest.valueAt(answer, "data.search.0.kind")).isEqualTo("MEASURE");
        assertThat(BadInputCorpusTest.valueAt(answer, "data.search.size()")).isEqualTo(1);
        assertThat(BadInputCorpusTest.valueAt(answer, "data.department")).isNull();
        assertThat(BadInputCorpusTest.valueAt(answer, "data.nothing.here")).isNull();
    }
}
