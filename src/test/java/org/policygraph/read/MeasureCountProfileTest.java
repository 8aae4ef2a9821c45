package org.policygraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.read.ProfiledPlans.dbHits;
import static org.policygraph.read.ProfiledPlans.labelScans;
import static org.policygraph.read.ProfiledPlans.print;
import static org.policygraph.read.ProfiledPlans.rowsSorted;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;
import org.policygraph.support.ScratchNeo4j;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * Issue 16: a parent's first page of measures with its totalCount costs the same whether the parent has 300 measures
 * or 3,000. The statement the read plan sends for the query runs under PROFILE on a real Neo4j (with every schema
 * migration) holding both parents, written as the writer writes them (its page keys and measure counts); its database
 * hits do not grow with the number of measures, no operator sorts them, and the answer is right — the department also
 * holds roles on sections, which its measure count must not include.
 */
class MeasureCountProfileTest {

    private static final int SMALL = 300;
    private static final int LARGE = 3_000;
    /** Sections the department leads, supports and coordinates besides its measures (issue 14's roles on sections). */
    private static final int SECTION_ROLES = 7;
    /** What the page costs beyond its 20 rows may differ by this much between the two parents (index tree depth). */
    private static final long SLACK = 10;
    /** Departments, parks and initiatives besides the fixture's parents, each with a name and an alias. */
    private static final int OTHER_BODIES = 2_000;

    private static Driver driver;

