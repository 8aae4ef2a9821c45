package org.policygraph.api;

import org.policygraph.read.plan.Filters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.MeasureConnection;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.MeasureConditions.Anchor;
import org.policygraph.read.ReadPlanSnapshotTest;
import org.policygraph.read.plan.Page;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;
import org.policygraph.support.ScratchNeo4j;

/**
 * A page of a parent's measures, as the read plan reads it (read.plan: the field alone, as a resolver reads it when
 * its parent's statement did not fold it), costs the page, not every measure the parent has: on a generated graph where one
 * department leads 9,000 measures, PROFILE of the page statements shows no sort and database hits bounded by the page
 * size, and the pages — first and continued by keyset cursor — are exactly those of the ordering they replace.
 */
class MeasurePagePlanTest {

    private static final int DOCUMENTS = 40;
    private static final int MEASURES_PER_DOCUMENT = 250;
    private static final String BUSY = "busy";
    /** The order read/measures-keyed-page replaces (Filters.measureOrder of the default order). */
    private static final String REFERENCE_ORDER = "m.issuedOn, m.documentId, m.seq, m.id";

    private static Driver driver;

    @BeforeAll
    static void generatedGraph() {
        driver = ScratchNeo4j.emptyWithSchema();
        try (Session session = driver.session()) {
            // 40 documents of 250 measures; issue dates repeat (ties broken by document id), every tenth is a draft
            // without a date (ordered last); seq runs past 9 (compared as numbers, not strings).
            session.run("""
                    UNWIND range(0, $documents - 1) AS d
                    CREATE (doc:Document {id: 'gen-' + d,
                      issuedOn: CASE WHEN d % 10 = 9 THEN null ELSE '20' + toString(10 + d % 7) + '-0' + toString(1 + d % 3) END})
                    WITH doc
                    UNWIND range(1, $perDocument) AS s
                    CREATE (m:Measure {id: doc.id + '/' + s, documentId: doc.id, seq: s, issuedOn: doc.issuedOn,
                      number: toString(s), text: 'measure ' + s})
                    """, Map.of("documents", DOCUMENTS, "perDocument", MEASURES_PER_DOCUMENT)).consume();
            session.run("""
                    CREATE (:Department {id: $busy, name: '忙局'}), (:Department {id: 'small', name: '小局'}),
                           (:Park {id: 'park', name: '园'})
                    WITH 1 AS one
                    MATCH (busy:Department {id: $busy}), (small:Department {id: 'small'}), (park:Park {id: 'park'})
                    MATCH (m:Measure)
                    FOREACH (_ IN CASE WHEN m.seq % 10 <> 0 THEN [1] ELSE [] END | CREATE (busy)-[:LEADS]->(m))
                    FOREACH (_ IN CASE WHEN m.seq % 10 = 0 THEN [1] ELSE [] END | CREATE (small)-[:LEADS]->(m))
                    FOREACH (_ IN CASE WHEN m.seq % 5 = 0 THEN [1] ELSE [] END | CREATE (m)-[:CONCERNS]->(park))
                    """, Map.of("busy", BUSY)).consume();
            List<String> documentIds = session.run("MATCH (d:Document) RETURN d.id AS id").list(r -> r.get("id").asString());
            // The writer's own statements give the relationships their keys and the parents their measure counts.
            session.run(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds", documentIds)).consume();
            session.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds", documentIds, "sign", 1)).consume();
        }
    }

    @Test
    void theBusiestDepartmentsFirstPageIsARangeSeekNotASortOfItsNineThousandMeasures() {
        PageStatement statement = page(Anchor.LED_BY, null, 50, null, false);
        assertThat(statement.keyed()).isTrue();

        ProfiledPlan plan = profile(statement, BUSY);
        assertThat(operators(plan)).noneMatch(MeasurePagePlanTest::sorts)
                .anyMatch(o -> o.startsWith("DirectedRelationshipIndexSeekByRange"));
        long hits = dbHits(plan);
        assertThat(hits).as("db hits of a 50-measure page").isLessThan(50L * 20);

        // What it replaces sorts all 9,000 and costs far more.
        ProfiledPlan sorted = profile(new PageStatement("UNWIND $ids AS id MATCH (:Department {id: id})-[:LEADS]->(m:Measure) "
                + "WITH m ORDER BY " + REFERENCE_ORDER + " LIMIT 50 RETURN collect(m {.id, .text}) AS page",
                Map.of(), null), BUSY);
        assertThat(operators(sorted)).anyMatch(MeasurePagePlanTest::sorts);
        assertThat(dbHits(sorted)).isGreaterThan(hits * 10);
    }

    @Test
    void keysetCursorsWalkTheSameOrderAsTheSortTheyReplace() {
        List<String> reference = ids("MATCH (:Department {id: $id})-[:LEADS]->(m:Measure) RETURN m.id AS id ORDER BY "
                + REFERENCE_ORDER, BUSY);
        assertThat(reference).hasSize(9000);
        List<String> walked = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 4; pages++) {
            PageStatement statement = page(Anchor.LED_BY, null, 100, after, false);
            MeasureConnection connection = connection(statement, BUSY);
            connection.nodes.forEach(m -> walked.add(m.id));
            after = connection.pageInfo.endCursor;
            assertThat(connection.edges.get(0).cursor).isEqualTo(connection.pageInfo.startCursor);
        }
        assertThat(walked).containsExactlyElementsOf(reference.subList(0, 400));
        // The drafts (no issue date) come last, as in the replaced order: gen-9 is the last of them by document id.
        assertThat(reference.get(reference.size() - 1)).startsWith("gen-9/");

        // An offset cursor (as issued before page keys) still continues at its position.
        MeasureConnection fromOffset = connection(page(Anchor.LED_BY, null, 10, Page.cursor(4499), false), BUSY);
        assertThat(fromOffset.nodes).extracting(m -> m.id).containsExactlyElementsOf(reference.subList(4500, 4510));
        assertThat(fromOffset.edges.get(0).cursor).isEqualTo(Page.cursor(4500, fromOffset.nodes.get(0).pageKey));
    }

