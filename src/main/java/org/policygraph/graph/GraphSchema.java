package org.policygraph.graph;

import java.time.Duration;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Applies the graph schema: constraints and indexes from {@code cypher/schema/V*.cypher}, every statement
 * idempotent ({@code IF NOT EXISTS}), in version order. Schema statements each get their own transaction.
 */
public final class GraphSchema {

    /** Migration files in the order they apply; new ones are appended, never edited once released. */
    static final List<String> MIGRATIONS = List.of("schema/V0001__constraints", "schema/V0002__indexes",
            "schema/V0003__changes", "schema/V0004__indicator_filter_index", "schema/V0005__change_sequence",
            "schema/V0010__generic_actors", "schema/V0020__metric", "schema/V0040__measure_page_keys");

    /** Documents whose page keys one transaction of the back-fill writes. */
    private static final int BACKFILL_DOCUMENTS = 20;

    private static final Duration INDEX_WAIT = Duration.ofMinutes(5);

    private GraphSchema() {
    }

    public static void apply(Driver driver) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            for (String migration : MIGRATIONS) {
                for (String statement : Cypher.statements(migration)) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                }
            }
            // Full-text queries against an index still populating would silently miss hits.
            session.run("CALL db.awaitIndexes($seconds)", java.util.Map.of("seconds", INDEX_WAIT.toSeconds()))
                    .consume();
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
