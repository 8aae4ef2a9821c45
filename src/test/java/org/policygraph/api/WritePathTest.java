package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.policygraph.support.IsolatedNeo4jTestResource.count;
import static org.policygraph.support.IsolatedNeo4jTestResource.graphSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.policygraph.api.resolve.CompiledQueries;
import org.policygraph.support.Credentials;
import org.policygraph.support.WritableGraphProfile;

/**
 * The write path as an editor uses it: ingest a plan (dry run first), see its facts with provenance, re-ingest the
 * same text (no-op) or a revised one (replaced, ids kept), teach the vocabulary an alias, retract the plan — each
 * change in one transaction with its audit record, and every refusal leaving the graph exactly as it was.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class WritePathTest {

    @jakarta.inject.Inject
    CompiledQueries compiled;

    static final String INGEST = """
            mutation Ingest($source: String!, $metadata: DocumentInput!, $dryRun: Boolean) {
              ingestDocument(source: $source, metadata: $metadata, dryRun: $dryRun) {
                documentId outcome dryRun
                nodes { label count } relationships { label count }
                measuresKept measuresAdded measuresRemoved
                warnings { kind line message }
                change { id kind actor at summary }
              }
            }""";
    static final String TITLE = "武汉市数字贸易促进行动方案";

    static String sample(String name) {
        try (InputStream in = WritePathTest.class.getResourceAsStream("/ingest-submissions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> metadata(String id) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("id", id);
        metadata.put("layout", "outline");
        metadata.put("title", TITLE);
        metadata.put("issuedOn", "2026-03");
        metadata.put("horizon", "2028");
        metadata.put("issuers", List.of("市商务局"));
        // as the README's example: the plan's place, so the relative names it prints (市商务局 …) are Wuhan's bodies
        metadata.put("place", "武汉市");
        return metadata;
    }

    static ValidatableResponse asEditor(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + Credentials.editorToken("alice"))
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then();
    }

    static ValidatableResponse ingest(String id, String source, boolean dryRun) {
        return asEditor(INGEST, Map.of("source", source, "metadata", metadata(id), "dryRun", dryRun));
    }

    /**
     * Departments and documents whose stored measure counts (seed/measure-counts, what totalCount answers without a
     * filter), kinds and years whose stored indicator count (what a kind-and-year filter's totalCount answers), and
     * stored facet counts (seed/measure-facet-counts, what an unfiltered list's facets answer) that differ from what is
     * counted, and the same for the stored indicator facet counts per kind and year (IndicatorFacetCount, what a
     * kind-and-year filter's facets answer): every write keeps this at zero.
     */
    static long storedCountsOff() {
        return count("""
                CALL () {
                  MATCH (d:Department)
                  WHERE coalesce(d.measuresLed, 0) <> COUNT { (d)-[:LEADS]->(:Measure) }
                     OR coalesce(d.measuresSupported, 0) <> COUNT { (d)-[:SUPPORTS]->(:Measure) }
                     OR coalesce(d.measuresCoordinated, 0) <> COUNT { (d)-[:COORDINATES]->(:Measure) }
                  RETURN count(d) AS departments
                }
                CALL () {
                  MATCH (doc:Document)
                  WHERE coalesce(doc.measureCount, 0) <> COUNT { (:Measure {documentId: doc.id}) }
                  RETURN count(doc) AS documents
                }
                CALL () {
                  MATCH (i:Indicator)
                  WITH i.kind AS kind, i.year AS year, count(*) AS n
                  OPTIONAL MATCH (c:IndicatorCount {key: kind + ':' + coalesce(toString(year), '')})
                  WITH n, c WHERE c IS NULL OR c.count <> n OR c.kind <> kind
                  RETURN count(*) AS uncounted
                }
                CALL () {
                  MATCH (c:IndicatorCount)
                  WHERE c.count <> COUNT { MATCH (i:Indicator)
                                           WHERE i.kind = c.kind AND coalesce(i.year, -1) = coalesce(c.year, -1) }
                  RETURN count(c) AS stale
                }
                CALL () {
                  MATCH (m:Measure)
                  CALL (m) {
                    RETURN 'ALL|' AS list
                    UNION RETURN 'DOCUMENT|' + m.documentId AS list
                    UNION MATCH (d:Department)-[r:LEADS|SUPPORTS|COORDINATES]->(m)
                          RETURN {LEADS: 'LED_BY|', SUPPORTS: 'SUPPORTED_BY|', COORDINATES: 'COORDINATED_BY|'}[type(r)]
                                 + d.id AS list
                    UNION MATCH (m)-[:CONCERNS]->(p:Park) RETURN 'PARK|' + p.id AS list
                    UNION MATCH (m)-[:ADVANCES]->(i:Initiative) RETURN 'INITIATIVE|' + i.id AS list
                    UNION RETURN 'HAS_INDICATOR|' + toString(EXISTS { (m)-[:HAS_INDICATOR]->(:Indicator) }) AS list
                  }
                  CALL (m) {
                    MATCH (d:Department)-[:LEADS]->(m) RETURN 'leadDepartments|' + d.id AS value
                    UNION MATCH (d:Department)-[:SUPPORTS]->(m) RETURN 'supportingDepartments|' + d.id AS value
                    UNION RETURN 'documents|' + m.documentId AS value
                    UNION MATCH (m)-[:CONCERNS]->(p:Park) RETURN 'parks|' + p.id AS value
                    UNION MATCH (m)-[:ADVANCES]->(i:Initiative) RETURN 'initiatives|' + i.id AS value
                    UNION RETURN 'hasIndicator|' + toString(EXISTS { (m)-[:HAS_INDICATOR]->(:Indicator) }) AS value
                  }
                  WITH list + '|' + value AS key, count(DISTINCT m) AS n
                  WITH collect([key, n]) AS counted
                  MATCH (c:MeasureFacetCount) WHERE c.count <> 0
                  WITH counted, collect([c.key, c.count]) AS stored
                  RETURN size([x IN counted WHERE NOT x IN stored]) + size([x IN stored WHERE NOT x IN counted])
                         AS facetsOff
                }
                CALL () {
                  MATCH (i:Indicator)
                  UNWIND [['comparators', i.comparator], ['units', i.unit], ['documents', i.documentId]] AS facet
                  WITH i.kind + ':' + coalesce(toString(i.year), '') + '|' + facet[0] + '|' + facet[1] AS key,
                       count(*) AS n
                  WHERE key IS NOT NULL
                  WITH collect([key, n]) AS counted
                  WITH counted, COLLECT { MATCH (c:IndicatorFacetCount) WHERE c.count <> 0 RETURN [c.key, c.count] }
                       AS stored
                  RETURN size([x IN counted WHERE NOT x IN stored]) + size([x IN stored WHERE NOT x IN counted])
                         AS indicatorFacetsOff
                }
                RETURN departments + documents + uncounted + stale + facetsOff + indicatorFacetsOff""", Map.of());
    }

    @Test
    void aDryRunReportsWhatWouldBeWrittenAndWritesNothing() {
        long before = graphSize();
        ingest("wp-dry", sample("digital-trade-2026.txt"), true)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.ingestDocument.outcome", equalTo("CREATED"))
                .body("data.ingestDocument.dryRun", equalTo(true))
                .body("data.ingestDocument.nodes.find { it.label == 'Measure' }.count", equalTo(4))
                // 市财政局, and 市数据局 (in no vocabulary: an uncurated body, linked all the same)
                .body("data.ingestDocument.relationships.find { it.label == 'SUPPORTS' }.count", equalTo(2))
                .body("data.ingestDocument.warnings.kind", hasItem("UNKNOWN_DEPARTMENT"))
                .body("data.ingestDocument.change", nullValue());
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void anIngestedPlanAnswersQueriesWithVerbatimSourcesAndIsAudited() {
        String text = sample("digital-trade-2026.txt");
        ingest("wp-create", text, false)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.ingestDocument.outcome", equalTo("CREATED"))
                .body("data.ingestDocument.measuresAdded", equalTo(4))
                .body("data.ingestDocument.change.kind", equalTo("INGEST_DOCUMENT"))
                .body("data.ingestDocument.change.actor", equalTo("alice"));

        var measures = org.policygraph.support.GraphQL.post("""
                { document(id: "wp-create") { title measures(first: 10) { nodes { id text
                    leads { name } source { quote } roles { role department { name } source { quote } } } } } }""")
                .statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(measures.getList("data.document.measures.nodes.id")).containsExactly("Measure:wp-create/二(一)1",
                "Measure:wp-create/二(一)2", "Measure:wp-create/二(二)3", "Measure:wp-create/二(二)4");
        assertThat(measures.getList("data.document.measures.nodes.source.quote", String.class))
                .allSatisfy(quote -> assertThat(text).contains(quote));
        assertThat(measures.getList("data.document.measures.nodes[1].roles.source.quote", String.class))
                .containsOnly("（牵头单位：市商务局；配合单位：市财政局、市数据局）");
        org.policygraph.support.GraphQL.post("""
                { department(name: "市财政局") { supports(first: 10) { nodes { id } } } }""")
                .body("data.department.supports.nodes.id", hasItem("Measure:wp-create/二(一)2"));

        assertThat(count("MATCH (c:Change {documentId: 'wp-create', kind: 'INGEST_DOCUMENT'}) RETURN count(c)",
                Map.of())).isEqualTo(1);
        assertThat(count("MATCH (d:Document {id: 'wp-create', origin: 'ingest', ingestedBy: 'alice'}) RETURN count(d)",
                Map.of())).isEqualTo(1);
        assertThat(storedCountsOff()).as("stored measure counts after an ingest").isZero();
    }

    @Test
    void reIngestingTheSameTextIsANoOp() {
        String text = sample("digital-trade-2026.txt");
        ingest("wp-same", text, false).body("data.ingestDocument.outcome", equalTo("CREATED"));
        long before = graphSize();
        ingest("wp-same", text, false)
                .body("errors", nullValue())
                .body("data.ingestDocument.outcome", equalTo("UNCHANGED"))
                .body("data.ingestDocument.change", nullValue());
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aRevisedTextReplacesThePlanKeepingTheIdsOfItsMeasures() {
        ingest("wp-revised", sample("digital-trade-2026.txt"), false).body("errors", nullValue());
        ingest("wp-revised", sample("digital-trade-2026-revised.txt"), false)
                .body("errors", nullValue())
                .body("data.ingestDocument.outcome", equalTo("REPLACED"))
                .body("data.ingestDocument.measuresKept", equalTo(4))
                .body("data.ingestDocument.measuresAdded", equalTo(1))
                .body("data.ingestDocument.measuresRemoved", equalTo(0));
        assertThat(count("MATCH (m:Measure {documentId: 'wp-revised'}) RETURN count(m)", Map.of())).isEqualTo(5);
        assertThat(count("MATCH (m:Measure {id: 'wp-revised/二(二)4'}) WHERE m.text CONTAINS '2000人次' RETURN count(m)",
                Map.of())).isEqualTo(1);
        assertThat(count("MATCH (c:Change {documentId: 'wp-revised'}) RETURN count(c)", Map.of())).isEqualTo(2);
        assertThat(storedCountsOff()).as("stored measure counts after a replacement").isZero();
    }

    @Test
    void retractingRemovesThePlanWithAllItsPartsAndIsAudited() {
        ingest("wp-retract", sample("digital-trade-2026.txt"), false).body("errors", nullValue());
        asEditor("mutation { retractDocument(id: \"wp-retract\") { documentId removed { label count } change { kind actor } } }",
                Map.of())
                .body("errors", nullValue())
                .body("data.retractDocument.removed.find { it.label == 'Measure' }.count", equalTo(4))
                .body("data.retractDocument.change.kind", equalTo("RETRACT_DOCUMENT"));
        assertThat(count("MATCH (n) WHERE (n.documentId = 'wp-retract' OR n.id = 'wp-retract') AND NOT n:Change "
                + "RETURN count(n)", Map.of())).isZero();
        // the audit trail outlives what it describes
        assertThat(count("MATCH (c:Change {documentId: 'wp-retract'}) RETURN count(c)", Map.of())).isEqualTo(2);
        org.policygraph.support.GraphQL.post("{ document(id: \"wp-retract\") { id } }")
                .body("data.document", nullValue());
        assertThat(storedCountsOff()).as("stored measure counts after a retraction").isZero();
    }

    @Test
    void aDocumentSaysWhetherItWasIngestedAndSoCanBeRetractedHoweverItIsRead() {
        ingest("wp-ingested", sample("digital-trade-2026.txt"), false).body("errors", nullValue());
        String roots = "ingested: document(id: \"wp-ingested\") { id ingested } seeded: document(id: \"003\") { id ingested }";

        long answered = compiled.answered();
        var planned = org.policygraph.support.GraphQL.post("{ " + roots + " }").statusCode(200)
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(compiled.answered() - answered).as("answered without the engine").isEqualTo(1);
        assertThat(planned.getBoolean("data.ingested.ingested")).isTrue();
        assertThat(planned.getBoolean("data.seeded.ingested")).isFalse();

        String engine = "{ ingested: document(id: \"wp-ingested\") @include(if: true) { id ingested } "
                + "seeded: document(id: \"003\") @include(if: true) { id ingested } }";
        org.policygraph.support.GraphQL.post(engine).statusCode(200).body("errors", nullValue())
                .body("data.ingested.ingested", equalTo(true)).body("data.seeded.ingested", equalTo(false));
        org.policygraph.support.GraphQL.post("""
                { nodes(ids: ["Document:wp-ingested", "Document:003", "Document:ext/国办发〔2024〕44号"]) {
                    ... on Document { ingested } } }""").statusCode(200).body("errors", nullValue())
                .body("data.nodes.ingested", equalTo(List.of(true, false, false)));
        org.policygraph.support.GraphQL.post("""
                { measure(id: "wp-ingested/二(一)1") { document { ingested } }
                  department(name: "市商务局") { responsibilities(first: 100) { nodes { document { id ingested } } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.measure.document.ingested", equalTo(true))
                .body("data.department.responsibilities.nodes.find { it.document.id == 'Document:wp-ingested' }"
                        + ".document.ingested", equalTo(true))
                .body("data.department.responsibilities.nodes.find { it.document.id == 'Document:003' }"
                        + ".document.ingested", equalTo(false));
        org.policygraph.support.GraphQL.post("""
                { measures(filter: {documentId: "wp-ingested"}) { facets { documents { value { id ingested } } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.measures.facets.documents.value.ingested", equalTo(List.of(true)));
    }

    @Test
    void seededPlansAndUnknownIdsCannotBeRetracted() {
        asEditor("mutation { retractDocument(id: \"003\") { documentId } }", Map.of())
                .body("errors[0].extensions.code", equalTo("SEEDED_DOCUMENT"))
                .body("errors[0].message", containsString("graph-seed"));
        asEditor("mutation { retractDocument(id: \"no-such-plan\") { documentId } }", Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertThat(count("MATCH (m:Measure {documentId: '003'}) RETURN count(m)", Map.of())).isEqualTo(40);
    }

    @Test
    void anAliasMakesANameFindableAndLinksItInTheNextIngest() {
        asEditor("mutation { addDepartmentAlias(department: \"市经济和信息化委\", alias: \"市经济和信息化委员会\") { id name alias added change { kind actor } } }",
                Map.of())
                .body("errors", nullValue())
                .body("data.addDepartmentAlias.id", equalTo("wh-eitc"))
                .body("data.addDepartmentAlias.added", equalTo(true))
                .body("data.addDepartmentAlias.change.kind", equalTo("ADD_DEPARTMENT_ALIAS"));
        org.policygraph.support.GraphQL.post("{ department(name: \"市经济和信息化委员会\") { name } }")
                .body("data.department.name", equalTo("市经济和信息化委"));
        asEditor("mutation { addDepartmentAlias(department: \"wh-eitc\", alias: \"市经济和信息化委员会\") { added change { id } } }",
                Map.of())
                .body("data.addDepartmentAlias.added", equalTo(false))
                .body("data.addDepartmentAlias.change", nullValue());

        ingest("wp-alias", sample("digital-trade-2026.txt"), false).body("errors", nullValue());
        assertThat(count("MATCH (:Department {id: 'wh-eitc'})-[:LEADS]->(m:Measure {id: 'wp-alias/二(一)1'}) RETURN count(m)",
                Map.of())).isEqualTo(1);
    }

    @Test
    void aliasesThatCollideOrNameNothingAreRefused() {
        long before = graphSize();
        asEditor("mutation { addDepartmentAlias(department: \"市财政局\", alias: \"商务局\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("市商务局"));
        asEditor("mutation { addDepartmentAlias(department: \"市火星局\", alias: \"火星局\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        asEditor("mutation { addParkAlias(park: \"光谷\", alias: \"x\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        asEditor("mutation { addParkAlias(park: \"光谷\", alias: \"MATCH (n) DETACH DELETE n\") { id } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aParkAliasIsFoundByParkName() {
        asEditor("mutation { addParkAlias(park: \"车谷\", alias: \"武汉经开区\") { id added } }", Map.of())
                .body("errors", nullValue())
                .body("data.addParkAlias.id", equalTo("auto-valley"));
        org.policygraph.support.GraphQL.post("{ park(name: \"武汉经开区\") { name } }")
                .body("data.park.name", equalTo("车谷"));
    }

    @Test
    void badDocumentsAreRefusedNamingWhatAndWhereAndWriteNothing() {
        String text = sample("digital-trade-2026.txt");
        long before = graphSize();
        // cut on a comma: refused (an ending without a sentence end is read, with a warning: SubmittedDocumentTest)
        ingest("wp-bad", text.substring(0, text.indexOf("，", text.indexOf("引进数字贸易高端人才")) + 1), false)
                .body("errors[0].extensions.code", equalTo("INVALID_DOCUMENT"))
                .body("errors[0].message", containsString("source:14"))
                .body("data", nullValue());
        ingest("wp-bad", text.replace("数字贸易进出口", "数字\uFFFD\uFFFD进出口"), false)
                .body("errors[0].extensions.code", equalTo("INVALID_DOCUMENT"))
                .body("errors[0].message", containsString("encoding"));
        Map<String, Object> unknownLayout = metadata("wp-bad");
        unknownLayout.put("layout", "scanned-pdf");
        asEditor(INGEST, Map.of("source", text, "metadata", unknownLayout))
                .body("errors[0].extensions.code", equalTo("INVALID_DOCUMENT"))
                .body("errors[0].message", containsString("layout 'scanned-pdf'"));
        Map<String, Object> seeded = metadata("004");
        asEditor(INGEST, Map.of("source", text, "metadata", seeded))
                .body("errors[0].extensions.code", equalTo("INVALID_DOCUMENT"))
                .body("errors[0].message", containsString("graph-seed"));
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void aDocumentNumberAlreadyTakenIsAConflict() {
        String text = sample("digital-trade-2026.txt").replace("制定本方案。", "制定本方案。武政〔2016〕33号");
        Map<String, Object> metadata = metadata("wp-dup");
        metadata.put("docNumber", "武政〔2016〕33号");
        long before = graphSize();
        asEditor(INGEST, Map.of("source", text, "metadata", metadata))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("document 003"));
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void theAuditTrailListsChangesNewestFirstForEditorsOnly() {
        ingest("wp-audit", sample("digital-trade-2026.txt"), false).body("errors", nullValue());
        asEditor("{ changes(documentId: \"wp-audit\") { kind actor at documentId } }", Map.of())
                .body("errors", nullValue())
                .body("data.changes[0].kind", equalTo("INGEST_DOCUMENT"))
                .body("data.changes[0].actor", equalTo("alice"));
        org.policygraph.support.GraphQL.post("{ changes { kind } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
