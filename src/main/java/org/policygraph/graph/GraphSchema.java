package org.policygraph.graph;

import java.net.InetAddress;
import java.util.List;

import org.neo4j.driver.Driver;

/**
 * The graph schema: constraints, indexes and one-time data migrations from {@code cypher/schema/V*.cypher}, every
 * statement idempotent ({@code IF NOT EXISTS}, {@code MERGE}, {@code WHERE ... IS NULL}), applied in version order and
 * recorded by {@link SchemaMigrations}, so that a start finds nothing to do once they ran. To add one: a new file
 * {@code cypher/schema/V<NNNN>__<name>.cypher} and its line in {@link #MIGRATIONS}; a released file never changes
 * (its checksum is recorded in the graph).
 */
public final class GraphSchema {

    /** Migration files in the order they apply; new ones are appended, never edited once released. */
    static final List<String> MIGRATIONS = List.of("schema/V0001__constraints", "schema/V0002__indexes",
            "schema/V0003__changes", "schema/V0004__indicator_filter_index", "schema/V0005__change_sequence",
            "schema/V0010__generic_actors", "schema/V0020__metric", "schema/V0040__measure_page_keys",
            "schema/V0041__measure_page_keys_backfill", "schema/V0042__measure_counts",
            "schema/V0043__merged_role_page_keys", "schema/V0044__indicator_counts",
            "schema/V0045__measure_list_keys", "schema/V0046__measure_facet_counts",
            "schema/V0047__measure_facet_counts_by_indicator", "schema/V0048__name_lookup",
            "schema/V0049__measure_text_contains", "schema/V0050__name_seek",
            "schema/V0051__indicator_facet_counts");

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
    }
}
