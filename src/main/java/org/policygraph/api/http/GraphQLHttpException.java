package org.policygraph.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A request the endpoint answers itself, without executing it: the errors (each with {@code extensions.code}) and
 * the status for each response media type.
 */
public final class GraphQLHttpException extends RuntimeException {

    /** Malformed HTTP request: not JSON, missing or mistyped fields, wrong method or content type. */
    public static final String BAD_REQUEST = "BAD_REQUEST";

    final int statusForGraphQLResponseJson;
    final int statusForJson;
    final List<Map<String, Object>> errors;
    final Map<String, String> headers = new LinkedHashMap<>();

    private GraphQLHttpException(int statusForGraphQLResponseJson, int statusForJson, List<Map<String, Object>> errors) {
        super(String.valueOf(errors.get(0).get("message")), null, false, false);
        this.statusForGraphQLResponseJson = statusForGraphQLResponseJson;
        this.statusForJson = statusForJson;
        this.errors = errors;
    }

    /** Not a GraphQL-over-HTTP request at all: 4xx whatever the media type (spec: JSON parse failure, bad params). */
    public static GraphQLHttpException badRequest(int status, String message) {
        return new GraphQLHttpException(status, status, List.of(error(BAD_REQUEST, message, List.of())));
    }

    public static GraphQLHttpException badRequest(String message) {
        return badRequest(400, message);
    }

    /**
     * A well-formed GraphQL request that cannot be executed (document parse or validation failure, unknown
     * operation, variable coercion failure): 400 for {@code application/graphql-response+json}, 200 with
     * {@code errors} for legacy {@code application/json}.
     */
    public static GraphQLHttpException requestError(String code, String message) {
        return new GraphQLHttpException(400, 200, List.of(error(code, message, List.of())));
    }

    public static GraphQLHttpException requestErrors(String code, List<? extends GraphQLError> errors) {
        return new GraphQLHttpException(400, 200, errors.stream()
                .map(e -> error(code, e.getMessage(), e.getLocations() == null ? List.of() : e.getLocations()))
                .toList());
    }

    /** Any other combination of statuses (e.g. APQ not found: 404 / 200). */
    public static GraphQLHttpException of(int statusForGraphQLResponseJson, int statusForJson, String code,
            String message) {
        return new GraphQLHttpException(statusForGraphQLResponseJson, statusForJson,
                List.of(error(code, message, List.of())));
    }

    public GraphQLHttpException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status(MediaType mediaType) {
        return mediaType == MediaType.GRAPHQL_RESPONSE_JSON ? statusForGraphQLResponseJson : statusForJson;
    }

    private static Map<String, Object> error(String code, String message, List<SourceLocation> locations) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        if (!locations.isEmpty()) {
            error.put("locations", locations.stream()
                    .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList());
        }
        error.put("extensions", Map.of("code", code));
        return error;
    }
}
