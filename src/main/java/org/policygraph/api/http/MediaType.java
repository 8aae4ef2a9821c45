package org.policygraph.api.http;

import java.util.Locale;
import java.util.Optional;

import io.vertx.ext.web.RoutingContext;

/**
 * The two response media types of the GraphQL over HTTP spec, and the negotiation between them.
 *
 * <p>{@link #GRAPHQL_RESPONSE_JSON} is the spec's media type: request errors are 4xx, and 200 means execution
 * started. {@link #JSON} is the legacy one (spec appendix A): 200 for every well-formed GraphQL request, whatever
 * GraphQL errors it has; 4xx only for requests that are not GraphQL requests at all.
 */
public enum MediaType {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    public final String value;

    MediaType(String value) {
        this.value = value;
    }

    public String contentType() {
        return value + ";charset=UTF-8";
    }

    /**
     * What the client's Accept header asks for, by preference: no Accept header, {@code *}{@code /*} or
     * {@code application/*} give the legacy {@link #JSON} (as the spec says to until clients have moved on);
     * empty when the header names neither type (406).
     */
    public static Optional<MediaType> negotiate(RoutingContext ctx) {
        String header = ctx.request().getHeader("Accept");
        if (header == null || header.isBlank()) {
            return Optional.of(JSON);
        }
        MediaType best = null;
        double bestQ = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] param = parts[i].trim().split("=", 2);
                if (param.length == 2 && param[0].trim().equalsIgnoreCase("q")) {
                    try {
                        q = Double.parseDouble(param[1].trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            MediaType candidate = switch (type) {
                case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
                case "application/json", "application/*", "*/*" -> JSON;
                default -> null;
            };
            // Highest q wins; on a tie the spec's own type is preferred.
            if (candidate != null && q > 0 && (q > bestQ || (q == bestQ && candidate == GRAPHQL_RESPONSE_JSON))) {
                best = candidate;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The media type of a Content-Type (or Accept) value without its parameters, lower case. */
    static String essence(String header) {
        return header.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type value, or null. */
    static String charset(String header) {
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param.length == 2 && param[0].trim().equalsIgnoreCase("charset")) {
                return param[1].trim().replace("\"", "");
            }
        }
        return null;
    }
}
