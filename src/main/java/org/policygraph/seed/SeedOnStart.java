package org.policygraph.seed;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedReader;
import org.policygraph.ingest.SeedSource;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads graph-seed at start-up when {@code policy-graph.seed.on-start} is true, and reports it as a readiness
 * check. With {@code policy-graph.seed.only} the application loads and exits (0 on success): the batch
 * command and the Kubernetes seed Job.
 *
 * <p>An unreachable Neo4j is one log line and a retry every {@value #RETRY_SECONDS} s, not a failed start;
 * a broken seed file is one log line naming the file and line, and readiness stays DOWN.
 */
@Readiness
@ApplicationScoped
public class SeedOnStart implements HealthCheck {

    static final int RETRY_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(SeedOnStart.class);

    private enum State { NOT_REQUESTED, PENDING, LOADED, FAILED }

    private final AtomicReference<State> state = new AtomicReference<>(State.NOT_REQUESTED);
    private final AtomicReference<String> detail = new AtomicReference<>("");
    private volatile boolean shuttingDown;

    @Inject
    Driver driver;

    @Inject
    PolicyGraphConfig config;

    @ConfigProperty(name = "quarkus.neo4j.uri")
    String neo4jUri;

    void onStart(@Observes StartupEvent event) {
        boolean only = config.seed().only();
        if (!config.seed().onStart() && !only) {
            return;
        }
        state.set(State.PENDING);
        boolean done = attempt();
        if (only) {
            Quarkus.asyncExit(done ? 0 : 1);
        } else if (!done && state.get() == State.PENDING) {
            Thread retry = new Thread(this::retryUntilLoaded, "graph-seed-retry");
            retry.setDaemon(true);
            retry.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    private void retryUntilLoaded() {
        while (state.get() == State.PENDING && !shuttingDown) {
            try {
                Thread.sleep(RETRY_SECONDS * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!shuttingDown) {
                attempt();
            }
        }
    }

    /** @return true when the seed is loaded */
    private boolean attempt() {
        try {
            SeedReader reader = new SeedReader(SeedSource.configured(config.seed().directory()));
            GraphSeeder.Report report = new GraphSeeder(driver, reader).load();
            state.set(State.LOADED);
            detail.set(report.toString());
            LOG.infof("graph-seed loaded: %s", report);
            report.warnings().forEach(w -> LOG.warnf("graph-seed warning: %s", w));
            return true;
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            detail.set("Neo4j unreachable at " + neo4jUri);
            LOG.errorf("graph-seed not loaded: Neo4j is unreachable at %s (%s). Retrying every %d s; readiness is DOWN meanwhile.",
                    neo4jUri, e.getMessage(), RETRY_SECONDS);
        } catch (AuthenticationException e) {
            state.set(State.FAILED);
            detail.set("Neo4j refused the credentials");
            LOG.errorf("graph-seed not loaded: Neo4j at %s refused the credentials (%s). Check QUARKUS_NEO4J_AUTHENTICATION_*.",
                    neo4jUri, e.getMessage());
        } catch (SeedException e) {
            state.set(State.FAILED);
            detail.set(e.getMessage());
            LOG.errorf("graph-seed not loaded, nothing written: %s", e.getMessage());
        } catch (RuntimeException e) {
            // Anything else (a Cypher or driver error): one line, no retry; the transaction rolled back.
            state.set(State.FAILED);
            detail.set(e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.errorf("graph-seed not loaded: %s", detail.get());
        }
        return false;
    }

    @Override
    public HealthCheckResponse call() {
        State current = state.get();
        return HealthCheckResponse.named("graph-seed")
                .status(current == State.LOADED || current == State.NOT_REQUESTED)
                .withData("state", current.name())
                .withData("detail", detail.get())
                .build();
    }
}
