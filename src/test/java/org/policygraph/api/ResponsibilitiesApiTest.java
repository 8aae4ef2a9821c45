package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Roles on measures and on sections reached from the department (`Department.responsibilities`, `Section.roles`),
 * and the life of a body a submitted plan names that nobody curated: a node flagged `curated: false` with its roles,
 * merged by an editor into a known department (`mergeDepartment`, audited).
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class ResponsibilitiesApiTest {

    private static final String RESPONSIBILITIES = """
            query($name: String!) { department(name: $name) { id name curated
              responsibilities(first: 100) { totalCount nodes {
                role document { id } measure { id } section { id } source { location quote } } } } }""";

    /** Keys of global ids ("Measure:003/附件-3" → "003/附件-3"); nulls (a role on the other kind of node) dropped. */
    private static List<String> keys(List<String> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).map(id -> id.substring(id.indexOf(':') + 1)).toList();
    }

    @Test
    void theCommerceBureauReachesMeasuresOrSectionsInPlans002003And004() {
        var response = WritePathTest.asEditor(RESPONSIBILITIES, Map.of("name", "市商务局"))
                .body("errors", nullValue());
        List<String> documents = keys(response.extract().path("data.department.responsibilities.nodes.document.id"));
        assertThat(documents).contains("002", "003", "004");
        response.body("data.department.curated", equalTo(true));
        assertThat(keys(response.extract().path("data.department.responsibilities.nodes.section.id")))
                .contains("004/五(一)");
        assertThat(keys(response.extract().path("data.department.responsibilities.nodes.measure.id")))
                .contains("003/附件-3");
        List<String> quotes = response.extract().path("data.department.responsibilities.nodes.source.quote");
        assertThat(quotes).anySatisfy(q -> assertThat(q).contains("专班办公室设在市商务局"));
    }

    @Test
    void aSectionShowsTheRolesItStates() {
        WritePathTest.asEditor("""
                { section(id: "002/三") { roles { role department { name } source { quote } } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.section.roles.department.name", hasItem("市商务局"))
                .body("data.section.roles.role", hasItem("COORDINATES"));
    }

    @Test
    void anUncuratedBodyKeepsItsRoleUntilAnEditorMergesIt() {
        Map<String, Object> metadata = WritePathTest.metadata("rs-consumption");
        metadata.put("title", "武汉市提振消费三年行动方案");
        WritePathTest.asEditor(WritePathTest.INGEST, Map.of("source",
                        WritePathTest.sample("consumption-annex-2026.txt"), "metadata", metadata, "dryRun", false))
                .body("errors", nullValue());
        try {
            WritePathTest.asEditor(RESPONSIBILITIES, Map.of("name", "市文化和旅游局"))
                    .body("errors", nullValue())
                    .body("data.department.curated", equalTo(false))
                    .body("data.department.responsibilities.totalCount", equalTo(1))
                    .body("data.department.responsibilities.nodes[0].measure.id", org.hamcrest.Matchers.endsWith(
                            "rs-consumption/附件-3"))
                    .body("data.department.responsibilities.nodes[0].source.quote", equalTo("市文化和旅游局"));

            WritePathTest.asEditor("""
                    mutation { mergeDepartment(from: "市商务局", into: "市财政局") { fromId } }""", Map.of())
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));

            WritePathTest.asEditor("""
                    mutation { mergeDepartment(from: "市文化和旅游局", into: "市文化旅游局") {
                      fromName into { id name } rolesMoved aliasesAdded change { kind summary } } }""", Map.of())
                    .body("errors", nullValue())
                    .body("data.mergeDepartment.into.id", org.hamcrest.Matchers.endsWith("wh-culture-tourism-flagged"))
                    .body("data.mergeDepartment.rolesMoved", equalTo(1))
                    .body("data.mergeDepartment.aliasesAdded", equalTo(List.of("市文化和旅游局")))
                    .body("data.mergeDepartment.change.kind", equalTo("MERGE_DEPARTMENT"));

            // the spelling now names the curated body, which holds the role with its original quote
            var merged = WritePathTest.asEditor(RESPONSIBILITIES, Map.of("name", "市文化和旅游局"))
                    .body("data.department.id", org.hamcrest.Matchers.endsWith("wh-culture-tourism-flagged"))
                    .body("data.department.curated", equalTo(true));
            assertThat(keys(merged.extract().path("data.department.responsibilities.nodes.measure.id")))
                    .contains("rs-consumption/附件-3");
            // the moved role is listed (and counted) under the department it moved to, as its own roles are
            WritePathTest.asEditor("""
                    { department(name: "市文化和旅游局") { leads(first: 100) { totalCount nodes { id } } } }""", Map.of())
                    .body("errors", nullValue())
                    .body("data.department.leads.nodes.id", hasItem("Measure:rs-consumption/附件-3"))
                    .body("data.department.leads.totalCount", equalTo(
                            (int) org.policygraph.support.IsolatedNeo4jTestResource.count("""
                                    MATCH (:Department {id: 'wh-culture-tourism-flagged'})-[:LEADS]->(m:Measure)
                                    RETURN count(m)""")));
            assertThat(WritePathTest.storedCountsOff()).as("stored measure counts after a merge").isZero();
        } finally {
            WritePathTest.asEditor("mutation { retractDocument(id: \"rs-consumption\") { removed { label } } }",
                    Map.of());
        }
    }

    /** The README's ingest example (dry run), with a plan in each common layout. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "digital-trade-2026.txt, 武汉市数字贸易促进行动方案, 4",           // 一、（一）1. items with notes
            "expo-paragraph-tasks-2026.txt, 武汉市促进会展业高质量发展行动方案, 3", // tasks as （一） paragraphs
            "consumption-annex-2026.txt, 武汉市提振消费三年行动方案, 6",          // 1、 items + 附件 five-column table
            "consumption-annex-2026-reordered.txt, 武汉市提振消费三年行动方案, 3", // markdown annexes, columns reordered
            "trade-task-split-2026.txt, 武汉市2026年稳外贸重点任务分解方案, 3",   // 1. items without chapters, labelled lines
            "business-environment-list-2026.txt, 武汉市2026年优化营商环境重点任务清单, 3", // a table printed one cell per line
            "practical-projects-plan-2026.txt, 2026年武汉市为民办实事工作计划, 6" // no numbering: tasks a line under headings
    })
    void theReadmeIngestExampleReadsEachCommonLayout(String file, String title, int measures) {
        Map<String, Object> metadata = WritePathTest.metadata("readme-" + Math.abs(file.hashCode() % 1000));
        metadata.put("title", title);
        var response = WritePathTest.asEditor(WritePathTest.INGEST, Map.of("source", WritePathTest.sample(file),
                "metadata", metadata, "dryRun", true)).body("errors", nullValue())
                .body("data.ingestDocument.dryRun", equalTo(true));
        List<Map<String, Object>> nodes = response.extract().path("data.ingestDocument.nodes");
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n.get("label")).isEqualTo("Measure");
            assertThat(n.get("count")).isEqualTo(measures);
        });
        List<String> kinds = response.extract().path("data.ingestDocument.warnings.kind");
        assertThat(kinds).doesNotContain("UNPARSED_LINES");
    }
}