    @Test
    void totalCountComesFromTheParentAndOnlyWhenSelected() {
        PageStatement counted = page(Anchor.LED_BY, null, 20, null, true);
        assertThat(counted.keyed()).isTrue();
        MeasureConnection connection = connection(counted, BUSY);
        assertThat(connection.totalCount).isEqualTo(9000);
        assertThat(connection.pageInfo.hasNextPage).isTrue();
        ProfiledPlan plan = profile(counted, BUSY);
        assertThat(operators(plan)).noneMatch(MeasurePagePlanTest::sorts);
        // The count is the department's stored one (MeasureCountProfileTest: it does not grow with the measures).
        assertThat(dbHits(plan)).isLessThan(20L * 20);
        assertThat(connection(page(Anchor.LED_BY, null, 20, null, false), BUSY).totalCount).isEqualTo(-1);
    }

    @Test
    void aSmallDepartmentAndAParkArePagedTheSameWay() {
        for (var parent : List.of(Map.entry(Anchor.LED_BY, "small"), Map.entry(Anchor.PARK, "park"))) {
            String pattern = parent.getKey() == Anchor.PARK ? "(:Park {id: $id})<-[:CONCERNS]-(m:Measure)"
                    : "(:Department {id: $id})-[:LEADS]->(m:Measure)";
            List<String> reference = ids("MATCH " + pattern + " RETURN m.id AS id ORDER BY " + REFERENCE_ORDER
                    + " SKIP 20 LIMIT 20", parent.getValue());
            PageStatement first = page(parent.getKey(), null, 20, null, false);
            PageStatement next = page(parent.getKey(), null, 20,
                    connection(first, parent.getValue()).pageInfo.endCursor, false);
            MeasureConnection second = connection(next, parent.getValue());
            assertThat(second.nodes).extracting(m -> m.id).as(parent.toString()).containsExactlyElementsOf(reference);
            // Both pages are seeks into the parent's keys: the small department's 1,000 measures sit among the
            // busy one's 9,000 in the same index, and neither page reads them.
            for (PageStatement statement : List.of(first, next)) {
                ProfiledPlan plan = profile(statement, parent.getValue());
                assertThat(operators(plan)).noneMatch(MeasurePagePlanTest::sorts);
                assertThat(dbHits(plan)).as(parent.toString()).isLessThan(20L * 20);
            }
        }
    }

