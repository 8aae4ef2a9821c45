package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.policygraph.support.ScratchNeo4j;

/**
 * Versioned schema migrations against a real Neo4j (emptied for each test, schema included, but for the back-fill tests
 * {@link FromThePreviousRelease}): applied once and recorded with checksums, refused when a released file was edited,
 * one runner at a time.
 */
class SchemaMigrationsTest {

    /** 45 documents of 3 measures each, every fifth without an issue date, none with a page key (more than a batch). */
    private static final String MEASURES_OF_45_DOCUMENTS = """
            UNWIND range(1, 45) AS d
            UNWIND range(1, 3) AS s
            CREATE (:Measure {id: 'doc-' + d + '/' + s, documentId: 'doc-' + d, seq: s,
                              issuedOn: CASE WHEN d % 5 = 0 THEN null ELSE '2020-0' + toString(1 + d % 9) END})
            """;

    /** The released migrations' SHA-256: a released file never changes (its checksum is recorded in deployed graphs). */
    static final Map<String, String> RELEASED = Map.of(
            "V0001__constraints", "73449802becad3b88fc09a28fc08aefdb4e287a128d7de9ffc7bc6438a2eafd0",
            "V0002__indexes", "cafc5182a0a7f743fb1663cf09345781641fbebe1cb2b9cb66d2d6dd7ffb9291",
            "V0003__changes", "73dc7fe880a038e6bc58554f4e9731f9b29be2ec7d4191c94bd7c02c27308483",
            "V0004__indicator_filter_index", "11dacb147045f2da22e5908f8f2952c72fb1d7d49068fc94fc304275d1224eef");

