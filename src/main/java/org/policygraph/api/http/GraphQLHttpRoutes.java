package org.policygraph.api.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.policygraph.api.resolve.CompiledQueries;
import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.security.AccessPolicy;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Puts {@link GraphQLHttpHandler} on the GraphQL path ({@code quarkus.smallrye-graphql.root-path}) ahead of
 * SmallRye's own route, which from then on only answers OPTIONS.
 */
@ApplicationScoped
public class GraphQLHttpRoutes {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
    String rootPath;

    @Inject
    PolicyGraphConfig config;

    /** As SmallRye decides for its own route: blocking only when non-blocking execution is switched off. */
    @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
    Optional<Boolean> nonBlocking;

    @Inject
    GraphQLDocuments documents;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    AccessPolicy accessPolicy;

    @Inject
    CompiledQueries compiledQueries;

    void register(@Observes Router router) {
        InstanceHandle<CurrentIdentityAssociation> identity = Arc.container().instance(CurrentIdentityAssociation.class);
        CurrentVertxRequest currentRequest = Arc.container().instance(CurrentVertxRequest.class).get();
        GraphQLHttpHandler handler = new GraphQLHttpHandler(identity.isAvailable() ? identity.get() : null,
                currentRequest, nonBlocking.map(enabled -> !enabled).orElse(false), documents, persistedQueries,
                config.http().getCacheControl().filter(value -> !value.isBlank()), accessPolicy, compiledQueries);
        // Proactive authentication rejects a bad token or password before any handler runs; on this path the
        // client gets a GraphQL error body with a code rather than a bare 401.
        router.route(rootPath).order(-101).failureHandler(GraphQLHttpRoutes::answerAuthenticationFailure);
        // No file uploads: the endpoint takes JSON only, and by default Vert.x would store every multipart file part
        // under ./file-uploads (never deleted) before the 415 is sent.
        // A WebSocket upgrade (subscriptions, graphql-transport-ws) passes both to SmallRye's WebSocket handler, which
        // needs the request unread.
        long maxBodyBytes = config.http().maxBodyBytes();
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route(rootPath).order(-100).handler(ctx -> unlessWebSocket(ctx, body))
                .failureHandler(ctx -> GraphQLHttpHandler.writeFailure(ctx, maxBodyBytes));
        router.route(rootPath).order(-99).handler(ctx -> unlessWebSocket(ctx, handler));
    }

    private static void unlessWebSocket(RoutingContext ctx, Handler<RoutingContext> handler) {
        if (ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            ctx.next();
        } else {
            handler.handle(ctx);
        }
    }

    private static void answerAuthenticationFailure(RoutingContext ctx) {
        if (!(ctx.failure() instanceof AuthenticationFailedException) || ctx.response().ended()) {
            ctx.next();
            return;
        }
        GraphQLHttpHandler.writeDenied(ctx, AccessPolicy.Denial.UNAUTHENTICATED,
                "Authentication failed: the credentials sent are invalid or expired.");
    }
}
