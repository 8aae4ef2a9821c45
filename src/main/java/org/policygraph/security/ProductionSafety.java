package org.policygraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.policygraph.config.PolicyGraphConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with settings meant for a laptop: Neo4j without authentication, CORS open to any origin or to
 * localhost, passwords for HTTP Basic users in the configuration. Enforced where
 * {@code policy-graph.production-safety.enforced} is true (the prod profile: the jar, the images, the cluster);
 * {@value #ALLOW_LOCAL} = true is the explicit opt-in that {@code bin/local-run} passes when it runs the jar on a laptop.
 */
@ApplicationScoped
public class ProductionSafety {

    /** Named in messages: the property behind {@link PolicyGraphConfig#allowLocalSettings()}. */
    static final String ALLOW_LOCAL = "policy-graph.allow-local-settings";
    private static final Logger LOG = Logger.getLogger(ProductionSafety.class);

    @Inject
    PolicyGraphConfig settings;

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (!settings.productionSafety().enforced()) {
            return;
        }
        List<String> problems = problems(ConfigProvider.getConfig());
        if (problems.isEmpty()) {
            return;
        }
        if (settings.allowLocalSettings()) {
            LOG.warnf("Local settings allowed (%s=true): %s", ALLOW_LOCAL, String.join("; ", problems));
            return;
        }
        throw new IllegalStateException("policy-graph refuses to start with settings unsafe outside a laptop: "
                + String.join("; ", problems) + ". Fix them (docs/operations.md, \"Configuration\"), or for a local "
                + "run set " + ALLOW_LOCAL + "=true (POLICY_GRAPH_ALLOW_LOCAL_SETTINGS=true), as bin/local-run does.");
    }

    /** What in {@code config} is unsafe in production; empty when nothing is. */
    public static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        if (config.getOptionalValue("quarkus.neo4j.authentication.disabled", Boolean.class).orElse(false)) {
            problems.add("Neo4j authentication is disabled (quarkus.neo4j.authentication.disabled=true)");
        }
        if (config.getOptionalValue("quarkus.http.cors.enabled", Boolean.class).orElse(false)) {
            Optional<List<String>> origins = config.getOptionalValues("quarkus.http.cors.origins", String.class);
            for (String origin : origins.orElse(List.of())) {
                if (unsafeOrigin(origin)) {
                    problems.add("CORS allows origin '" + origin + "' (quarkus.http.cors.origins)");
                }
            }
        }
        List<String> users = StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith("quarkus.security.users.embedded.users."))
                .map(name -> name.substring("quarkus.security.users.embedded.users.".length()))
                .sorted().toList();
        if (!users.isEmpty()) {
            problems.add("HTTP Basic users with passwords in the configuration " + users
                    + " (quarkus.security.users.embedded.users.*; production uses JWT bearer tokens)");
        }
        return problems;
    }

    static boolean unsafeOrigin(String origin) {
        String o = origin.strip().toLowerCase(java.util.Locale.ROOT);
        return o.equals("*") || o.contains("/.*") || o.startsWith("/") // any origin, or a regular expression
                || o.matches("https?://(localhost|127\\.0\\.0\\.1|\\[::1]|0\\.0\\.0\\.0)(:\\d+)?/?");
    }
}
