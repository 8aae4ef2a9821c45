package org.policygraph.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.policygraph.cache.BoundedCache;
import org.policygraph.config.PolicyGraphConfig;

/**
 * Automatic persisted queries (Apollo APQ, {@code extensions.persistedQuery = {version: 1, sha256Hash}}): query
 * texts by the hex SHA-256 of their text, in a bounded LRU ({@code policy-graph.http.apq.max-entries}). Only
 * documents that parsed and validated are stored.
 */
@ApplicationScoped
public class PersistedQueries {

    public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    public static final String HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private final BoundedCache<String, String> queries;

    public PersistedQueries(PolicyGraphConfig config) {
        this.queries = new BoundedCache<>(config.http().apq().maxEntries());
    }

    /** The hash an APQ request names, or null when it does not use APQ; 400 for a malformed extension. */
    public static String requestedHash(Map<String, Object> extensions) {
        if (extensions == null || !extensions.containsKey("persistedQuery")) {
            return null;
        }
        if (!(extensions.get("persistedQuery") instanceof Map<?, ?> pq)) {
            throw GraphQLHttpException.badRequest("extensions.persistedQuery must be an object {version, sha256Hash}.");
        }
        if (!(pq.get("version") instanceof Number version) || version.doubleValue() != 1) {
            throw GraphQLHttpException.badRequest("Unsupported persisted query version; only version 1 is supported.");
        }
        if (!(pq.get("sha256Hash") instanceof String hash) || !SHA256_HEX.matcher(hash).matches()) {
            throw GraphQLHttpException.badRequest("extensions.persistedQuery.sha256Hash must be 64 hex digits.");
        }
        return hash.toLowerCase(java.util.Locale.ROOT);
    }

    public String find(String hash) {
        return queries.get(hash);
    }

    public void store(String hash, String query) {
        queries.put(hash, query);
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
