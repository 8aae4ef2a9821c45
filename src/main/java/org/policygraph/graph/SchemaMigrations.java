package org.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Versioned schema and data migrations, recorded in the graph. Each file {@code cypher/schema/V<NNNN>__<name>.cypher} listed in
 * {@link GraphSchema#MIGRATIONS} is applied once and recorded as {@code (:__SchemaMigration {version, name, checksum,
 * appliedAt, appliedBy, durationMs})}; the SHA-256 of a released file must never change, and a run refuses to do
 * anything when a recorded checksum differs from the file's. One runner at a time: a {@code (:__SchemaMigrationLock)}
 * node (unique by name) is held while migrating, and expires after {@link #LEASE} in case its holder died.
 *
 * <p>Runs outside requests only: the per-release migrate-and-seed Job on Kubernetes, and start-up where
 * {@code policy-graph.seed.on-start} is true (bin/local-run, dev, tests). API pods only read the records, for
 * readiness ({@link #verify}).
 *
 * <p>A migration's statements each run in their own transaction (Neo4j does not mix schema and data writes), so one
 * that fails halfway is not recorded and runs again whole next time: every statement must be idempotent
 * ({@code IF NOT EXISTS}, {@code MERGE}, {@code WHERE ... IS NULL}). A data migration over the whole graph (V0041)
 * writes in batches, {@code CALL ... IN TRANSACTIONS}, and runs once, not at every start.
 */
public final class SchemaMigrations {

    /** How long a runner may hold the lock before another may take it over (the Job's activeDeadlineSeconds). */
    public static final Duration LEASE = Duration.ofMinutes(30);
    /** How long a runner waits for another one's lock before giving up (the Job then retries). */
    static final Duration LOCK_WAIT = Duration.ofMinutes(5);
    private static final Duration INDEX_WAIT = Duration.ofMinutes(5);
    private static final Pattern FILE_NAME = Pattern.compile("schema/V(\\d{4})__([a-z0-9_]+)");
    private static final Pattern COMMITS_ITS_OWN_BATCHES = Pattern.compile("\\bIN\\s+TRANSACTIONS\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class);

    /** One migration file: its version, name, resource and the SHA-256 of its bytes. */
    public record Migration(int version, String name, String resource, String checksum) {
        public String label() {
            return "V%04d__%s".formatted(version, name);
        }
    }

    /** A migration as recorded in the graph. */
    public record Applied(int version, String name, String checksum) {
    }

    /** What the graph holds compared with what this code expects. */
    public record Verification(List<Migration> pending, List<String> checksumMismatches, List<Integer> newer) {
        /** Every migration this code knows is applied, unchanged; newer ones (a later release's) are fine. */
        public boolean current() {
            return pending.isEmpty() && checksumMismatches.isEmpty();
        }

        @Override
        public String toString() {
            if (current()) {
                return "schema at " + expected().get(expected().size() - 1).label()
                        + (newer.isEmpty() ? "" : " (also newer migrations " + newer + ")");
            }
            List<String> problems = new ArrayList<>();
            if (!pending.isEmpty()) {
                problems.add("pending " + pending.stream().map(Migration::label).toList());
            }
            problems.addAll(checksumMismatches);
            return String.join("; ", problems);
        }
    }

    private SchemaMigrations() {
    }

    /** The migrations this code expects, in version order. */
    public static List<Migration> expected() {
        return Known.MIGRATIONS;
    }

    /** Compares the recorded migrations with {@link #expected()}. */
    public static Verification verify(List<Applied> applied) {
        Map<Integer, Applied> byVersion = new LinkedHashMap<>();
        applied.forEach(a -> byVersion.put(a.version(), a));
        List<Migration> pending = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (Migration m : expected()) {
            Applied a = byVersion.remove(m.version());
            if (a == null) {
                pending.add(m);
            } else if (!m.checksum().equals(a.checksum()) || !m.name().equals(a.name())) {
                mismatches.add("%s was applied as V%04d__%s with checksum %s, but the file's checksum is %s: a released "
                        .formatted(m.label(), a.version(), a.name(), a.checksum(), m.checksum())
                        + "migration was edited; add a new migration instead");
            }
        }
        int latest = expected().get(expected().size() - 1).version();
        List<Integer> newer = byVersion.keySet().stream().filter(v -> v > latest).sorted().toList();
        byVersion.keySet().stream().filter(v -> v <= latest).sorted().forEach(v -> mismatches.add(
                "V%04d is recorded in the graph but not known to this code".formatted(v)));
        return new Verification(pending, mismatches, newer);
    }

    /** Parses the records returned by {@code cypher/migration/applied}. */
    public static List<Applied> applied(List<Record> records) {
        return records.stream().map(r -> new Applied(r.get("version").asInt(), r.get("name").asString(),
                r.get("checksum").asString())).toList();
    }

    /**
     * Applies every pending migration under the lock and records it; refuses (nothing applied) when a recorded
     * checksum differs from its file's.
     *
     * @param runner who runs it, recorded in each migration and in the lock (host, release)
     * @return the migrations applied by this run (empty when the graph was current)
     */
    public static List<Migration> migrate(Driver driver, String runner) {
        return migrate(driver, runner, LOCK_WAIT);
    }

    /** {@link #migrate(Driver, String)}, waiting at most {@code lockWait} for another runner's lock. */
    public static List<Migration> migrate(Driver driver, String runner, Duration lockWait) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            // Current already (the usual case after the release's Job): no schema statement, no lock, so a role
            // that may not change the schema (publisher) gets here too.
            if (verify(applied(session.executeRead(tx -> tx.run(Cypher.statement("migration/applied")).list())))
                    .current()) {
                return List.of();
            }
            for (String statement : Cypher.statements("migration/bootstrap")) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
            String owner = runner + " " + java.util.UUID.randomUUID();
            acquireLock(session, owner, lockWait);
            try {
                Verification state = verify(applied(session.executeRead(
                        tx -> tx.run(Cypher.statement("migration/applied")).list())));
                if (!state.checksumMismatches().isEmpty()) {
                    throw new SchemaMigrationException("schema migrations refused: " + state);
                }
                for (Migration m : state.pending()) {
                    long start = System.nanoTime();
                    for (String statement : Cypher.statements(m.resource())) {
                        run(session, statement);
                    }
                    long durationMs = (System.nanoTime() - start) / 1_000_000;
                    session.executeWriteWithoutResult(tx -> tx.run(Cypher.statement("migration/record"), Map.of(
                            "version", m.version(), "name", m.name(), "checksum", m.checksum(),
                            "appliedBy", runner, "durationMs", durationMs)).consume());
                    LOG.infof("schema migration %s applied in %d ms (checksum %s)", m.label(), durationMs, m.checksum());
                }
                // Full-text queries against an index still populating would silently miss hits.
                session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT.toSeconds())).consume();
                return state.pending();
            } finally {
                session.executeWriteWithoutResult(tx -> tx.run(Cypher.statement("migration/lock-release"),
                        Map.of("owner", owner)).consume());
            }
        }
    }

    /**
     * A statement that commits its own batches ({@code CALL ... IN TRANSACTIONS}, a data migration over many nodes)
     * runs in an auto-commit transaction, the only kind Neo4j allows it in; any other in a write transaction.
     */
    private static void run(Session session, String statement) {
        if (COMMITS_ITS_OWN_BATCHES.matcher(statement).find()) {
            session.run(statement).consume();
        } else {
            session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        }
    }

    private static void acquireLock(Session session, String owner, Duration lockWait) {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            Record lock = session.executeWrite(tx -> tx.run(Cypher.statement("migration/lock-acquire"),
                    Map.of("owner", owner, "leaseSeconds", LEASE.toSeconds())).single());
            if (lock.get("acquired").asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new SchemaMigrationException("schema migrations not run: another runner (" + lock.get("owner").asString()
                        + ") has held the lock since " + lock.get("since").asString() + "; it expires after "
                        + LEASE.toMinutes() + " min (docs/operations.md, \"Schema migrations\")");
            }
            LOG.infof("waiting for the schema migration lock held by %s since %s", lock.get("owner").asString(),
                    lock.get("since").asString());
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaMigrationException("interrupted while waiting for the schema migration lock");
            }
        }
    }

    /** A migration run that must not go on: an edited released file, a lock held too long. */
    public static final class SchemaMigrationException extends RuntimeException {
        public SchemaMigrationException(String message) {
            super(message);
        }
    }

    /** Parsed once: the list in {@link GraphSchema#MIGRATIONS}, checked for names and strictly rising versions. */
    private static final class Known {
        static final List<Migration> MIGRATIONS = load();

        private static List<Migration> load() {
            List<Migration> result = new ArrayList<>();
            for (String resource : GraphSchema.MIGRATIONS) {
                Matcher m = FILE_NAME.matcher(resource);
                if (!m.matches()) {
                    throw new IllegalStateException("migration " + resource + " is not named schema/V<NNNN>__<name>");
                }
                int version = Integer.parseInt(m.group(1));
                if (!result.isEmpty() && result.get(result.size() - 1).version() >= version) {
                    throw new IllegalStateException("migration " + resource + " is listed after a version >= its own");
                }
                result.add(new Migration(version, m.group(2), resource, sha256(Cypher.statement(resource))));
            }
            return List.copyOf(result);
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
