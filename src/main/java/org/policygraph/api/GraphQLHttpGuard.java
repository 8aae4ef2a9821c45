package org.policygraph.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers requests whose GraphQL document cannot be parsed before they reach the engine, with a clear error and
 * a code: GRAPHQL_PARSE_FAILED, or QUERY_TOO_LARGE when the document exceeds the parser's token limit
 * ({@code quarkus.smallrye-graphql.parser-max-tokens}). Status 400 for clients that accept
 * {@code application/graphql-response+json}, 200 with {@code errors} for legacy {@code application/json}.
 * Well-formed requests pass through unchanged.
 */
@ApplicationScoped
public class GraphQLHttpGuard {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    void register(@Observes Router router) {
        router.route("/graphql").order(-100).handler(BodyHandler.create().setBodyLimit(1024 * 1024));
        router.route("/graphql").order(-99).handler(this::checkDocument);
    }

    private void checkDocument(RoutingContext ctx) {
        String query = queryOf(ctx);
        if (query == null) {
            ctx.next();
            return;
        }
        try {
            ParserEnvironment env = ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultParserOptions()).build();
            new Parser().parseDocument(env);
            ctx.next();
        } catch (ParseCancelledException e) {
            reject(ctx, "QUERY_TOO_LARGE", "The query is too large: " + e.getMessage());
        } catch (InvalidSyntaxException e) {
            reject(ctx, "GRAPHQL_PARSE_FAILED", "The query is not valid GraphQL syntax: " + e.getMessage());
        }
    }

    /** The query text of a POST JSON body or a GET request; null when there is none to check. */
    private static String queryOf(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.GET) {
            return ctx.request().getParam("query");
        }
        if (ctx.request().method() != HttpMethod.POST || ctx.body() == null || ctx.body().buffer() == null) {
            return null;
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return ctx.body().asString();
        }
        try {
            Object body = Json.decodeValue(ctx.body().buffer());
            return body instanceof JsonObject json && json.getValue("query") instanceof String q ? q : null;
        } catch (DecodeException e) {
            return null; // not JSON: the engine's own request handling answers it
        }
    }

    private static void reject(RoutingContext ctx, String code, String message) {
        String accept = ctx.request().getHeader("Accept");
        boolean modern = accept != null && accept.contains(GRAPHQL_RESPONSE);
        JsonObject body = new JsonObject(Map.of("errors",
                List.of(Map.of("message", message, "extensions", Map.of("code", code)))));
        ctx.response()
                .setStatusCode(modern ? 400 : 200)
                .putHeader("Content-Type", (modern ? GRAPHQL_RESPONSE : "application/json") + ";charset=UTF-8")
                .end(body.encode());
    }
}
