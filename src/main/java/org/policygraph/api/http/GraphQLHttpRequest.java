package org.policygraph.api.http;

import static org.policygraph.api.http.GraphQLHttpException.badRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.ext.web.RoutingContext;

/**
 * The GraphQL-over-HTTP request parameters — {@code query}, {@code operationName}, {@code variables},
 * {@code extensions} — read from a GET query string or a POST {@code application/json} body, with every
 * malformation the spec names rejected as {@link GraphQLHttpException#badRequest 400 BAD_REQUEST} (or 415 for
 * the content type). {@code query} may be null here: an APQ request can name its document by hash alone.
 *
 * <p>JSON is read strictly (RFC 8259: no comments, nothing after the value), and text that is not Unicode — an
 * unpaired UTF-16 surrogate, which a JSON {@code \\uD800} escape can produce — is refused: it could match nothing
 * (the database stores UTF-8, where it becomes "?") and would only ever answer wrongly.
 */
public record GraphQLHttpRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    public static GraphQLHttpRequest fromGet(RoutingContext ctx) {
        return new GraphQLHttpRequest(
                nonBlank(single(ctx, "query")),
                nonBlank(single(ctx, "operationName")),
                jsonParameter(ctx, "variables"),
                jsonParameter(ctx, "extensions")).checkUnicode();
    }

    public static GraphQLHttpRequest fromPost(RoutingContext ctx) {
        checkContentType(ctx);
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw badRequest("The request body is empty; POST a JSON object with a \"query\".");
        }
        Object decoded;
        try {
            decoded = decodeJson(JacksonCodec.createParser(body));
        } catch (DecodeException e) {
            throw badRequest("The request body is not valid JSON.");
        }
        if (decoded instanceof JsonArray) {
            throw badRequest("Batched requests (a JSON array) are not supported; POST one JSON object with a \"query\".");
        }
        if (!(decoded instanceof JsonObject json)) {
            throw badRequest("The request body must be a JSON object with a \"query\".");
        }
        return new GraphQLHttpRequest(
                nonBlank(stringField(json, "query")),
                nonBlank(stringField(json, "operationName")),
                objectField(json, "variables"),
                objectField(json, "extensions")).checkUnicode();
    }

    /**
     * One JSON value (a JsonObject, JsonArray, String, Number, Boolean or null) and nothing after it. Vert.x's own
     * codec is used, with the one leniency it adds switched off: comments, which JSON does not have.
     */
    private static Object decodeJson(JsonParser parser) {
        parser.disable(JsonParser.Feature.ALLOW_COMMENTS);
        return JacksonCodec.fromParser(parser, Object.class);
    }

    /** 400 when any text of the request holds an unpaired surrogate (see the class comment). */
    private GraphQLHttpRequest checkUnicode() {
        if (hasUnpairedSurrogate(query) || hasUnpairedSurrogate(operationName) || hasUnpairedSurrogate(variables)
                || hasUnpairedSurrogate(extensions)) {
            throw badRequest("The request contains text that is not Unicode: an unpaired UTF-16 surrogate "
                    + "(a \\uD800-\\uDFFF escape without its other half).");
        }
        return this;
    }

    static boolean hasUnpairedSurrogate(Object value) {
        if (value instanceof String text) {
            return !text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)); // "?" in UTF-8
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .anyMatch(e -> hasUnpairedSurrogate(e.getKey()) || hasUnpairedSurrogate(e.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(GraphQLHttpRequest::hasUnpairedSurrogate);
        }
        return false;
    }

    /** {@code application/json} (optionally {@code ;charset=utf-8}) or 415. */
    private static void checkContentType(RoutingContext ctx) {
        String header = ctx.request().getHeader("Content-Type");
        if (header == null || header.isBlank()) {
            throw badRequest(415, "POST needs a Content-Type header: application/json.");
        }
        boolean json = MediaType.essence(header).equals("application/json");
        String charset = MediaType.charset(header);
        if (!json || (charset != null && !charset.equalsIgnoreCase("utf-8"))) {
            throw badRequest(415, "Unsupported Content-Type " + header + "; POST application/json (UTF-8).");
        }
    }

    private static String single(RoutingContext ctx, String name) {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw badRequest("The URL parameter " + name + " is given more than once.");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, Object> jsonParameter(RoutingContext ctx, String name) {
        String text = single(ctx, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        Object decoded;
        try {
            decoded = decodeJson(JacksonCodec.createParser(text));
        } catch (DecodeException e) {
            throw badRequest("The URL parameter " + name + " is not valid JSON; send URL-encoded JSON.");
        }
        if (decoded == null) {
            return null;
        }
        if (!(decoded instanceof JsonObject object)) {
            throw badRequest("The URL parameter " + name + " must be a JSON object.");
        }
        return plainMap(object);
    }

    private static String stringField(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw badRequest("\"" + name + "\" must be a string.");
    }

    private static Map<String, Object> objectField(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return plainMap(object);
        }
        throw badRequest("\"" + name + "\" must be a JSON object.");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Vert.x JSON to plain maps and lists, as graphql-java's value coercion expects. */
    static Map<String, Object> plainMap(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : object) {
            map.put(entry.getKey(), plain(entry.getValue()));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return plainMap(object);
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (Object item : array) {
                list.add(plain(item));
            }
            return list;
        }
        return value;
    }
}
