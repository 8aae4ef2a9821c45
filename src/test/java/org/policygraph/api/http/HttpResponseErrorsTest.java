package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The normalisation every executed response goes through (no Quarkus needed). */
class HttpResponseErrorsTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void classDerivedOrMissingCodesBecomeInternalServerError() {
        JsonObject result = ResponseErrors.normalize(json("""
                {"errors":[{"message":"System error","extensions":{"code":"runtime","classification":"DataFetchingException"}},
                           {"message":"x"},
                           {"message":"y","extensions":{"code":"PAGE_SIZE_EXCEEDED"}}],
                 "data":null}"""));
        assertThat(result.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").toString())
                .isEqualTo("{\"code\":\"INTERNAL_SERVER_ERROR\"}");
        assertThat(result.getJsonArray("errors").getJsonObject(1).getJsonObject("extensions").getString("code"))
                .isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(result.getJsonArray("errors").getJsonObject(2).getJsonObject("extensions").getString("code"))
                .isEqualTo("PAGE_SIZE_EXCEEDED");
        assertThat(result.containsKey("data")).isTrue();
    }

    @Test
    void resultsWithoutErrorsAreUntouched() {
        JsonObject ok = json("{\"data\":{\"a\":1}}");
        assertThat(ResponseErrors.normalize(ok)).isSameAs(ok);
    }

    @Test
    void ifNoneMatchUsesWeakComparison() {
        String etag = GraphQLHttpHandler.etag("{\"data\":{}}");
        assertThat(GraphQLHttpHandler.matches(etag, etag)).isTrue();
        assertThat(GraphQLHttpHandler.matches("\"other\", W/" + etag, etag)).isTrue();
        assertThat(GraphQLHttpHandler.matches("*", etag)).isTrue();
        assertThat(GraphQLHttpHandler.matches("\"other\"", etag)).isFalse();
        assertThat(GraphQLHttpHandler.matches(null, etag)).isFalse();
    }
}