    @BeforeAll
    static void twoParentsOfEachKind() {
        driver = ScratchNeo4j.emptyWithSchema();
        for (int n : List.of(SMALL, LARGE)) {
            write("""
                    CREATE (doc:Document {id: 'profile-doc-' + $n, title: 'profile ' + $n, issuedOn: '2030-01-01', external: false})
                    CREATE (d:Department {id: 'profile-dept-' + $n, name: '剖析局' + $n, aliases: []})
                    CREATE (:Park {id: 'profile-park-' + $n, name: '剖析园' + $n, aliases: []})
                    CREATE (:Initiative {id: 'profile-initiative-' + $n, name: '剖析计划' + $n, aliases: []})
                    WITH doc, d
                    UNWIND range(1, $sections) AS s
                    CREATE (doc)-[:HAS_PART]->(section:Section {id: doc.id + '/section-' + s, documentId: doc.id, seq: s})
                    CREATE (d)-[:LEADS]->(section), (d)-[:SUPPORTS]->(section), (d)-[:COORDINATES]->(section)
                    """, Map.of("n", n, "sections", SECTION_ROLES));
            write("""
                    MATCH (doc:Document {id: 'profile-doc-' + $n}), (d:Department {id: 'profile-dept-' + $n}),
                          (p:Park {id: 'profile-park-' + $n}), (i:Initiative {id: 'profile-initiative-' + $n}),
                          (section:Section {id: doc.id + '/section-1'})
                    UNWIND range(1, $n) AS s
                    CREATE (section)-[:HAS_PART]->(m:Measure {id: doc.id + '/' + s, documentId: doc.id, seq: $sections + s,
                                                              issuedOn: doc.issuedOn, text: 'measure ' + s})
                    CREATE (d)-[:LEADS]->(m), (d)-[:SUPPORTS]->(m), (d)-[:COORDINATES]->(m),
                           (m)-[:CONCERNS]->(p), (m)-[:ADVANCES]->(i)
                    """, Map.of("n", n, "sections", SECTION_ROLES));
            // As many indicators of one kind and year (the year tells the two sets apart), among others.
            write("""
                    UNWIND range(1, $n) AS s
                    CREATE (:Indicator {id: 'profile-doc-' + $n + '/i' + s, documentId: 'profile-doc-' + $n, seq: s,
                                        kind: 'LEVEL', year: $year, name: 'indicator ' + s})
                    CREATE (:Indicator {id: 'profile-doc-' + $n + '/j' + s, documentId: 'profile-doc-' + $n, seq: $n + s,
                                        kind: 'SHARE', year: $year, name: 'other ' + s})
                    """, Map.of("n", n, "year", indicatorYear(n)));
            // The writer's own statements, run after a document's links: page keys, then measure counts.
            List<String> documentIds = List.of("profile-doc-" + n);
            write(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds", documentIds));
            write(Cypher.statement("seed/measure-counts"), Map.of("documentIds", documentIds, "sign", 1));
            write(Cypher.statement("seed/measure-facet-counts"), Map.of("documentIds", documentIds, "sign", 1));
        }
        // Many other bodies with names and aliases (the uncurated bodies of hundreds of plans): a lookup by name or
        // alias reads the nodes bearing that spelling, not these.
        write("""
                UNWIND range(1, $others) AS i
                CREATE (:Department {id: 'other-dept-' + i, name: '其他局' + i, aliases: ['其他局别名' + i]}),
                       (:Park {id: 'other-park-' + i, name: '其他园' + i, aliases: ['其他园别名' + i]}),
                       (:Initiative {id: 'other-initiative-' + i, name: '其他计划' + i, aliases: ['其他计划别名' + i]})
                WITH count(*) AS created
                MATCH (d:Department {id: 'profile-dept-' + $large}), (p:Park {id: 'profile-park-' + $large}),
                      (i:Initiative {id: 'profile-initiative-' + $large})
                SET d.aliases = ['剖析局别名'], p.aliases = ['剖析园别名'], i.aliases = ['剖析计划别名']
                """, Map.of("others", OTHER_BODIES, "large", LARGE));
    }

    /**
     * department(name:), park(name:), initiative(name:): found by the canonical name from the label's name index, or,
     * where no node bears it, by an alias from the full-text index name_lookup (V0048), reading the node with that
     * spelling — no scan of the label's other thousands of nodes. (A procedure's work is not in db hits, and the
     * lookup is a nested COLLECT whose operators PROFILE does not list: that the canonical name skips the full-text
     * query is shown by ReadPlanSnapshotTest's plans and timed in bench/, not here.)
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            department by name   | department(name: "剖析局3000")  | profile-dept-3000
            department by alias  | department(name: "剖析局别名")  | profile-dept-3000
            park by alias        | park(name: "剖析园别名")        | profile-park-3000
            initiative by name   | initiative(name: "剖析计划3000") | profile-initiative-3000
            initiative by alias  | initiative(name: "剖析计划别名") | profile-initiative-3000
            """)
    void aNodeIsFoundByNameOrAliasWithoutScanningItsLabel(String name, String root, String id) {
        OperationDefinition operation = Parser.parse("{ " + root + " { id } }")
                .getDefinitionsOfType(OperationDefinition.class).get(0);
        ReadPlan plan = new ReadPlanner(ReadPlanSnapshotTest.SCHEMA).plan(Selection.of(operation.getSelectionSet(),
                Map.of()));
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + plan.cypher(), plan.parameters());
            Object found = result.single().get("r0").asMap().get("id");
            ProfiledPlan profile = result.consume().profile();
            System.out.printf("PROFILE %s: %d db hits among %d other bodies%n", name, dbHits(profile), OTHER_BODIES);
            if (System.getProperty("profile.print") != null) {
                print(profile, "  ");
            }

            assertThat(found).asString().endsWith(id);
            assertThat(labelScans(profile)).as(name + ": operators scanning a label or all nodes").isEmpty();
            assertThat(dbHits(profile)).as(name + ": db hits among " + OTHER_BODIES + " other bodies").isLessThan(50);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            department leads        | department(name: "剖析局%d")  | leads
            department supports     | department(name: "剖析局%d")  | supports
            department coordinates  | department(name: "剖析局%d")  | coordinates
            park measures           | park(name: "剖析园%d")        | measures
            initiative measures     | initiative(name: "剖析计划%d") | measures
            document measures       | document(id: "profile-doc-%d") | measures
            """)
    void theFirstPageAndTotalCountCostTheSameAt300And3000Measures(String name, String root, String field) {
        Profiled small = profile(root.formatted(SMALL), field);
        Profiled large = profile(root.formatted(LARGE), field);
        System.out.printf("PROFILE %s: %d db hits at %d measures, %d at %d%n", name, small.dbHits(), SMALL,
                large.dbHits(), LARGE);

        assertThat(small.total()).as(name + ": measures only, not the roles on sections").isEqualTo(SMALL);
        assertThat(large.total()).isEqualTo(LARGE);
        assertThat(small.ids()).hasSize(20);
        assertThat(large.ids()).hasSize(20);
        assertThat(large.rowsSorted()).as(name + ": rows into a sort (the root's pick of one parent by name)")
                .isLessThanOrEqualTo(1);
        assertThat(large.dbHits()).as(name + ": db hits at " + LARGE + " against " + SMALL + " measures")
                .isLessThanOrEqualTo(small.dbHits() + SLACK);
    }

    /**
     * The root indicator list filtered by kind and year, with totalCount: the total is the stored count of that kind
     * and year (V0044), the page the first 20 of an index range already in position order
     * (plan/indicator-page-by-kind-and-year), so 3,000 matches cost what 300 do.
     */
    @org.junit.jupiter.api.Test
    void indicatorsOfAKindAndYearWithTotalCountCostTheSameAt300And3000Matches() {
        String query = "{ indicators(filter: {kind: [LEVEL], year: %d}, first: 20) { totalCount nodes { id } } }";
        Profiled small = profileQuery(query.formatted(indicatorYear(SMALL)), "indicators", false);
        Profiled large = profileQuery(query.formatted(indicatorYear(LARGE)), "indicators", false);
        System.out.printf("PROFILE indicators of a kind and year: %d db hits at %d matches, %d at %d%n",
                small.dbHits(), SMALL, large.dbHits(), LARGE);

        assertThat(small.total()).isEqualTo(SMALL);
        assertThat(large.total()).as("LEVEL only, not the SHARE indicators of the same year").isEqualTo(LARGE);
        assertThat(large.ids()).hasSize(20).allSatisfy(id -> assertThat(id).contains("/i"));
        assertThat(large.rowsSorted()).as("rows into a sort: a page for each kind and year, here one")
                .isLessThanOrEqualTo(20);
        assertThat(large.dbHits()).as("db hits at " + LARGE + " against " + SMALL + " matches")
                .isLessThanOrEqualTo(small.dbHits() + SLACK);
    }

    /**
     * The root measure list in its default order is a range of the measures' own page keys (V0045) and its total the
     * label's count: the first page with totalCount reads the page, not the 3,300 measures of the graph.
     */
    @org.junit.jupiter.api.Test
    void theRootListsFirstPageAndTotalCountReadThePageNotEveryMeasure() {
        Profiled all = profileQuery("{ measures(first: 20) { totalCount nodes { id } } }", "measures", false);
        System.out.printf("PROFILE root measures: %d db hits at %d measures%n", all.dbHits(), SMALL + LARGE);

        assertThat(all.total()).isEqualTo(SMALL + LARGE);
        assertThat(all.ids()).hasSize(20);
        assertThat(all.rowsSorted()).as("rows into a sort").isZero();
        assertThat(all.dbHits()).as("db hits for a page of 20 among " + (SMALL + LARGE)).isLessThan(100);
    }

    /**
     * Filtered by hasIndicator alone, the root list is counted from its stored facet list (HAS_INDICATOR|b) and its
     * page walks the measures' own page keys, filtering: with no fixture measure stating an indicator, the page of
     * measures without one reads the page, not the 3,300 measures (bench F1 counted every match).
     */
    @org.junit.jupiter.api.Test
    void theRootListFilteredByHasIndicatorAloneIsCountedFromItsStoredList() {
        Profiled without = profileQuery("{ measures(first: 20, filter: {hasIndicator: false}) { totalCount nodes { id } } }",
                "measures", false);
        Profiled with = profileQuery("{ measures(first: 20, filter: {hasIndicator: true}) { totalCount nodes { id } } }",
                "measures", false);
        System.out.printf("PROFILE root measures without an indicator: %d db hits at %d measures%n", without.dbHits(),
                SMALL + LARGE);

        assertThat(without.total()).isEqualTo(SMALL + LARGE);
        assertThat(without.ids()).hasSize(20);
        assertThat(without.labelScans()).as("operators scanning a label").isEmpty();
        assertThat(without.rowsSorted()).as("rows into a sort").isZero();
        // each of the page's 20 measures is read and checked for an indicator (~10 db hits); a count of every match
        // would read all 3,300
        assertThat(without.dbHits()).as("db hits for a page of 20 among " + (SMALL + LARGE)).isLessThan(20 * 15);
        assertThat(with.total()).isZero();
        assertThat(with.ids()).isEmpty();
    }

    /**
     * Filtered by the parent it names (a department in a role, a park, an initiative), the root list's page comes
     * from that parent's page-key range (plan/measure-page-by-parents), and its totalCount from the parent's stored
     * count or degree: 3,000 matches cost what 300 do.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lead department         | leadDepartment: "剖析局%d"
            supporting department   | supportingDepartment: "剖析局%d"
            coordinating department | coordinatingDepartment: "剖析局%d"
            park                    | park: "剖析园%d"
            initiative              | initiative: "剖析计划%d"
            """)
    void theRootListFilteredByAParentReadsThatParentsPage(String name, String condition) {
        String query = "{ measures(first: 20, filter: {%s}) { totalCount nodes { id } } }";
        Profiled small = profileQuery(query.formatted(condition.formatted(SMALL)), "measures", false);
        Profiled large = profileQuery(query.formatted(condition.formatted(LARGE)), "measures", false);
        System.out.printf("PROFILE root measures by %s: %d db hits at %d matches, %d at %d%n", name, small.dbHits(),
                SMALL, large.dbHits(), LARGE);

        assertThat(small.total()).isEqualTo(SMALL);
        assertThat(large.total()).isEqualTo(LARGE);
        assertThat(large.ids()).hasSize(20).allSatisfy(id -> assertThat(id).startsWith("profile-doc-" + LARGE + "/"));
        assertThat(large.rowsSorted()).as(name + ": rows into a sort (a page per parent)").isLessThanOrEqualTo(20);
        assertThat(large.labelScans()).as(name + ": operators scanning a label (the parent is found by name)").isEmpty();
        assertThat(large.dbHits()).as(name + ": db hits at " + LARGE + " against " + SMALL + " matches")
                .isLessThanOrEqualTo(small.dbHits() + SLACK);
    }

    /**
     * An unfiltered list's facets are read from the stored facet counts (read/measure-facets-counted), a prefix seek
     * per facet: every facet of a parent with 3,000 measures costs what it does with 300, and each count is the
     * parent's number of measures (every measure of the fixture has the parent's department, document, park and
     * initiative, and no indicator).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LED_BY         | profile-dept-%d
            SUPPORTED_BY   | profile-dept-%d
            COORDINATED_BY | profile-dept-%d
            PARK           | profile-park-%d
            INITIATIVE     | profile-initiative-%d
            DOCUMENT       | profile-doc-%d
            """)
    void anUnfilteredListsFacetsCostTheSameAt300And3000Measures(String anchor, String parent) {
        ProfiledFacets small = profileFacets(anchor, parent.formatted(SMALL));
        ProfiledFacets large = profileFacets(anchor, parent.formatted(LARGE));
        System.out.printf("PROFILE %s facets: %d db hits at %d measures, %d at %d%n", anchor, small.dbHits(), SMALL,
                large.dbHits(), LARGE);

        for (String facet : List.of("leadDepartments", "supportingDepartments", "documents", "parks", "initiatives",
                "hasIndicator")) {
            assertThat(large.counts().get(facet)).as(anchor + " " + facet).containsExactly((long) LARGE);
            assertThat(small.counts().get(facet)).as(anchor + " " + facet).containsExactly((long) SMALL);
        }
        assertThat(large.rowsSorted()).as(anchor + ": rows into a sort (a facet's values)").isLessThanOrEqualTo(1);
        assertThat(large.dbHits()).as(anchor + ": db hits at " + LARGE + " against " + SMALL + " measures")
                .isLessThanOrEqualTo(small.dbHits() + SLACK);
    }

    /** The root list's facets: the same stored counts, under the list ALL, whatever the number of measures. */
    @org.junit.jupiter.api.Test
    void theRootListsFacetsReadTheStoredCounts() {
        ProfiledFacets all = profileFacets("ALL", "");
        System.out.printf("PROFILE root measures facets: %d db hits at %d measures%n", all.dbHits(), SMALL + LARGE);

        assertThat(all.counts().get("documents")).containsExactly((long) LARGE, (long) SMALL);
        assertThat(all.counts().get("hasIndicator")).containsExactly((long) SMALL + LARGE);
        assertThat(all.dbHits()).as("db hits for six facets over " + (SMALL + LARGE) + " measures").isLessThan(200);
        // the root list filtered by hasIndicator alone: the stored list HAS_INDICATOR|false (no fixture measure states one)
        ProfiledFacets withoutIndicator = profileFacets("HAS_INDICATOR", "false");
        assertThat(withoutIndicator.counts().get("documents")).containsExactly((long) LARGE, (long) SMALL);
        assertThat(withoutIndicator.dbHits()).as("db hits of hasIndicator: false").isLessThan(200);
    }

    /**
     * The facets of an indicator list filtered by kind and year sum the stored counts of that kind and year
     * (read/indicator-facets-counted: IndicatorCount and IndicatorFacetCount) instead of visiting the matches: 3,000
     * matches cost what 300 do, and no operator reads the Indicator label (bench F2 counted every match).
     */
    @org.junit.jupiter.api.Test
    void indicatorFacetsOfAKindAndYearCostTheSameAt300And3000Matches() {
        ProfiledFacets small = profileIndicatorFacets(indicatorYear(SMALL));
        ProfiledFacets large = profileIndicatorFacets(indicatorYear(LARGE));
        System.out.printf("PROFILE indicator facets of a kind and year: %d db hits at %d matches, %d at %d%n",
                small.dbHits(), SMALL, large.dbHits(), LARGE);

        for (String facet : List.of("years", "kinds", "documents")) {
            assertThat(large.counts().get(facet)).as(facet).containsExactly((long) LARGE);
            assertThat(small.counts().get(facet)).as(facet).containsExactly((long) SMALL);
        }
        assertThat(large.labelScans()).as("operators reading every Indicator")
                .noneMatch(scan -> scan.matches("(?s).*:Indicator\\b.*"));
        assertThat(large.dbHits()).as("db hits at " + LARGE + " against " + SMALL + " matches")
                .isLessThanOrEqualTo(small.dbHits() + SLACK);
    }

    private record ProfiledFacets(Map<String, List<Long>> counts, long dbHits, long rowsSorted,
                                  List<String> labelScans) {
    }

    /** read/indicator-facets-counted for the LEVEL indicators of one year, every facet selected, profiled. */
    private static ProfiledFacets profileIndicatorFacets(int year) {
        String statement = CypherTemplate.fill("read/indicator-facets-counted", Map.of("WHERE",
                "i.kind IN $kindsFiltered AND i.year = $year", "DOCUMENT", "doc.id"));
        Map<String, Object> parameters = Map.of("kindsFiltered", List.of("LEVEL"), "year", year, "years", 20,
                "kinds", true, "comparators", true, "units", 20, "documents", 20);
        return profiled(statement, parameters, List.of("years", "kinds", "comparators", "units", "documents"));
    }

    /** read/measure-facets-counted for one parent of one list, every facet selected, profiled. */
    private static ProfiledFacets profileFacets(String anchor, String parentId) {
        String statement = CypherTemplate.fill("read/measure-facets-counted", Map.of("DEPARTMENT", "d.id",
                "DOCUMENT", "doc.id", "PARK", "p.id", "INITIATIVE", "i.id"));
        Map<String, Object> parameters = Map.of("ids", List.of(parentId), "anchor", anchor, "leadDepartments", 20,
                "supportingDepartments", 20, "documents", 20, "parks", 20, "initiatives", 20, "hasIndicator", true);
        return profiled(statement, parameters, List.of("leadDepartments", "supportingDepartments", "documents",
                "parks", "initiatives", "hasIndicator"));
    }

    /** A facets statement profiled: each facet's counts, in the statement's order. */
    private static ProfiledFacets profiled(String statement, Map<String, Object> parameters, List<String> facets) {
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + statement, parameters);
            Record record = result.single();
            ProfiledPlan profile = result.consume().profile();
            if (System.getProperty("profile.print") != null) {
                print(profile, "");
            }
            Map<String, List<Long>> counts = new java.util.HashMap<>();
            for (String facet : facets) {
                counts.put(facet, record.get(facet).asList(row -> row.get("count").asLong()));
            }
            return new ProfiledFacets(counts, dbHits(profile), rowsSorted(profile), labelScans(profile));
        }
    }

    private static int indicatorYear(int matches) {
        return 2030 + matches / 100;
    }

    private record Profiled(long total, List<String> ids, long dbHits, long rowsSorted, List<String> labelScans) {
    }

    /** The planned statement of {@code { <root> { <field>(first: 20) { totalCount nodes { id } } } }}, profiled. */
    private static Profiled profile(String root, String field) {
        return profileQuery("{ " + root + " { " + field + "(first: 20) { totalCount nodes { id } } } }", field, true);
    }

    /** A query's planned statement, profiled; its connection is {@code field} of the root's value, or the root's. */
    @SuppressWarnings("unchecked")
    private static Profiled profileQuery(String query, String field, boolean nested) {
        OperationDefinition operation = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).get(0);
        ReadPlan plan = new ReadPlanner(ReadPlanSnapshotTest.SCHEMA).plan(Selection.of(operation.getSelectionSet(),
                Map.of()));
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + plan.cypher(), plan.parameters());
            Record record = result.single();
            ProfiledPlan profile = result.consume().profile();
            if (System.getProperty("profile.print") != null) {
                print(profile, "");
            }
            Map<String, Object> value = (Map<String, Object>) record.get("r0").asObject();
            Map<String, Object> connection = nested ? (Map<String, Object>) value.get(field) : value;
            List<String> ids = ((List<Map<String, Object>>) connection.get("page")).stream()
                    .map(m -> (String) m.get("id")).toList();
            return new Profiled(((Number) connection.get("total")).longValue(), ids, dbHits(profile),
                    rowsSorted(profile), labelScans(profile));
        }
    }

    private static void write(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
        }
    }
}
