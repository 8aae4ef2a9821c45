package org.policygraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policygraph.read.ProfiledPlans.dbHits;
import static org.policygraph.read.ProfiledPlans.labelScans;
import static org.policygraph.read.ProfiledPlans.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.policygraph.graph.Cypher;
import org.policygraph.graph.CypherParams;
import org.policygraph.graph.CypherTemplate;
import org.policygraph.graph.MeasureConditions;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;
import org.policygraph.support.ScratchNeo4j;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;

/**
 * Issue 16: the root list filtered by textContains reads the measures containing the text from its TEXT indexes
 * (V0049, plan/measure-page-by-text), not every measure. A rare text in {@value #RARE} measures among
 * {@value #SMALL} and then among {@value #LARGE} other measures: the first page with totalCount, and the facets, cost
 * about the same db hits at both sizes, no operator scans the Measure label, and the answer (ids in order, total) is
 * the one a walk over every measure in page-key order gives — the plan before V0049.
 */
class TextFilterProfileTest {

    private static final int RARE = 25;
    private static final int SMALL = 3_000;
    private static final int LARGE = Integer.getInteger("textfilter.large", 15_000);
    private static final int PER_DOCUMENT = 1_000;
    private static final String TEXT = "稀有字串";
    /** What the statements cost may differ by this much between the two sizes (index tree depth). */
    private static final long SLACK = 20;

    private static Driver driver;

    @BeforeAll
    static void schema() {
        driver = ScratchNeo4j.emptyWithSchema();
    }