    @Test
    void aFilteredPageKeepsTheOrderAndACountedFilteredPageCountsEveryMatch() {
        Map<String, Object> filter = Map.of("textContains", "measure 7");
        List<String> reference = ids("MATCH (:Department {id: $id})-[:LEADS]->(m:Measure) WHERE m.text CONTAINS 'measure 7'"
                + " RETURN m.id AS id ORDER BY " + REFERENCE_ORDER, BUSY);
        MeasureConnection page = connection(page(Anchor.LED_BY, filter, 30, null, false), BUSY);
        assertThat(page.nodes).extracting(m -> m.id).containsExactlyElementsOf(reference.subList(0, 30));
        PageStatement counted = page(Anchor.LED_BY, filter, 30, null, true);
        assertThat(counted.keyed()).isFalse();
        assertThat(connection(counted, BUSY).totalCount).isEqualTo(reference.size());
    }

    @Test
    void aDocumentsPageIsReadFromItsPositionIndex() throws Exception {
        PageStatement statement = page(Anchor.DOCUMENT, null, 20, Page.cursor(99), false);
        MeasureConnection connection = connection(statement, "gen-3");
        assertThat(connection.nodes).extracting(m -> m.id)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(101, 120).mapToObj(s -> "gen-3/" + s).toList());
        ProfiledPlan plan = profile(statement, "gen-3");
        assertThat(operators(plan)).noneMatch(MeasurePagePlanTest::sorts);
        // 120 index entries read to skip 100 and return 20; the document's 250 measures are not all read.
        assertThat(dbHits(plan)).isLessThan(MEASURES_PER_DOCUMENT * 2L);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** A page statement of the plan with its parameters (but the parent's key) and page. */
    private record PageStatement(String cypher, Map<String, Object> parameters, Page page) {
        boolean keyed() {
            return cypher.contains("r.pageKey");
        }
    }

    /** The statement the plan reads a parent's measures page with, selecting the measures' id and text. */
    private static PageStatement page(Anchor anchor, Map<String, Object> filter, int first, String after,
            boolean counted) {
        String type = switch (anchor) {
            case DOCUMENT -> "Document";
            case PARK -> "Park";
            default -> "Department";
        };
        String field = anchor == Anchor.LED_BY ? "leads" : "measures";
        Map<String, Object> arguments = new java.util.HashMap<>();
        arguments.put("first", first);
        arguments.put("after", after);
        if (filter != null) {
            arguments.put("filter", filter);
        }
        Selection nodes = new Selection("nodes", "nodes", Map.of(), List.of(
                new Selection("id", "id", Map.of(), List.of()), new Selection("text", "text", Map.of(), List.of())));
        List<Selection> fields = counted ? List.of(nodes, new Selection("totalCount", "totalCount", Map.of(), List.of()))
                : List.of(nodes);
        ReadPlan plan = new ReadPlanner(ReadPlanSnapshotTest.SCHEMA).planField(type,
                new Selection(field, field, arguments, fields));
        try {
            return new PageStatement(plan.cypher(), plan.parameters(),
                    Page.of(first, after));
        } catch (org.eclipse.microprofile.graphql.GraphQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> parameters(PageStatement statement, String parentId) {
        Map<String, Object> parameters = new java.util.HashMap<>(statement.parameters());
        parameters.put("ids", List.of(parentId));
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static MeasureConnection connection(PageStatement statement, String parentId) {
        try (Session session = driver.session()) {
            Record record = session.run(statement.cypher(), parameters(statement, parentId)).single();
            Map<String, Object> value = (Map<String, Object>) record.get("value").asObject();
            List<Measure> items = ((List<Map<String, Object>>) value.get("page")).stream().map(Measure::from).toList();
            return MeasureConnection.of(statement.page(), items, ((Number) value.get("total")).longValue());
        }
    }

    private static ProfiledPlan profile(PageStatement statement, String parentId) {
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + statement.cypher(), parameters(statement, parentId));
            result.list();
            return result.consume().profile();
        }
    }

    private static List<String> ids(String cypher, String id) {
        try (Session session = driver.session()) {
            return session.run(cypher, Map.of("id", id)).list(r -> r.get("id").asString());
        }
    }

    private static List<String> operators(ProfiledPlan plan) {
        List<String> all = new ArrayList<>();
        all.add(plan.operatorType());
        plan.children().forEach(child -> all.addAll(operators(child)));
        return all;
    }

    private static boolean sorts(String operator) {
        return operator.contains("Sort") || operator.contains("Top");
    }

    private static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(MeasurePagePlanTest::dbHits).sum();
    }
}