    /**
     * A back-fill test: it begins as the previous release left a graph, every migration applied, so it starts from an
     * empty graph that already holds them ({@link ScratchNeo4j#emptyWithSchema()}) and undoes only the record of the one
     * it checks — applying them all to an emptied graph, as every other test starts, costs seconds.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface FromThePreviousRelease {
    }

    private Driver driver;

    @BeforeEach
    void emptyGraph(TestInfo test) {
        driver = test.getTestMethod().orElseThrow().isAnnotationPresent(FromThePreviousRelease.class)
                ? ScratchNeo4j.emptyWithSchema() : ScratchNeo4j.empty();
    }

    @Test
    void releasedMigrationsAreByteIdentical() {
        RELEASED.forEach((label, checksum) -> assertThat(SchemaMigrations.expected())
                .filteredOn(m -> m.label().equals(label))
                .singleElement()
                .extracting(SchemaMigrations.Migration::checksum).as(label).isEqualTo(checksum));
    }

    @Test
    void everyMigrationFileIsListedAndEveryListedFileExists() throws IOException {
        Path dir = Path.of("src/main/resources/cypher/schema");
        List<String> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).allMatch(f -> f.matches("V\\d{4}__[a-z0-9_]+\\.cypher"));
        assertThat(SchemaMigrations.expected()).extracting(m -> m.label() + ".cypher")
                .as("GraphSchema.MIGRATIONS, in version order").containsExactlyElementsOf(files);
    }

    @Test
    void aFreshGraphGetsEveryMigrationOnceRecordedWithItsChecksum() {
        var applied = SchemaMigrations.migrate(driver, "test");
        assertThat(applied).isEqualTo(SchemaMigrations.expected());
        List<Record> records = read("MATCH (m:__SchemaMigration) RETURN m.version AS version, m.name AS name, "
                + "m.checksum AS checksum, m.appliedBy AS by, m.appliedAt IS NOT NULL AS dated ORDER BY version");
        assertThat(records).extracting(r -> r.get("version").asInt())
                .containsExactlyElementsOf(SchemaMigrations.expected().stream().map(SchemaMigrations.Migration::version).toList());
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("by").asString()).isEqualTo("test");
            assertThat(r.get("dated").asBoolean()).isTrue();
        });
        assertThat(read("SHOW CONSTRAINTS YIELD name RETURN name")).extracting(r -> r.get("name").asString())
                .contains("document_id", "change_id", "schema_migration_version", "schema_migration_lock_name");
        assertThat(SchemaMigrations.verify(SchemaMigrations.applied(read("MATCH (m:__SchemaMigration) "
                + "RETURN m.version AS version, m.name AS name, m.checksum AS checksum"))).current()).isTrue();

        assertThat(SchemaMigrations.migrate(driver, "test again")).as("second run").isEmpty();
        assertThat(count("MATCH (m:__SchemaMigration) RETURN count(m)")).isEqualTo(SchemaMigrations.expected().size());
        assertThat(count("MATCH (l:__SchemaMigrationLock) RETURN count(l)")).as("lock released").isZero();
    }

    @Test
    void aGraphFromBeforeVersioningIsRecordedWithoutChange() {
        // What the earlier releases did: the same idempotent statements, nothing recorded.
        for (var m : SchemaMigrations.expected()) {
            Cypher.statements(m.resource()).forEach(s -> write(s));
        }
        long constraints = count("SHOW CONSTRAINTS YIELD name RETURN count(name)");
        assertThat(SchemaMigrations.migrate(driver, "test")).hasSameSizeAs(SchemaMigrations.expected());
        assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(name)")).as("only the runner's own two added")
                .isEqualTo(constraints + 2);
    }

    @Test
    void anEditedReleasedMigrationIsRefusedAndNothingRuns() {
        SchemaMigrations.migrate(driver, "test");
        write("MATCH (m:__SchemaMigration {version: 2}) SET m.checksum = 'edited'");
        write("MATCH (m:__SchemaMigration {version: 4}) DETACH DELETE m");
        assertThat(SchemaMigrations.verify(SchemaMigrations.applied(read("MATCH (m:__SchemaMigration) "
                + "RETURN m.version AS version, m.name AS name, m.checksum AS checksum"))).current()).isFalse();
        assertThatThrownBy(() -> SchemaMigrations.migrate(driver, "test"))
                .isInstanceOf(SchemaMigrations.SchemaMigrationException.class)
                .hasMessageContaining("V0002__indexes").hasMessageContaining("edited");
        assertThat(count("MATCH (m:__SchemaMigration {version: 4}) RETURN count(m)")).as("V0004 not re-run").isZero();
        assertThat(count("MATCH (l:__SchemaMigrationLock) RETURN count(l)")).as("lock released").isZero();
    }

    @Test
    void aRunnerWaitsForAnotherRunnersLockAndTakesOverAnExpiredOne() {
        SchemaMigrations.migrate(driver, "first");
        write("MATCH (m:__SchemaMigration {version: 4}) DETACH DELETE m"); // something to do
        write("CREATE (:__SchemaMigrationLock {name: 'schema', owner: 'job-of-another-release', since: datetime(), "
                + "expires: datetime() + duration({minutes: 30})})");
        assertThatThrownBy(() -> SchemaMigrations.migrate(driver, "second", Duration.ofSeconds(3)))
                .isInstanceOf(SchemaMigrations.SchemaMigrationException.class)
                .hasMessageContaining("job-of-another-release");
        assertThat(count("MATCH (m:__SchemaMigration {version: 4}) RETURN count(m)")).isZero();

        write("MATCH (l:__SchemaMigrationLock) SET l.expires = datetime() - duration({minutes: 1})");
        assertThat(SchemaMigrations.migrate(driver, "third", Duration.ofSeconds(3)))
                .extracting(SchemaMigrations.Migration::version).containsExactly(4);
        assertThat(count("MATCH (l:__SchemaMigrationLock) RETURN count(l)")).isZero();
    }

    @Test
    void aNewerReleasesMigrationDoesNotMakeTheSchemaStale() {
        SchemaMigrations.migrate(driver, "test");
        write("CREATE (:__SchemaMigration {version: 9999, name: 'from_a_newer_release', checksum: 'x'})");
        var verification = SchemaMigrations.verify(SchemaMigrations.applied(read("MATCH (m:__SchemaMigration) "
                + "RETURN m.version AS version, m.name AS name, m.checksum AS checksum")));
        assertThat(verification.current()).isTrue();
        assertThat(verification.newer()).containsExactly(9999);
    }

    /**
     * Relationships written before page keys existed get them from the one-time data migration V0041, in batches
     * (more documents than one batch holds), exactly the keys the writer gives (seed/measure-page-keys); once it is
     * recorded a start runs nothing, so it does not scan the measures again.
     */
    @Test
    @FromThePreviousRelease
    void pageKeysAreBackFilledOnceAsTheWriterWritesThem() {
        SchemaMigrations.migrate(driver, "previous release");
        // A graph from before V0040's keys: 45 documents of 3 measures listed under a department (twice), a park and
        // an initiative, none with a page key; its release had recorded everything but V0041.
        write(MEASURES_OF_45_DOCUMENTS);
        write("""
                CREATE (:Department {id: 'dept'}), (:Park {id: 'park'}), (:Initiative {id: 'init'})
                WITH 1 AS one
                MATCH (dept:Department), (park:Park), (init:Initiative), (m:Measure)
                CREATE (dept)-[:LEADS]->(m), (dept)-[:SUPPORTS]->(m), (m)-[:CONCERNS]->(park)
                FOREACH (_ IN CASE WHEN m.seq = 1 THEN [1] ELSE [] END | CREATE (m)-[:ADVANCES]->(init))
                """);
        write("MATCH (m:__SchemaMigration {version: 41}) DELETE m");
        assertThat(pageKeys()).hasSize(45 * 3 * 3 + 45)
                .allSatisfy((relationship, key) -> assertThat(key).as(relationship).isNull());

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0041__measure_page_keys_backfill");
        Map<String, String> backFilled = pageKeys();
        assertThat(backFilled).allSatisfy((relationship, key) -> assertThat(key).as(relationship).isNotNull());
        assertThat(backFilled.get("LEADS dept doc-5/2")).as("no issue date: after every date")
                .isEqualTo("dept\u0001~\u0001doc-5\u00010000000002\u0001doc-5/2");

        write("MATCH ()-[r:LEADS|SUPPORTS|CONCERNS|ADVANCES]->() REMOVE r.pageKey");
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds",
                    java.util.stream.IntStream.rangeClosed(1, 45).mapToObj(d -> "doc-" + d).toList())).consume();
        }
        assertThat(pageKeys()).as("the writer's keys").isEqualTo(backFilled);

        write("MATCH (:Department)-[r:LEADS]->(:Measure {id: 'doc-1/1'}) REMOVE r.pageKey");
        GraphSchema.apply(driver);
        assertThat(count("MATCH ()-[r:LEADS]->() WHERE r.pageKey IS NULL RETURN count(r)"))
                .as("a start with every migration recorded does not look at the measures").isEqualTo(1);
    }

    /**
     * Measures written before they carried their own page key (the root list's, V0045) get it from that migration's
     * back-fill, in batches, exactly as the writer gives it (seed/measure-page-keys): the relationships' key without
     * the parent's id.
     */
    @Test
    @FromThePreviousRelease
    void measureListKeysAreBackFilledOnceAsTheWriterWritesThem() {
        SchemaMigrations.migrate(driver, "previous release");
        write(MEASURES_OF_45_DOCUMENTS);
        write("MATCH (m:__SchemaMigration {version: 45}) DELETE m");
        assertThat(measureKeys()).hasSize(45 * 3).allSatisfy((measure, key) -> assertThat(key).as(measure).isNull());

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0045__measure_list_keys");
        Map<String, String> backFilled = measureKeys();
        assertThat(backFilled.get("doc-5/2")).as("no issue date: after every date")
                .isEqualTo("\u0001~\u0001doc-5\u00010000000002\u0001doc-5/2");
        assertThat(backFilled.get("doc-1/3")).isEqualTo("\u00012020-02\u0001doc-1\u00010000000003\u0001doc-1/3");

        write("MATCH (m:Measure) REMOVE m.pageKey");
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds",
                    java.util.stream.IntStream.rangeClosed(1, 45).mapToObj(d -> "doc-" + d).toList())).consume();
        }
        assertThat(measureKeys()).as("the writer's keys").isEqualTo(backFilled);
    }

    /**
     * Graphs written before the measure counts existed get them from the one-time data migration V0042: the roles
     * each department holds on measures (not those on sections), each document's measures — the counts the writer
     * keeps (seed/measure-counts) from then on.
     */
    @Test
    @FromThePreviousRelease
    void measureCountsAreBackFilledOnceAsTheWriterKeepsThem() {
        SchemaMigrations.migrate(driver, "previous release");
        write("""
                UNWIND range(1, 3) AS d
                CREATE (doc:Document {id: 'doc-' + d})
                CREATE (doc)-[:HAS_PART]->(:Section {id: 'doc-' + d + '/一', documentId: 'doc-' + d})
                WITH doc, d
                UNWIND range(1, d * 10) AS s
                CREATE (:Measure {id: doc.id + '/' + s, documentId: doc.id, seq: s})
                """);
        write("""
                CREATE (:Department {id: 'lead'}), (:Department {id: 'idle'}), (:Document {id: 'ext/cited'})
                WITH 1 AS one
                MATCH (lead:Department {id: 'lead'}), (m:Measure)
                CREATE (lead)-[:LEADS]->(m)
                FOREACH (_ IN CASE WHEN m.seq % 2 = 0 THEN [1] ELSE [] END | CREATE (lead)-[:SUPPORTS]->(m))
                WITH DISTINCT lead
                MATCH (s:Section)
                CREATE (lead)-[:LEADS]->(s), (lead)-[:COORDINATES]->(s)
                """);
        write("MATCH (m:__SchemaMigration {version: 42}) DELETE m");

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0042__measure_counts");
        Map<String, List<Object>> migrated = measureCounts();
        assertThat(migrated.get("lead")).as("60 measures led, 30 supported; the sections are not measures")
                .containsExactly(60L, 30L, 0L);
        assertThat(migrated.get("idle")).containsExactly(0L, 0L, 0L);
        assertThat(migrated.get("doc-2")).containsExactly(20L);

        write("MATCH (d:Department) REMOVE d.measuresLed, d.measuresSupported, d.measuresCoordinated");
        write("MATCH (d:Document) REMOVE d.measureCount");
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds",
                    List.of("doc-1", "doc-2", "doc-3", "ext/cited"), "sign", 1)).consume();
        }
        assertThat(measureCounts()).as("the writer's counts (absent read as 0)").isEqualTo(migrated);
    }

    /**
     * Graphs written before the indicator counts existed get them from the data migration V0044, one per kind and
     * year (indicators without a year counted apart) — the counts the writer keeps (seed/measure-counts) from then on.
     */
    @Test
    @FromThePreviousRelease
    void indicatorCountsAreBackFilledOnceAsTheWriterKeepsThem() {
        SchemaMigrations.migrate(driver, "previous release");
        write("""
                UNWIND range(1, 2) AS d
                CREATE (:Document {id: 'doc-' + d})
                WITH d
                UNWIND range(1, 12) AS s
                CREATE (:Indicator {id: 'doc-' + d + '/i' + s, documentId: 'doc-' + d, seq: s,
                                    kind: CASE WHEN s % 3 = 0 THEN 'SHARE' ELSE 'LEVEL' END,
                                    year: CASE WHEN s % 4 = 0 THEN null ELSE 2025 + d END})
                """);
        write("MATCH (c:IndicatorCount) DELETE c");
        write("MATCH (m:__SchemaMigration {version: 44}) DELETE m");

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0044__indicator_counts");
        Map<String, Long> migrated = countsByKey("IndicatorCount");
        assertThat(migrated).as("per document: s = 1..12; SHARE when s % 3 = 0, no year when s % 4 = 0")
                .containsEntry("LEVEL:2026", 6L).containsEntry("SHARE:2026", 3L).containsEntry("LEVEL:", 4L)
                .containsEntry("SHARE:", 2L).containsEntry("LEVEL:2027", 6L).containsEntry("SHARE:2027", 3L)
                .hasSize(6);

        write("MATCH (c:IndicatorCount) DELETE c");
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds", List.of("doc-1", "doc-2"),
                    "sign", 1)).consume();
        }
        assertThat(countsByKey("IndicatorCount")).as("the writer's counts").isEqualTo(migrated);
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds", List.of("doc-2"),
                    "sign", -1)).consume();
        }
        assertThat(countsByKey("IndicatorCount")).as("a retraction of doc-2 (before its indicators are removed)")
                .containsEntry("LEVEL:2026", 6L).containsEntry("LEVEL:2027", 0L).containsEntry("LEVEL:", 2L);
    }

    /**
     * Graphs written before the facet counts existed get them from the data migrations V0046 and V0047 (which adds the
     * lists HAS_INDICATOR|true/false), each added up document by document; after both, exactly the counts the writer
     * keeps (seed/measure-facet-counts) from then on; a count left from a run cut short is cleared first, not added to.
     */
    @Test
    @FromThePreviousRelease
    void measureFacetCountsAreBackFilledOnceAsTheWriterKeepsThem() {
        SchemaMigrations.migrate(driver, "previous release");
        write(MEASURES_OF_45_DOCUMENTS);
        write("""
                UNWIND range(1, 45) AS d
                CREATE (:Document {id: 'doc-' + d})
                WITH count(*) AS documents
                CREATE (:Department {id: 'dept'}), (:Department {id: 'other'}), (:Park {id: 'park'}),
                       (:Initiative {id: 'init'})
                WITH documents
                MATCH (dept:Department {id: 'dept'}), (other:Department {id: 'other'}), (park:Park), (init:Initiative),
                      (m:Measure)
                CREATE (dept)-[:LEADS]->(m), (m)-[:CONCERNS]->(park)
                FOREACH (_ IN CASE WHEN m.seq = 1 THEN [1] ELSE [] END | CREATE (m)-[:ADVANCES]->(init),
                                                                         (other)-[:SUPPORTS]->(m))
                FOREACH (_ IN CASE WHEN m.seq = 2 THEN [1] ELSE [] END | CREATE (m)-[:HAS_INDICATOR]->(:Indicator))
                """);
        write("MATCH (c:MeasureFacetCount) DELETE c");
        write("CREATE (:MeasureFacetCount {key: 'ALL||documents|doc-1', value: 'doc-1', count: 99})");
        write("MATCH (m:__SchemaMigration) WHERE m.version IN [46, 47] DELETE m");

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0046__measure_facet_counts", "V0047__measure_facet_counts_by_indicator");
        Map<String, Long> migrated = countsByKey("MeasureFacetCount");
        assertThat(migrated).as("45 documents of 3 measures, all led by dept in park, the first of each supported by "
                        + "other and advancing init, the second stating an indicator")
                .containsEntry("ALL||documents|doc-1", 3L)
                .containsEntry("ALL||hasIndicator|true", 45L).containsEntry("ALL||hasIndicator|false", 90L)
                .containsEntry("HAS_INDICATOR|true|documents|doc-1", 1L)
                .containsEntry("HAS_INDICATOR|false|leadDepartments|dept", 90L)
                .containsEntry("LED_BY|dept|supportingDepartments|other", 45L)
                .containsEntry("SUPPORTED_BY|other|leadDepartments|dept", 45L)
                .containsEntry("PARK|park|initiatives|init", 45L)
                .containsEntry("INITIATIVE|init|parks|park", 45L)
                .containsEntry("DOCUMENT|doc-7|leadDepartments|dept", 3L);

        write("MATCH (c:MeasureFacetCount) DELETE c");
        List<String> documentIds = java.util.stream.IntStream.rangeClosed(1, 45).mapToObj(d -> "doc-" + d).toList();
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-facet-counts"), Map.of("documentIds", documentIds, "sign", 1))
                    .consume();
        }
        assertThat(countsByKey("MeasureFacetCount")).as("the writer's counts").isEqualTo(migrated);
    }

    /**
     * Graphs written before the indicator facet counts existed get them from the data migration V0051, added up
     * document by document; after it, exactly the cells the writer keeps (seed/measure-counts) from then on; a cell
     * left from a run cut short is cleared first, not added to.
     */
    @Test
    @FromThePreviousRelease
    void indicatorFacetCountsAreBackFilledOnceAsTheWriterKeepsThem() {
        SchemaMigrations.migrate(driver, "previous release");
        write("""
                UNWIND range(1, 30) AS d
                CREATE (:Document {id: 'doc-' + d})
                WITH d
                UNWIND range(1, 6) AS s
                CREATE (:Indicator {id: 'doc-' + d + '/i' + s, documentId: 'doc-' + d, seq: s,
                                    kind: CASE WHEN s % 3 = 0 THEN 'SHARE' ELSE 'LEVEL' END,
                                    comparator: CASE WHEN s = 1 THEN 'ACTUAL' ELSE 'AT_LEAST' END,
                                    unit: CASE WHEN s % 2 = 0 THEN '个' ELSE null END,
                                    year: CASE WHEN s = 6 THEN null ELSE 2025 END})
                """);
        write("MATCH (c:IndicatorFacetCount) DELETE c");
        write("CREATE (:IndicatorFacetCount {key: 'LEVEL:2025|units|个', count: 99})");
        write("MATCH (m:__SchemaMigration {version: 51}) DELETE m");

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0051__indicator_facet_counts");
        Map<String, Long> migrated = countsByKey("IndicatorFacetCount");
        assertThat(migrated).as("30 documents, s = 1..6: SHARE when s % 3 = 0, ACTUAL when s = 1, unit 个 when s is "
                        + "even, no year when s = 6")
                .containsEntry("LEVEL:2025|comparators|ACTUAL", 30L)
                .containsEntry("LEVEL:2025|comparators|AT_LEAST", 90L)
                .containsEntry("LEVEL:2025|units|个", 60L)
                .doesNotContainKey("SHARE:2025|units|个")
                .containsEntry("SHARE:|units|个", 30L)
                .containsEntry("SHARE:2025|documents|doc-7", 1L)
                .containsEntry("LEVEL:2025|documents|doc-7", 4L)
                .doesNotContainKey("LEVEL:2025|units|null");

        write("MATCH (c:IndicatorFacetCount) DELETE c");
        List<String> documentIds = java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(d -> "doc-" + d).toList();
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds", documentIds, "sign", 1))
                    .consume();
        }
        assertThat(countsByKey("IndicatorFacetCount")).as("the writer's counts").isEqualTo(migrated);
    }

    /** Each stored count of the label's cells (IndicatorCount, MeasureFacetCount, IndicatorFacetCount) by its key. */
    private Map<String, Long> countsByKey(String label) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Record r : read("MATCH (c:" + label + ") RETURN c.key AS key, c.count AS count")) {
            counts.put(r.get("key").asString(), r.get("count").asLong());
        }
        return counts;
    }

    /** A role mergeDepartment moved before V0043 kept the merged-away body's key; V0043 gives it the writer's key. */
    @Test
    @FromThePreviousRelease
    void rolesMovedByAnEarlierMergeGetTheirDepartmentsPageKeys() {
        SchemaMigrations.migrate(driver, "previous release");
        write("""
                CREATE (into:Department {id: 'into'}), (other:Department {id: 'other'})
                CREATE (m1:Measure {id: 'doc/1', documentId: 'doc', seq: 1, issuedOn: '2020-01'}),
                       (m2:Measure {id: 'doc/2', documentId: 'doc', seq: 2, issuedOn: '2020-01'})
                CREATE (into)-[:LEADS {pageKey: 'gone\u00012020-01\u0001doc\u00010000000001\u0001doc/1'}]->(m1),
                       (other)-[:LEADS]->(m2)
                """);
        try (var session = driver.session()) {
            session.run(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds", List.of("doc"))).consume();
        }
        Map<String, String> writers = pageKeys();
        write("MATCH (:Department {id: 'into'})-[r:LEADS]->() SET r.pageKey = 'gone' + substring(r.pageKey, 4)");
        write("MATCH (m:__SchemaMigration {version: 43}) DELETE m");

        assertThat(SchemaMigrations.migrate(driver, "this release")).extracting(SchemaMigrations.Migration::label)
                .containsExactly("V0043__merged_role_page_keys");
        assertThat(pageKeys()).isEqualTo(writers);
        assertThat(writers.get("LEADS into doc/1")).startsWith("into\u0001");
    }

    /** Each department's [measuresLed, measuresSupported, measuresCoordinated] and each document's [measureCount]. */
    private Map<String, List<Object>> measureCounts() {
        Map<String, List<Object>> counts = new java.util.TreeMap<>();
        for (Record r : read("""
                MATCH (n) WHERE n:Department OR n:Document
                RETURN n.id AS id, CASE WHEN n:Department
                  THEN [coalesce(n.measuresLed, 0), coalesce(n.measuresSupported, 0), coalesce(n.measuresCoordinated, 0)]
                  ELSE [coalesce(n.measureCount, 0)] END AS counts
                """)) {
            counts.put(r.get("id").asString(), r.get("counts").asList(v -> v.asObject()));
        }
        return counts;
    }

    /** Each relationship that lists a measure under a parent ("LEADS dept doc-1/1"), with its page key or null. */
    private Map<String, String> measureKeys() {
        Map<String, String> keys = new java.util.TreeMap<>();
        for (Record r : read("MATCH (m:Measure) RETURN m.id AS measure, m.pageKey AS key")) {
            keys.put(r.get("measure").asString(), r.get("key").isNull() ? null : r.get("key").asString());
        }
        return keys;
    }

    private Map<String, String> pageKeys() {
        Map<String, String> keys = new java.util.TreeMap<>();
        for (Record r : read("""
                MATCH (a)-[r:LEADS|SUPPORTS|CONCERNS|ADVANCES]->(b)
                WITH r, CASE WHEN a:Measure THEN b.id ELSE a.id END AS parent, CASE WHEN a:Measure THEN a.id ELSE b.id END AS measure
                RETURN type(r) + ' ' + parent + ' ' + measure AS relationship, r.pageKey AS key
                """)) {
            keys.put(r.get("relationship").asString(), r.get("key").isNull() ? null : r.get("key").asString());
        }
        return keys;
    }

    private List<Record> read(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).list();
        }
    }

    private long count(String cypher) {
        return read(cypher).get(0).get(0).asLong();
    }

    private void write(String cypher) {
        try (var session = driver.session()) {
            session.run(cypher).consume();
        }
    }
}