    @Test
    void aRareTextCostsTheSameAmong3000And15000OtherMeasures() {
        // the rare measures, spread over two documents of their own; a third of them hold the text in the title only
        write("""
                UNWIND range(1, $rare) AS s
                WITH s, 'rare-doc-' + (s % 2) AS documentId
                MERGE (doc:Document {id: documentId})
                  ON CREATE SET doc.title = documentId, doc.issuedOn = '2029-0' + (s % 2 + 1) + '-01', doc.external = false
                CREATE (m:Measure {id: documentId + '/' + s, documentId: documentId, seq: s, issuedOn: doc.issuedOn})
                SET m.text = CASE WHEN s % 3 = 0 THEN 'measure ' + s ELSE '推进' + $text + s + '的建设' END,
                    m.title = CASE WHEN s % 3 = 0 THEN '标题' + $text ELSE null END
                """, Map.of("rare", RARE, "text", TEXT));
        writeDocuments(List.of("rare-doc-0", "rare-doc-1"));
        addOtherMeasures(0, SMALL);
        Answer small = answer();
        addOtherMeasures(SMALL, LARGE);
        Answer large = answer();
        System.out.printf("PROFILE textContains page + totalCount: %d db hits among %d, %d among %d other measures;"
                        + " the walk over every measure: %d, %d%n", small.page().dbHits(), SMALL, large.page().dbHits(),
                LARGE, small.walk().dbHits(), large.walk().dbHits());
        System.out.printf("PROFILE textContains facets: %d db hits among %d, %d among %d; the walk: %d, %d%n",
                small.facets().dbHits(), SMALL, large.facets().dbHits(), LARGE, small.facetsWalk().dbHits(),
                large.facetsWalk().dbHits());

        for (Answer a : List.of(small, large)) {
            assertThat(a.page().total()).isEqualTo(RARE);
            assertThat(a.page().ids()).hasSize(20).isEqualTo(a.walk().ids());
            assertThat(a.page().total()).isEqualTo(a.walk().total());
            assertThat(a.page().labelScans()).as("operators scanning a label").isEmpty();
            assertThat(a.facets().counts()).isEqualTo(a.facetsWalk().counts()).isNotEmpty();
            assertThat(a.facets().labelScans()).as("facets: operators scanning a label").isEmpty();
        }
        assertThat(large.walk().labelScans()).as("the walk this replaces").isNotEmpty();
        assertThat(large.page().dbHits()).as("db hits among " + LARGE + " against " + SMALL + " other measures")
                .isLessThanOrEqualTo(small.page().dbHits() + SLACK);
        assertThat(large.facets().dbHits()).as("facets: db hits among " + LARGE + " against " + SMALL)
                .isLessThanOrEqualTo(small.facets().dbHits() + SLACK);

        // the second page (a keyset cursor) and texts of two and of one character: the same answers as the walk
        for (String text : List.of(TEXT, "稀有", "稀", "measure 1")) {
            Profiled first = profileQuery(text, null);
            Profiled second = profileQuery(text, org.policygraph.read.plan.Page.cursor(19, first.cursor()));
            Profiled walk = walk(text, first.cursor());
            assertThat(first.ids()).as(text).isEqualTo(walk(text, null).ids());
            assertThat(second.ids()).as(text + ": the page after " + first.cursor()).isEqualTo(walk.ids());
            assertThat(second.total()).as(text).isEqualTo(walk.total());
            assertThat(second.labelScans()).as(text + ": operators scanning a label").isEmpty();
        }

        // a text nearly every measure contains: past the cap of candidates the page walks the page keys and stops
        // after the page, as before, so its cost does not grow with the number of matches
        OperationDefinition frequent = Parser.parse(
                        "{ measures(first: 20, filter: {textContains: \"measure\"}) { nodes { id } } }")
                .getDefinitionsOfType(OperationDefinition.class).get(0);
        Profiled page = run(plan(frequent));
        System.out.printf("PROFILE frequent textContains page: %d db hits among %d measures%n", page.dbHits(),
                LARGE + RARE);
        assertThat(page.ids()).isEqualTo(walk("measure", null).ids());
        assertThat(page.dbHits()).as("db hits of a page of a frequent text").isLessThan(60_000);

        // only texts one of which every match must contain drive the candidates: under AND, and under OR when every
        // branch has one; not under NOT, nor under an OR with a branch whose matches need contain nothing; the answers
        // are the walk's either way
        String rare = "(m.text CONTAINS '稀有' OR coalesce(m.title, '') CONTAINS '稀有')";
        String title = "(m.text CONTAINS '标题' OR coalesce(m.title, '') CONTAINS '标题')";
        String seven = "(m.text CONTAINS 'measure 7' OR coalesce(m.title, '') CONTAINS 'measure 7')";
        Map<String, List<String>> filters = new java.util.LinkedHashMap<>();
        filters.put("{AND: [{textContains: \"标题\"}, {textContains: \"稀有\"}]}", List.of(title + " AND " + rare, "yes"));
        filters.put("{textContains: \"稀有\", NOT: {textContains: \"标题\"}}", List.of(rare + " AND NOT " + title, "yes"));
        filters.put("{OR: [{textContains: \"稀有\"}, {textContains: \"measure 7\"}]}", List.of(rare + " OR " + seven, "yes"));
        filters.put("{OR: [{textContains: \"measure 7\"}, {AND: [{textContains: \"标题\"}, {textContains: \"稀有\"}]}]}",
                List.of(seven + " OR (" + title + " AND " + rare + ")", "yes"));
        filters.put("{OR: [{textContains: \"measure 7\"}, {NOT: {textContains: \"稀有\"}}]}",
                List.of(seven + " OR NOT " + rare, "no"));
        filters.put("{NOT: {textContains: \"measure\"}}", List.of("NOT (m.text CONTAINS 'measure' OR coalesce(m.title, '') CONTAINS 'measure')", "no"));
        for (var filter : filters.entrySet()) {
            ReadPlan filtered = plan(Parser.parse("{ measures(first: 20, filter: " + filter.getKey()
                    + ") { totalCount nodes { id } } }").getDefinitionsOfType(OperationDefinition.class).get(0));
            Profiled answer = run(filtered);
            Profiled walked = walkWhere(filter.getValue().get(0), null);
            assertThat(answer.ids()).as(filter.getKey()).isEqualTo(walked.ids());
            assertThat(answer.total()).as(filter.getKey()).isEqualTo(walked.total()).isPositive();
            boolean candidates = filter.getValue().get(1).equals("yes");
            assertThat(filtered.cypher().contains("USING TEXT INDEX")).as(filter.getKey() + ": reads candidates")
                    .isEqualTo(candidates);
            if (candidates) {
                assertThat(answer.labelScans()).as(filter.getKey() + ": operators scanning a label").isEmpty();
            }
        }
    }

    private record Answer(Profiled page, Profiled walk, Facets facets, Facets facetsWalk) {
    }

    private static Answer answer() {
        CypherParams params = new CypherParams();
        String where = MeasureConditions.textContains(params, TEXT);
        String candidates = MeasureConditions.textCandidates(params, List.of(TEXT)) + "\nWITH m";
        return new Answer(profileQuery(TEXT, null), walk(TEXT, null), facets(candidates, where, params),
                facets("MATCH (m:Measure)", where, params));
    }

    private static Profiled profileQuery(String text, String after) {
        String arguments = "first: 20, filter: {textContains: \"" + text + "\"}"
                + (after == null ? "" : ", after: \"" + after + "\"");
        OperationDefinition operation = Parser.parse("{ measures(" + arguments
                        + ") { totalCount pageInfo { endCursor } nodes { id } } }")
                .getDefinitionsOfType(OperationDefinition.class).get(0);
        return run(plan(operation));
    }

