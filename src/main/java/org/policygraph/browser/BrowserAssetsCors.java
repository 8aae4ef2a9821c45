package org.policygraph.browser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;

/**
 * Lets Neo4j Browser (served by Neo4j on another origin, e.g. http://localhost:7474) fetch the analyst style
 * sheet and guide under {@code /browser/} (src/main/resources/META-INF/resources/browser/): {@code :style <url>}
 * and {@code :play <url>} load them with cross-origin requests carrying non-simple headers ({@code :play}
 * sends {@code pragma} and {@code cache-control}; Browser's Sentry instrumentation adds {@code sentry-trace} and
 * {@code baggage} to both), so the web browser first asks with a CORS preflight. Only these public, static
 * files get CORS headers; the GraphQL endpoint keeps the application's CORS settings.
 */
@ApplicationScoped
public class BrowserAssetsCors {

    static final String PREFIX = "/browser/";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (!context.normalizedPath().startsWith(PREFIX)) {
                context.next();
                return;
            }
            var response = context.response();
            response.putHeader("Access-Control-Allow-Origin", "*");
            if (context.request().method() == HttpMethod.OPTIONS
                    && context.request().getHeader("Access-Control-Request-Method") != null) {
                // Browser adds its own headers (pragma, cache-control, and sentry-trace/baggage from its error
                // reporting); these files are public and fetched without credentials, so any header may come.
                String requested = context.request().getHeader("Access-Control-Request-Headers");
                response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                        .putHeader("Access-Control-Allow-Headers",
                                requested == null || requested.isBlank() ? "pragma, cache-control" : requested)
                        .putHeader("Access-Control-Max-Age", "3600")
                        .setStatusCode(204)
                        .end();
                return;
            }
            context.next();
        }, 10);
    }
}
