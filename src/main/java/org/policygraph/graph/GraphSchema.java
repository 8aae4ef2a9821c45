package org.policygraph.graph;

import java.net.InetAddress;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The graph schema: constraints and indexes from {@code cypher/schema/V*.cypher}, every statement idempotent
 * ({@code IF NOT EXISTS}), applied in version order and recorded by {@link SchemaMigrations}. To add one: a new file
 * {@code cypher/schema/V<NNNN>__<name>.cypher} and its line in {@link #MIGRATIONS}; a released file never changes
 * (its checksum is recorded in the graph).
 */
public final class GraphSchema {

    /** Migration files in the order they apply; new ones are appended, never edited once released. */
    static final List<String> MIGRATIONS = List.of("schema/V0001__constraints", "schema/V0002__indexes",
            "schema/V0003__changes", "schema/V0004__indicator_filter_index", "schema/V0005__change_sequence",
            "schema/V0010__generic_actors", "schema/V0020__metric", "schema/V0040__measure_page_keys");

    /** Documents whose page keys one transaction of the back-fill writes. */
    private static final int BACKFILL_DOCUMENTS = 20;

    private GraphSchema() {
    }

    /** Applies the pending migrations ({@link SchemaMigrations}), recorded as run by this host; outside requests only. */
    public static void apply(Driver driver) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        SchemaMigrations.migrate(driver, "policy-graph@" + host);
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            backfillPageKeys(session);
        }
    }

    /**
     * A graph written before V0040 has relationships without the page key that read/measures-keyed-page seeks on:
     * their documents get keys (the statement the writer runs), a few documents per transaction.
     */
    private static void backfillPageKeys(Session session) {
        List<String> documents = session.run(Cypher.statement("seed/measure-page-keys-missing"))
                .list(r -> r.get("documentId").asString());
        for (int from = 0; from < documents.size(); from += BACKFILL_DOCUMENTS) {
            List<String> batch = documents.subList(from, Math.min(documents.size(), from + BACKFILL_DOCUMENTS));
            session.executeWriteWithoutResult(tx -> tx.run(Cypher.statement("seed/measure-page-keys"),
                    java.util.Map.of("documentIds", batch)).consume());
        }
    }
}
