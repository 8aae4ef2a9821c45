package org.policygraph.api.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * One case of the bad-input corpus: a file {@code NNN-short-name.json} under {@code src/test/resources/bad-input/}
 * (the format is described in that folder's README). Files are read strictly — an unknown key or a missing one is
 * an error — so a typo cannot quietly turn a case into one that asserts nothing.
 */
public record BadInputCase(String file, String description, String method, String path, Map<String, String> headers,
        byte[] body, String queryString, Expectation expect) {

    public static final Path FOLDER = Path.of("src/test/resources/bad-input");
    private static final Pattern FILE_NAME = Pattern.compile("\\d{3}-[a-z0-9]+(-[a-z0-9]+)*\\.json");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD");

    /** What the service must answer; exactly one of {@code code}, {@code data} and {@code noGraphQLBody}. */
    public record Expectation(List<Integer> statuses, String code, JsonObject data, boolean noGraphQLBody) {
    }

    @Override
    public String toString() {
        return file;
    }

    /** Everything the request says in text (query string and body), which an answer may quote back. */
    public String requestText() {
        return (queryString == null ? "" : queryString) + " " + String.join(" ", headers.values()) + " "
                + (body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    /** Every case of the corpus, in file-name order. */
    public static List<BadInputCase> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(BadInputCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case from its file. */
    static BadInputCase read(Path file) {
        String name = file.getFileName().toString();
        if (!FILE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(name + ": case files are named NNN-short-name.json");
        }
        try {
            JsonObject json = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
            return parse(name, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    static BadInputCase parse(String name, JsonObject json) {
        onlyKeys(json, "case", Set.of("description", "request", "expect"));
        String description = required(json, "description", String.class);
        JsonObject request = required(json, "request", JsonObject.class);
        onlyKeys(request, "request", Set.of("method", "path", "headers", "body", "bodyBase64", "params",
                "queryString", "generate"));
        String method = required(request, "method", String.class);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("request.method must be one of " + METHODS);
        }
        String path = required(request, "path", String.class);
        Map<String, String> headers = new LinkedHashMap<>();
        JsonObject headerObject = required(request, "headers", JsonObject.class);
        headerObject.forEach(h -> headers.put(h.getKey(), (String) h.getValue()));

        if (request.containsKey("generate")) {
            Generator.generateInto(request, required(request, "generate", JsonObject.class));
        }
        long inputs = Stream.of("body", "bodyBase64", "params", "queryString").filter(request::containsKey).count();
        if (inputs > 1) {
            throw new IllegalArgumentException("request takes at most one of body, bodyBase64, params, queryString");
        }
        byte[] body = null;
        String queryString = null;
        if (request.containsKey("body")) {
            body = request.getString("body").getBytes(StandardCharsets.UTF_8);
        } else if (request.containsKey("bodyBase64")) {
            body = Base64.getDecoder().decode(request.getString("bodyBase64"));
        } else if (request.containsKey("queryString")) {
            queryString = request.getString("queryString");
        } else if (request.containsKey("params")) {
            JsonObject params = request.getJsonObject("params");
            if (method.equals("GET")) {
                queryString = urlParameters(params);
            } else {
                body = params.encode().getBytes(StandardCharsets.UTF_8);
            }
        }
        return new BadInputCase(name, description, method, path, Collections.unmodifiableMap(headers), body, queryString,
                expectation(required(json, "expect", JsonObject.class)));
    }

    private static Expectation expectation(JsonObject expect) {
        onlyKeys(expect, "expect", Set.of("status", "code", "data", "noGraphQLBody"));
        Object status = expect.getValue("status");
        List<Integer> statuses = new ArrayList<>();
        if (status instanceof Integer single) {
            statuses.add(single);
        } else if (status instanceof JsonArray several && !several.isEmpty()) {
            several.forEach(s -> statuses.add((Integer) s));
        } else {
            throw new IllegalArgumentException("expect.status must be a status or a non-empty list of statuses");
        }
        long kinds = Stream.of("code", "data", "noGraphQLBody").filter(expect::containsKey).count();
        if (kinds != 1) {
            throw new IllegalArgumentException("expect takes exactly one of code, data, noGraphQLBody");
        }
        if ("INTERNAL_SERVER_ERROR".equals(expect.getValue("code"))) {
            throw new IllegalArgumentException("a case cannot expect INTERNAL_SERVER_ERROR: that code means a bug");
        }
        if (expect.containsKey("noGraphQLBody") && !expect.getBoolean("noGraphQLBody")) {
            throw new IllegalArgumentException("expect.noGraphQLBody can only be true");
        }
        return new Expectation(List.copyOf(statuses), expect.getString("code"), expect.getJsonObject("data"),
                expect.containsKey("noGraphQLBody"));
    }

    /** GraphQL-over-HTTP parameters as a URL query string: strings as they are, anything else as JSON. */
    private static String urlParameters(JsonObject params) {
        List<String> pairs = new ArrayList<>();
        params.forEach(p -> {
            Object value = p.getValue();
            String text = value instanceof String s ? s : io.vertx.core.json.Json.encode(value);
            pairs.add(encode(p.getKey()) + "=" + encode(text));
        });
        return String.join("&", pairs);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <T> T required(JsonObject json, String key, Class<T> type) {
        Object value = json.getValue(key);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("\"" + key + "\" is missing or not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static void onlyKeys(JsonObject json, String where, Set<String> allowed) {
        for (String key : json.fieldNames()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + " has an unknown key \"" + key + "\" (allowed: " + allowed + ")");
            }
        }
    }
}
