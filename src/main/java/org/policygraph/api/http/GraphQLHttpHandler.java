package org.policygraph.api.http;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.policygraph.api.resolve.CompiledQueries;
import org.policygraph.graph.GraphReads;
import org.policygraph.security.AccessPolicy;

import graphql.language.OperationDefinition;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.jsonp.JsonProviderHolder;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.json.JsonObjectBuilder;

/**
 * The GraphQL endpoint's HTTP layer, in front of SmallRye's own handler: it answers GET and POST itself.
 *
 * <ol>
 * <li>negotiates the response media type (406 when neither is acceptable);</li>
 * <li>reads the request (GET URL parameters, POST {@code application/json}; 400/415 for malformed ones);</li>
 * <li>resolves automatic persisted queries;</li>
 * <li>parses, selects the operation (a mutation over GET is 405), validates and coerces variables — failures are
 * answered here with the status the negotiated media type calls for;</li>
 * <li>answers the operations {@link CompiledQueries} compiles itself, and executes the others through SmallRye's
 * {@code ExecutionService} (this class extends the same base as SmallRye's handler,
 * so the request context, security identity and blocking rules are those of SmallRye's own endpoint), then writes
 * the result: error codes normalised, 4xx for {@code application/graphql-response+json} when execution produced
 * no {@code data}, and for GET queries Cache-Control, ETag and 304 on If-None-Match.</li>
 * </ol>
 * OPTIONS goes on to SmallRye's handler (CORS preflights are answered before either).
 */
