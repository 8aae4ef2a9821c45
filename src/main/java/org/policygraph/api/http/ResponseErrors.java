package org.policygraph.api.http;

import java.util.regex.Pattern;

import io.quarkus.jsonp.JsonProviderHolder;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * The last line of defence for error codes: every error in a response gets an {@code extensions.code} in
 * SCREAMING_SNAKE_CASE. SmallRye derives a code from the exception class for exceptions without {@code @ErrorCode}
 * (e.g. {@code "runtime"} for a RuntimeException) — such codes, and missing ones, become INTERNAL_SERVER_ERROR;
 * engine detail fields (classification, exception, stackTrace) are dropped.
 */
public final class ResponseErrors {

    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private ResponseErrors() {
    }

    public static JsonObject normalize(JsonObject result) {
        if (!(result.get("errors") instanceof jakarta.json.JsonArray errors) || errors.isEmpty()) {
            return result;
        }
        var provider = JsonProviderHolder.jsonProvider();
        JsonArrayBuilder fixed = provider.createArrayBuilder();
        for (JsonValue value : errors) {
            if (!(value instanceof JsonObject error)) {
                fixed.add(value);
                continue;
            }
            JsonObject extensions = error.get("extensions") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
            JsonObjectBuilder ext = provider.createObjectBuilder(extensions)
                    .remove("classification").remove("exception").remove("stackTrace").remove("stacktrace");
            String code = extensions.get("code") instanceof jakarta.json.JsonString s ? s.getString() : null;
            if (code == null || !CODE.matcher(code).matches()) {
                ext.add("code", INTERNAL_SERVER_ERROR);
            }
            fixed.add(provider.createObjectBuilder(error).add("extensions", ext));
        }
        return provider.createObjectBuilder(result).add("errors", fixed).build();
    }
}