    private static ReadPlan plan(OperationDefinition operation) {
        return new ReadPlanner(ReadPlanSnapshotTest.SCHEMA).plan(Selection.of(operation.getSelectionSet(), Map.of()));
    }

    /** The answer of a walk over every measure in page-key order, filtered by the same condition (the plan before). */
    private static Profiled walk(String text, String afterCursor) {
        CypherParams params = new CypherParams();
        return walk(MeasureConditions.textContains(params, text), params.values(), afterCursor);
    }

    private static Profiled walkWhere(String where, String afterCursor) {
        return walk(where, Map.of(), afterCursor);
    }

    private static Profiled walk(String where, Map<String, Object> values, String afterCursor) {
        Map<String, Object> parameters = new java.util.HashMap<>(values);
        parameters.put("after", afterCursor == null ? "" : afterCursor);
        String cypher = "MATCH (m:Measure) WHERE " + where + " WITH m ORDER BY m.pageKey WITH collect(m) AS matched"
                + " RETURN size(matched) AS total, [m IN matched WHERE $after = '' OR substring(m.pageKey, 1) > $after | m.id][0..20] AS ids";
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + cypher, parameters);
            Record record = result.single();
            ProfiledPlan profile = result.consume().profile();
            return new Profiled(record.get("total").asLong(), record.get("ids").asList(v -> v.asString()), null,
                    dbHits(profile), labelScans(profile));
        }
    }

    private record Profiled(long total, List<String> ids, String cursor, long dbHits, List<String> labelScans) {
    }

    @SuppressWarnings("unchecked")
    private static Profiled run(ReadPlan plan) {
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + plan.cypher(), plan.parameters());
            Record record = result.single();
            ProfiledPlan profile = result.consume().profile();
            if (System.getProperty("profile.print") != null) {
                System.out.println(plan.cypher());
                print(profile, "");
            }
            Map<String, Object> connection = (Map<String, Object>) record.get("r0").asObject();
            List<Map<String, Object>> page = (List<Map<String, Object>>) connection.get("page");
            List<String> ids = page.stream().map(m -> (String) m.get("id")).toList();
            String cursor = page.isEmpty() ? null : (String) page.get(page.size() - 1).get("pageKey");
            return new Profiled(((Number) connection.get("total")).longValue(), ids, cursor, dbHits(profile),
                    labelScans(profile));
        }
    }

    private record Facets(Map<String, List<List<Object>>> counts, long dbHits, List<String> labelScans) {
    }

    /** read/measure-facets of the root list reading its matches by {@code match}, documents and hasIndicator. */
    private static Facets facets(String match, String where, CypherParams params) {
        String statement = CypherTemplate.fill("read/measure-facets", Map.of("MATCH", match, "WHERE", where,
                "DEPARTMENT", "d.id", "DOCUMENT", "doc.id", "PARK", "p.id", "INITIATIVE", "i.id"));
        Map<String, Object> parameters = new java.util.HashMap<>(params.values());
        parameters.putAll(Map.of("ids", List.of(""), "leadDepartments", 20, "supportingDepartments", 20,
                "documents", 20, "parks", 20, "initiatives", 20, "hasIndicator", true));
        try (Session session = driver.session()) {
            var result = session.run("PROFILE " + statement, parameters);
            Record record = result.single();
            ProfiledPlan profile = result.consume().profile();
            Map<String, List<List<Object>>> counts = new java.util.TreeMap<>();
            for (String facet : List.of("documents", "hasIndicator")) {
                counts.put(facet, record.get(facet).asList(row -> List.of(row.get("value").asObject(),
                        row.get("count").asLong())));
            }
            return new Facets(counts, dbHits(profile), labelScans(profile));
        }
    }

    /** Other measures {@code from} + 1 … {@code to}, none containing the rare text, in documents of 1,000. */
    private static void addOtherMeasures(int from, int to) {
        List<String> documentIds = new ArrayList<>();
        for (int start = from; start < to; start += PER_DOCUMENT) {
            String documentId = "other-doc-" + (start / PER_DOCUMENT);
            documentIds.add(documentId);
            write("""
                    CREATE (doc:Document {id: $documentId, title: $documentId, issuedOn: '2028-01-01', external: false})
                    WITH doc
                    UNWIND range(1, $n) AS s
                    CREATE (:Measure {id: doc.id + '/' + s, documentId: doc.id, seq: s, issuedOn: doc.issuedOn,
                                      text: 'measure ' + ($start + s) + ' 推进有关工作', title: '其他' + s})
                    """, Map.of("documentId", documentId, "n", Math.min(PER_DOCUMENT, to - start), "start", start));
        }
        writeDocuments(documentIds);
    }

    private static void writeDocuments(List<String> documentIds) {
        write(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds", documentIds));
    }

    private static void write(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
        }
    }
}
