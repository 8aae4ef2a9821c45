package org.policygraph.api.badinput;

import java.util.Set;

import io.vertx.core.json.JsonObject;

/**
 * Builds the huge inputs of the corpus (a 1 MB query, depth 50, 10 000 aliases, 10 000-character names ...) from
 * a few lines in the case file, so no megabyte fixture is checked in. A case's {@code request.generate} is
 *
 * <pre>
 * { "into": "params.query" | "params.variables.NAME" | "headers.NAME" | "body",
 *   "prefix": "...", "repeat": "...", "times": N, "middle": "...", "close": "...", "suffix": "..." }
 * </pre>
 *
 * and the generated text is
 * {@code prefix + repeat(0) + repeat(1) + ... + repeat(N-1) + middle + close × N + suffix}, where
 * {@code repeat(i)} is {@code repeat} with {@code {i}} replaced by i and {@code {i+1}} by i + 1 (distinct aliases,
 * chained fragments). {@code close} makes nesting: {@code repeat "a { "}, {@code middle "id"},
 * {@code close " }"} gives {@code a { a { ... id } }}. Everything but {@code into}, {@code repeat} and
 * {@code times} is optional (empty by default).
 *
 * <p>{@code into} says where the text goes: a member of the request's {@code params} (created as needed, next to the
 * members the case writes itself), a header, or the whole raw {@code body}.
 */
final class Generator {

    private static final Set<String> KEYS = Set.of("into", "prefix", "repeat", "times", "middle", "close", "suffix");

    private Generator() {
    }

    static void generateInto(JsonObject request, JsonObject spec) {
        for (String key : spec.fieldNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("generate has an unknown key \"" + key + "\" (allowed: " + KEYS + ")");
            }
        }
        String into = spec.getString("into");
        String repeat = spec.getString("repeat");
        Integer times = spec.getInteger("times");
        if (into == null || repeat == null || times == null || times < 1) {
            throw new IllegalArgumentException("generate needs into, repeat and times (at least 1)");
        }
        String text = generate(spec.getString("prefix", ""), repeat, times, spec.getString("middle", ""),
                spec.getString("close", ""), spec.getString("suffix", ""));
        if (into.equals("body")) {
            request.put("body", text);
        } else if (into.startsWith("params.") || into.startsWith("headers.")) {
            String member = into.substring(0, into.indexOf('.'));
            if (!request.containsKey(member)) {
                request.put(member, new JsonObject());
            }
            JsonObject target = request.getJsonObject(member);
            String[] path = into.substring(member.length() + 1).split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                if (!target.containsKey(path[i])) {
                    target.put(path[i], new JsonObject());
                }
                target = target.getJsonObject(path[i]);
            }
            target.put(path[path.length - 1], text);
        } else {
            throw new IllegalArgumentException("generate.into must be \"body\", \"params.<member>\" or \"headers.<name>\"");
        }
    }

    static String generate(String prefix, String repeat, int times, String middle, String close, String suffix) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < times; i++) {
            text.append(repeat.replace("{i+1}", String.valueOf(i + 1)).replace("{i}", String.valueOf(i)));
        }
        text.append(middle).append(close.repeat(times)).append(suffix);
        return text.toString();
    }
}
