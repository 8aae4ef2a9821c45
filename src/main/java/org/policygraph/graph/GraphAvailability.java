package org.policygraph.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.policygraph.config.PolicyGraphConfig;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether reads go to Neo4j at all. Once a read finds Neo4j unreachable, reads fail fast with DATABASE_UNAVAILABLE
 * without touching the driver, and one background probe ({@code RETURN 1} in a read transaction every
 * {@value #PROBE_INTERVAL_MS} ms, each bounded by {@value #PROBE_TIMEOUT_MS} ms) checks whether Neo4j answers again;
 * its first answer lets reads through again.
 *
 * <p>Why: GraphQL requests must not wait on a database that is gone, nor on one that has just opened its Bolt port
 * but cannot answer yet (a restarting Neo4j accepts connections a few seconds before its first transaction runs).
 * SmallRye GraphQL runs blocking fetchers one at a time per event loop, so every read that waits delays all the
 * requests queued behind it; without this gate a restart under load turned into client time-outs
 * (bench/fault.sh, docs/reliability.md).
 */
@ApplicationScoped
public class GraphAvailability {

    static final long PROBE_INTERVAL_MS = 200;
    static final long PROBE_TIMEOUT_MS = 2000;
    private static final Logger LOG = Logger.getLogger(GraphAvailability.class);

    @Inject
    Driver driver;

    /** When reads were found to fail; null while Neo4j answers. */
    private final AtomicReference<Instant> unreachableSince = new AtomicReference<>();
    /** {@link System#nanoTime()} of Neo4j's latest answer to a read or a probe; 0 before the first. */
    private volatile long lastAnswerNanos;
    private volatile boolean shuttingDown;

    /**
     * Reads that may still go to Neo4j at once while it warms up after answering again; -1 once it is warm (and from
     * start-up: the service starts against a Neo4j that answers).
     */
    private final AtomicInteger warmingPermits = new AtomicInteger(-1);
    /** The warm-up's places: reads waiting for one, in arrival order; its monitor guards the hand-over. */
    private final Warming warming = new Warming();

    private static final class Warming {
        final Deque<CompletableFuture<Admission>> waiting = new ArrayDeque<>();
    }

    private static final CompletionStage<Admission> OPEN_NOW = CompletableFuture.completedStage(Admission.OPEN);
    private static final CompletionStage<Admission> WARMING_NOW = CompletableFuture.completedStage(Admission.WARMING);
    private static final CompletionStage<Admission> REFUSED_NOW = CompletableFuture.completedStage(Admission.REFUSED);

    /** Reads answered since Neo4j answered again. */
    private final AtomicInteger answeredWhileWarming = new AtomicInteger();
    /** policy-graph.graph.reopen-concurrency. */
    int reopenConcurrency = 4;

    @Inject
    void configure(PolicyGraphConfig config) {
        reopenConcurrency = config.graph().reopenConcurrency();
    }

    /** Whether a read goes to Neo4j: at once, as one of the few while it warms up, or not at all (fail fast). */
    public enum Admission {
        OPEN, WARMING, REFUSED
    }

    /** True unless a read found Neo4j unreachable and the probe has not had an answer since. */
    public boolean available() {
        return unreachableSince.get() == null;
    }

    /**
     * Admits a read at once, or refuses it (the caller fails fast): {@link #admission} without waiting for a place.
     */
    public Admission admit() {
        return admission(Duration.ZERO).toCompletableFuture().join();
    }

    /**
     * Admits a read, or refuses it (the caller fails fast). After Neo4j answers again, at most
     * {@code reopen-concurrency} reads are in flight until that many have been answered; a read that finds them all
     * taken waits up to {@code wait} for one to be freed (first come, first served) and is refused after that.
     * Why: a just-restarted Neo4j plans every statement anew on a cold JVM; all the clients' requests arriving at
     * once (64 in bench/fault.sh) each took longer than the read timeout, closed the gate again and delayed recovery
     * by the next probe and more. A few reads at a time get their answers quickly and warm it up for the rest. The
     * others wait for a place rather than fail at once: refused at once, they failed for 8 s after Neo4j's first answer
     * while clients retried (fault.sh, quiet machine: 953 failures), though each would have been answered within its
     * budget had it waited. Every admitted read calls {@link #done}.
     */
    public CompletionStage<Admission> admission(Duration wait) {
        if (!available()) {
            return REFUSED_NOW;
        }
        if (warmingPermits.get() < 0) {
            return OPEN_NOW;
        }
        CompletableFuture<Admission> place;
        synchronized (warming) {
            int permits = warmingPermits.get();
            if (permits < 0) {
                return OPEN_NOW;
            }
            if (permits > 0) {
                warmingPermits.set(permits - 1);
                return WARMING_NOW;
            }
            if (wait.isZero() || wait.isNegative()) {
                return REFUSED_NOW;
            }
            place = new CompletableFuture<>();
            warming.waiting.add(place);
        }
        // A place not handed over in time is refused; completeOnTimeout loses to a hand-over that came first.
        return place.completeOnTimeout(Admission.REFUSED, wait.toNanos(), TimeUnit.NANOSECONDS)
                .whenComplete((admission, error) -> {
                    if (admission == Admission.REFUSED) {
                        synchronized (warming) {
                            warming.waiting.remove(place);
                        }
                    }
                });
    }

    /**
     * An admitted read is over ({@code answered}: Neo4j gave its answer); ends the warm-up once enough were answered,
     * else hands the read's place to the longest-waiting read.
     */
    public void done(Admission admission, boolean answered) {
        if (answered) {
            answered();
        }
        if (admission != Admission.WARMING) {
            return;
        }
        List<CompletableFuture<Admission>> released;
        synchronized (warming) {
            if (warmingPermits.get() < 0) {
                return;
            }
            if (!answered || answeredWhileWarming.incrementAndGet() < reopenConcurrency) {
                released = null;
            } else {
                warmingPermits.set(-1);
                LOG.info("Neo4j is warm again: reads no longer limited");
                released = new ArrayList<>(warming.waiting);
                warming.waiting.clear();
            }
        }
        // Completions run outside the lock: completing a place runs its read's continuation.
        if (released != null) {
            released.forEach(place -> place.complete(Admission.OPEN));
        } else {
            handOverAPlace();
        }
    }

    /** A warm-up place is free: to the longest-waiting read, or back to the free places when none waits. */
    private void handOverAPlace() {
        for (;;) {
            CompletableFuture<Admission> next;
            synchronized (warming) {
                if (warmingPermits.get() < 0) {
                    return;
                }
                next = warming.waiting.poll();
                if (next == null) {
                    warmingPermits.incrementAndGet();
                    return;
                }
            }
            if (next.complete(Admission.WARMING)) {
                return;
            }
            // its wait ran out at this moment: the place goes to the next one
        }
    }

    /** Neo4j answered a read: evidence that it is alive, however slow another read may be. */
    public void answered() {
        lastAnswerNanos = System.nanoTime();
    }

    /**
     * A read got no answer within {@code timeout}. Neo4j is silent (stopping, frozen, gone without a reset) only if
     * nothing at all answered during that time; then reads fail fast as for {@link #unreachable}. A Neo4j that
     * answers other reads is alive but slow, as a just-restarted one is while it plans its first statements under
     * load: closing the gate then would fail every request again until the next probe, and the first reads after the
     * probe would meet the same cold Neo4j (fault.sh: the gate reopening and closing again after a restart).
     */
    public void noAnswerWithin(Duration timeout, Throwable cause) {
        if (warmingPermits.get() >= 0) {
            // Warming up after a restart: the probe has just had an answer, and a cold Neo4j's first statements may
            // take longer than the read timeout to plan (fault.sh on a busy machine: each time; closing the gate
            // cost a probe round and failed every request meanwhile). The read fails alone; only the few admitted
            // reads wait on Neo4j, the others fail fast as they would with the gate closed.
            return;
        }
        long last = lastAnswerNanos;
        if (last == 0 || System.nanoTime() - last >= timeout.toNanos()) {
            unreachable(cause);
        }
    }

    /** A read found Neo4j unreachable: fail reads fast, and probe until it answers (one probe thread at a time). */
    public void unreachable(Throwable cause) {
        if (!unreachableSince.compareAndSet(null, Instant.now())) {
            return;
        }
        refuseWaitingReads();
        LOG.warnf("Neo4j is unreachable (%s): reads answer DATABASE_UNAVAILABLE at once until it answers again "
                + "(probed every %d ms)", cause.getMessage(), PROBE_INTERVAL_MS);
        if (shuttingDown) {
            return;
        }
        Thread probe = new Thread(this::probeUntilItAnswers, "graph-availability-probe");
        probe.setDaemon(true);
        probe.start();
    }

    /** Reads waiting for a place while Neo4j warmed up: it is gone again, so they fail as the others do. */
    private void refuseWaitingReads() {
        List<CompletableFuture<Admission>> refused;
        synchronized (warming) {
            refused = new ArrayList<>(warming.waiting);
            warming.waiting.clear();
        }
        refused.forEach(place -> place.complete(Admission.REFUSED));
    }

    void onStop(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    private void probeUntilItAnswers() {
        while (!shuttingDown && !available()) {
            try {
                Thread.sleep(PROBE_INTERVAL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (answers()) {
                answersAgain();
                return;
            }
        }
    }

    /** The probe got an answer: reads resume, a few at a time while Neo4j warms up ({@link #admit}). */
    void answersAgain() {
        answered();
        synchronized (warming) {
            answeredWhileWarming.set(0);
            warmingPermits.set(Math.max(1, reopenConcurrency));
        }
        Instant since = unreachableSince.getAndSet(null);
        LOG.infof("Neo4j answers again: reads resume, at most %d at a time until %d are answered (failed fast for %d ms)",
                Math.max(1, reopenConcurrency), reopenConcurrency,
                since == null ? 0 : Duration.between(since, Instant.now()).toMillis());
    }

    /** One probe read; the async API so that a server that accepts but does not answer cannot hold the probe. */
    private boolean answers() {
        AsyncSession session;
        try {
            session = driver.session(AsyncSession.class,
                    SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        } catch (RuntimeException closed) { // the driver is closing: the application stops
            return false;
        }
        try {
            session.runAsync("RETURN 1").thenCompose(ResultCursor::consumeAsync)
                    .toCompletableFuture().get(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return false;
        } finally {
            session.closeAsync();
        }
    }
}
