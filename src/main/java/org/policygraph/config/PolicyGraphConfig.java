package org.policygraph.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every {@code policy-graph.*} setting, with its one default. Set them in application.properties (per profile: %dev,
 * %test, %prod), as system properties ({@code -Dpolicy-graph.seed.only=true}) or as environment variables
 * ({@code POLICY_GRAPH_SEED_ONLY=true}). Read at run time (a native image reads them when it starts, not when it is
 * built). Beans inject this interface; the GraphQL engine's hooks, which are not beans, look it up ({@link #current()}).
 */
@ConfigMapping(prefix = "policy-graph")
public interface PolicyGraphConfig {

    Graph graph();

    GraphQL graphql();

    Http http();

    Seed seed();

    Ingest ingest();

    Subscriptions subscriptions();

    Security security();

    ProductionSafety productionSafety();

    /**
     * The explicit opt-in of a local run of the packaged application (bin/local-run): settings unsafe in production
     * are logged instead of refused.
     */
    @WithDefault("false")
    boolean allowLocalSettings();

    interface Graph {
        /**
         * The longest a read waits for Neo4j's answer; then DATABASE_UNAVAILABLE, and reads fail fast until a probe
         * gets an answer again. Below the 5 s budget of a request (docs/reliability.md).
         */
        @WithDefault("4S")
        Duration readTimeout();

        /**
         * After Neo4j answers again (a restart), reads in flight at most until this many are answered; the others
         * wait for a freed place within their read timeout (then DATABASE_UNAVAILABLE), so that a cold Neo4j is not
         * met by every client at once.
         */
        @WithDefault("4")
        int reopenConcurrency();
    }

    interface GraphQL {
        /** Deepest query accepted (QUERY_TOO_DEEP above). */
        @WithDefault("10")
        int maxDepth();

        /** Highest query complexity accepted, counted through fragments (QUERY_TOO_COMPLEX above). */
        @WithDefault("2000")
        int maxComplexity();

        Compiled compiled();

        interface Compiled {
            /** Answer the hottest queries without the GraphQL engine (api.resolve.CompiledQueries). */
            @WithDefault("true")
            boolean enabled();
        }
    }

    interface Http {
        /** Cache-Control of successful GET query responses (they also get an ETag); set it empty for none. */
        @WithName("get-cache-control")
        @WithDefault("public, max-age=60")
        Optional<String> getCacheControl();

        /** Largest POST body accepted (413 above). */
        @WithDefault("1048576")
        long maxBodyBytes();

        Apq apq();

        interface Apq {
            /** Automatic persisted queries kept, least recently used dropped first. */
            @WithDefault("1000")
            int maxEntries();
        }
    }

    interface Seed {
        /** Apply the schema and load graph-seed/ at start-up (bin/local-run, dev, tests; on Kubernetes a Job does it). */
        @WithDefault("false")
        boolean onStart();

        /** Load the seed and exit: the batch command and the Kubernetes seed Job. */
        @WithDefault("false")
        boolean only();

        /** Where graph-seed/ is read from; empty for the copy packaged in the application. */
        Optional<String> directory();
    }

    interface Ingest {
        /** The TSV of plans bin/ingest submits; when set, the application ingests them and exits. */
        Optional<String> catalog();

        /** Check and report what the ingest would write, writing nothing. */
        @WithDefault("false")
        boolean dryRun();

        /** Who the audit trail records; {@code cli:<user>} when empty. */
        Optional<String> actor();
    }

    interface Subscriptions {
        /** Subscriptions one replica serves at once (TOO_MANY_SUBSCRIPTIONS past it). */
        @WithDefault("100")
        int maxPerReplica();

        /** How often each subscription polls the audit trail. */
        @WithDefault("PT1S")
        Duration pollInterval();
    }

    interface Security {
        /** Queries need no authentication; false: every request needs a valid token. Mutations always need role editor. */
        @WithDefault("true")
        boolean anonymousReads();
    }

    interface ProductionSafety {
        /** Refuse to start with settings meant for a laptop (security.ProductionSafety); off in %dev and %test. */
        @WithDefault("true")
        boolean enforced();
    }

    /** The mapping of the running application, for code that is not a bean. */
    static PolicyGraphConfig current() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().unwrap(io.smallrye.config.SmallRyeConfig.class)
                .getConfigMapping(PolicyGraphConfig.class);
    }
}