public class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);
    static final String ALLOWED = "GET, POST, OPTIONS";

    private final GraphQLDocuments documents;
    private final PersistedQueries persistedQueries;
    private final Optional<String> getCacheControl;
    private final AccessPolicy accessPolicy;
    private final CompiledQueries compiledQueries;

    public GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest currentRequest,
            boolean runBlocking, GraphQLDocuments documents, PersistedQueries persistedQueries,
            Optional<String> getCacheControl, AccessPolicy accessPolicy, CompiledQueries compiledQueries) {
        super(identity, currentRequest, runBlocking);
        this.compiledQueries = compiledQueries;
        this.accessPolicy = accessPolicy;
        this.documents = documents;
        this.persistedQueries = persistedQueries;
        this.getCacheControl = getCacheControl;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.OPTIONS) {
            ctx.next();
            return;
        }
        super.handle(ctx);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        Optional<MediaType> negotiated = MediaType.negotiate(ctx);
        if (negotiated.isEmpty()) {
            writeError(ctx, MediaType.JSON, GraphQLHttpException.badRequest(406,
                    "Not acceptable: accept application/graphql-response+json or application/json."));
            return;
        }
        MediaType mediaType = negotiated.get();
        try {
            HttpMethod method = ctx.request().method();
            GraphQLHttpRequest request;
            if (method == HttpMethod.GET) {
                request = GraphQLHttpRequest.fromGet(ctx);
            } else if (method == HttpMethod.POST) {
                request = GraphQLHttpRequest.fromPost(ctx);
            } else {
                throw GraphQLHttpException.badRequest(405, "Method " + method + " is not allowed; use GET or POST.")
                        .header("Allow", ALLOWED);
            }
            String hash = PersistedQueries.requestedHash(request.extensions());
            String query = resolveQuery(request, hash);
            GraphQLDocuments.Operation operation = documents.prepare(query, request.operationName(),
                    request.variables(), definition -> refuseOverGet(method, definition));
            authorize(ctx, operation);
            if (hash != null && request.query() != null) {
                persistedQueries.store(hash, query);
            }
            boolean cacheable = method == HttpMethod.GET && operation.isQuery();
            Optional<CompiledQueries.Compiled> compiled = compiledQueries.plan(operation.definition(), request.variables());
            if (compiled.isPresent()) {
                executeCompiled(ctx, mediaType, compiled.get(), query, request, cacheable);
            } else {
                execute(ctx, mediaType, query, request, cacheable);
            }
        } catch (GraphQLHttpException e) {
            writeError(ctx, mediaType, e);
        }
    }

    /** The query text: the request's, or for an APQ request by hash alone, the stored one. */
    private String resolveQuery(GraphQLHttpRequest request, String hash) {
        if (hash == null) {
            if (request.query() == null) {
                throw GraphQLHttpException.badRequest("The request has no \"query\" (a GraphQL document as a string).");
            }
            return request.query();
        }
        if (request.query() == null) {
            String stored = persistedQueries.find(hash);
            if (stored == null) {
                // Apollo's convention (the client then sends hash and query): 200 for application/json. The spec
                // wants 4xx without data for application/graphql-response+json; 404 like Apollo Router (a 400
                // would make Apollo Client switch APQ off).
                throw GraphQLHttpException.of(404, 200, PersistedQueries.NOT_FOUND, "PersistedQueryNotFound")
                        .header("Cache-Control", "private, no-cache, must-revalidate");
            }
            return stored;
        }
        if (!PersistedQueries.sha256Hex(request.query()).equals(hash)) {
            throw GraphQLHttpException.of(400, 400, PersistedQueries.HASH_MISMATCH,
                    "provided sha256Hash does not match the SHA-256 of the query");
        }
        return request.query();
    }

    /**
     * Refuses, before anything runs, what the caller may not do: 401 (UNAUTHENTICATED) or 403 (FORBIDDEN) with a
     * GraphQL error body. Credentials were checked before this handler (proactive authentication); a bad token never
     * gets here (GraphQLHttpRoutes answers it).
     */
    private void authorize(RoutingContext ctx, GraphQLDocuments.Operation operation) {
        SecurityIdentity identity = ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        boolean write = !operation.isQuery();
        accessPolicy.check(identity, write).ifPresent(denial -> {
            throw denied(denial, AccessPolicy.message(denial, identity, write));
        });
    }

    /** A refusal answered outside this handler (a failed authentication), in the negotiated media type. */
    static void writeDenied(RoutingContext ctx, AccessPolicy.Denial denial, String message) {
        writeError(ctx, MediaType.negotiate(ctx).orElse(MediaType.JSON), denied(denial, message));
    }

    static GraphQLHttpException denied(AccessPolicy.Denial denial, String message) {
        GraphQLHttpException e = GraphQLHttpException.of(denial.status, denial.status, denial.name(), message);
        return denial == AccessPolicy.Denial.UNAUTHENTICATED
                ? e.header("WWW-Authenticate", "Bearer realm=\"policy-graph\"") : e;
    }

    private static void refuseOverGet(HttpMethod method, OperationDefinition operation) {
        if (method == HttpMethod.GET && operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw GraphQLHttpException.badRequest(405,
                    "Only query operations can be sent over GET; send a " + operation.getOperation().name().toLowerCase()
                            + " with POST.")
                    .header("Allow", "POST");
        }
    }

    /**
     * Answers through {@link CompiledQueries}, off the worker pool; whatever it does not answer (a value it leaves to
     * the engine, a failure of Neo4j) goes to the engine, inside this request's context again.
     */
    private void executeCompiled(RoutingContext ctx, MediaType mediaType, CompiledQueries.Compiled compiled,
            String query, GraphQLHttpRequest request, boolean cacheable) {
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState state = requestContext.getState();
        Context vertxContext = Vertx.currentContext();
        compiledQueries.execute(compiled).whenComplete((body, error) -> {
            Runnable answer = error == null
                    ? () -> writeBody(ctx, mediaType, body, 200, false, cacheable)
                    : () -> {
                        GraphReads.failFastForThisRequest(error); // one wait for Neo4j per request
                        requestContext.activate(state);
                        try {
                            execute(ctx, mediaType, query, request, cacheable);
                        } finally {
                            requestContext.deactivate();
                        }
                    };
            if (vertxContext == null) {
                answer.run();
            } else {
                vertxContext.runOnContext(ignored -> answer.run());
            }
        });
    }

    private void execute(RoutingContext ctx, MediaType mediaType, String query, GraphQLHttpRequest request,
            boolean cacheable) {
        JsonObjectBuilder input = JsonProviderHolder.jsonProvider().createObjectBuilder().add("query", query);
        if (request.operationName() != null) {
            input.add("operationName", request.operationName());
        }
        if (request.variables() != null && !request.variables().isEmpty()) {
            input.add("variables", JsonProviderHolder.jsonProvider().createObjectBuilder(request.variables()));
        }
        getExecutionService().executeAsync(input.build(), getMetaData(ctx), new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                writeResult(ctx, mediaType, response, cacheable);
            }

            @Override
            public void fail(Throwable t) {
                LOG.error("GraphQL execution failed", t);
                writeError(ctx, mediaType, GraphQLHttpException.of(500, 500, ResponseErrors.INTERNAL_SERVER_ERROR,
                        "Internal server error."));
            }
        });
    }

    private void writeResult(RoutingContext ctx, MediaType mediaType, ExecutionResponse response, boolean cacheable) {
        HttpServerResponse http = ctx.response();
        if (http.ended() || http.closed()) {
            return;
        }
        jakarta.json.JsonObject result = ResponseErrors.normalize(response.getExecutionResultAsJsonObject());
        boolean dataPresent = response.getExecutionResult().isDataPresent();
        int status = !dataPresent && mediaType == MediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
        writeBody(ctx, mediaType, result.toString(), status, result.containsKey("errors"), cacheable);
    }

    private void writeBody(RoutingContext ctx, MediaType mediaType, String body, int status, boolean hasErrors,
            boolean cacheable) {
        HttpServerResponse http = ctx.response();
        if (http.ended() || http.closed()) {
            return;
        }
        http.putHeader("Content-Type", mediaType.contentType());
        if (ctx.request().method() == HttpMethod.GET) {
            // Authorization too: a shared cache must never hand one caller's answer to another.
            http.putHeader("Vary", "Accept, Authorization");
        }
        if (cacheable && status == 200 && !hasErrors) {
            String etag = etag(body);
            if (carriesCredentials(ctx)) {
                // An answer for these credentials (perhaps editor-only fields): the caller's own, never a shared cache's.
                http.putHeader("Cache-Control", PRIVATE);
            } else {
                getCacheControl.ifPresent(value -> http.putHeader("Cache-Control", value));
            }
            http.putHeader("ETag", etag);
            if (matches(ctx.request().getHeader("If-None-Match"), etag)) {
                http.setStatusCode(304).end();
                return;
            }
        } else if (ctx.request().method() == HttpMethod.GET) {
            http.putHeader("Cache-Control", "no-store");
        }
        http.setStatusCode(status).end(body);
    }

    static final String PRIVATE = "private, no-store";

    /** An Authorization header, or an authenticated identity however it was established. */
    static boolean carriesCredentials(RoutingContext ctx) {
        if (ctx.request().getHeader("Authorization") != null) {
            return true;
        }
        return ctx.user() instanceof QuarkusHttpUser user && user.getSecurityIdentity() != null
                && !user.getSecurityIdentity().isAnonymous();
    }

    /**
     * A request that failed before or outside {@link #doHandle}: the body limit (BodyHandler's 413) or an unexpected
     * exception. Answered like every other error of the endpoint — JSON with a code, never a stack trace or an HTML
     * error page.
     */
    static void writeFailure(RoutingContext ctx, long maxBodyBytes) {
        int status = ctx.failure() instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        MediaType mediaType = MediaType.negotiate(ctx).orElse(MediaType.JSON);
        if (status == 413) {
            writeError(ctx, mediaType, GraphQLHttpException.badRequest(413,
                    "The request body is larger than the limit of " + maxBodyBytes + " bytes."));
        } else if (status >= 400 && status < 500) {
            writeError(ctx, mediaType, GraphQLHttpException.badRequest(status, "The HTTP request is malformed."));
        } else {
            LOG.error("GraphQL request failed", ctx.failure());
            writeError(ctx, mediaType, GraphQLHttpException.of(500, 500, ResponseErrors.INTERNAL_SERVER_ERROR,
                    "Internal server error."));
        }
    }

    private static void writeError(RoutingContext ctx, MediaType mediaType, GraphQLHttpException e) {
        HttpServerResponse http = ctx.response();
        if (http.ended() || http.closed()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", e.errors);
        http.putHeader("Content-Type", mediaType.contentType());
        http.putHeader("Cache-Control", "no-store");
        e.headers.forEach(http::putHeader);
        http.setStatusCode(e.status(mediaType)).end(new JsonObject(body).encode());
    }

    /** A strong validator: the SHA-256 of the exact body bytes. */
    static String etag(String body) {
        byte[] digest = PersistedQueries.sha256(body.getBytes(StandardCharsets.UTF_8));
        return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    }

    /** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/ prefixes are ignored; * matches anything. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : List.of(ifNoneMatch.split(","))) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
