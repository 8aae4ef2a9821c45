package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.policygraph.support.IsolatedNeo4jTestResource.count;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.WritableGraphProfile;

/**
 * A plan's place decides which bodies its relative names mean (model.Places): 市商务局 and 市政府 in a plan of 连云港市
 * are 连云港's, not Wuhan's curated nodes; in a plan of 武汉市 — said with the plan, by a Wuhan issuer or by its title —
 * they are Wuhan's. A body the vocabulary lacks is one node per place (区财政局 of one district, whatever plan names it),
 * and one per plan where the place is unknown. Real HTTP, real Neo4j, through ingestDocument as an editor submits.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class PlacesOfPlansTest {

    /** A plan printing relative names of Wuhan's vocabulary (市商务局, 市政府) and one it lacks (区财政局). */
    private static String plan(String title, String supporter) {
        return title + "\n\n"
                + "一、重点任务\n"
                + "（一）发展数字贸易\n"
                + "1. 建设数字贸易平台。推动数字贸易企业集聚发展。（牵头单位：市商务局；配合单位：" + supporter + "）\n"
                + "2. 完善统筹推进机制。建立工作专班，定期调度进展。（牵头单位：市政府）\n";
    }

    private static void ingest(String id, String title, String place, List<String> issuers) {
        ingest(id, title, place, issuers, "区财政局");
    }

    private static void ingest(String id, String title, String place, List<String> issuers, String supporter) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("id", id);
        metadata.put("layout", "outline");
        metadata.put("title", title);
        metadata.put("issuedOn", "2026-03");
        if (place != null) {
            metadata.put("place", place);
        }
        metadata.put("issuers", issuers);
        WritePathTest.asEditor(WritePathTest.INGEST, Map.of("source", plan(title, supporter), "metadata", metadata,
                        "dryRun", false))
                .statusCode(200).body("errors", nullValue());
    }

    /** The document's place and, for each of its two measures, the id, name, curated flag and place of its lead. */
    private static JsonPath read(String id) {
        return GraphQL.post("{ document(id: \"" + id + "\") { place measures(first: 5) { nodes { "
                        + "roles { role department { id name curated place } } } } } }")
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String lead(JsonPath plan, int measure) {
        return plan.getString("data.document.measures.nodes[" + measure + "].roles.find { it.role == 'LEADS' }"
                + ".department.id");
    }

    private static String supporter(JsonPath plan) {
        return plan.getString("data.document.measures.nodes[0].roles.find { it.role == 'SUPPORTS' }.department.id");
    }

    @Test
    void relativeNamesInAPlanOfAnotherPlaceAreThatPlacesBodiesNotWuhans() {
        ingest("pl-lyg", "连云港市数字贸易促进行动方案", null, List.of());
        JsonPath plan = read("pl-lyg");
        assertThat(plan.getString("data.document.place")).isEqualTo("连云港市");
        assertThat(lead(plan, 0)).isNotEqualTo("Department:wh-commerce");
        assertThat(lead(plan, 1)).isNotEqualTo("Department:wuhan-gov");
        assertThat(plan.getList("data.document.measures.nodes.roles.flatten().department", Map.class))
                .allSatisfy(d -> {
                    assertThat(d.get("curated")).isEqualTo(false);
                    assertThat(d.get("place")).isEqualTo("连云港市");
                })
                .extracting(d -> d.get("name")).containsExactlyInAnyOrder("市商务局", "区财政局", "市政府");
        // no Wuhan node gained a role in the plan; the headline question still answers with Wuhan's 市商务局
        assertThat(count("MATCH (d:Department {curated: true})-[r]->(x) WHERE x.documentId = 'pl-lyg' "
                + "RETURN count(r)", Map.of())).isZero();
        GraphQL.post("{ department(name: \"市商务局\") { id curated place } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.department.id", equalTo("Department:wh-commerce"))
                .body("data.department.place", equalTo("武汉市"));
    }

    @Test
    void aPlanOfWuhanReachesWuhansBodiesWhetherItsPlaceIsGivenItsIssuerIsWuhansOrItsTitleNamesWuhan() {
        ingest("pl-wh-given", "数字贸易促进行动方案", "武汉市", List.of());
        ingest("pl-wh-issuer", "数字贸易促进行动方案", null, List.of("wh-commerce"));
        ingest("pl-wh-title", "武汉市数字贸易促进行动方案", null, List.of());
        for (String id : List.of("pl-wh-given", "pl-wh-issuer", "pl-wh-title")) {
            JsonPath plan = read(id);
            assertThat(plan.getString("data.document.place")).as(id).isEqualTo("武汉市");
            assertThat(lead(plan, 0)).as(id).isEqualTo("Department:wh-commerce");
            assertThat(lead(plan, 1)).as(id).isEqualTo("Department:wuhan-gov");
        }
        // 区财政局 is in no vocabulary: one uncurated node for the three plans of one place
        assertThat(List.of(supporter(read("pl-wh-given")), supporter(read("pl-wh-issuer"))))
                .containsOnly(supporter(read("pl-wh-title")));
    }

    @Test
    void anUnknownBodyIsOneNodePerPlaceAndOnePerPlanWhereThePlaceIsUnknown() {
        ingest("pl-hb-1", "天津市河北区数字贸易促进行动方案", null, List.of());
        ingest("pl-hb-2", "数字贸易促进行动方案", "天津市河北区", List.of());
        ingest("pl-hx", "天津市河西区数字贸易促进行动方案", null, List.of());
        ingest("pl-none-1", "关于促进数字贸易发展的行动方案", null, List.of());
        ingest("pl-none-2", "关于促进数字贸易发展的行动方案", null, List.of());
        String hebei = supporter(read("pl-hb-1"));
        assertThat(supporter(read("pl-hb-2"))).isEqualTo(hebei);
        assertThat(List.of(supporter(read("pl-hx")), supporter(read("pl-none-1")), supporter(read("pl-none-2"))))
                .doesNotHaveDuplicates().doesNotContain(hebei);
        JsonPath unknown = read("pl-none-1");
        assertThat(unknown.getString("data.document.place")).isNull();
        // a relative name of the vocabulary in a plan of unknown place is that plan's own body, not Wuhan's
        assertThat(unknown.getList("data.document.measures.nodes.roles.flatten().department.curated"))
                .containsOnly(false);
        assertThat(unknown.getList("data.document.measures.nodes.roles.flatten().department.place"))
                .containsOnly((Object) null);

        // retracting one plan of the district keeps the shared body (another plan still names it), then the last goes
        String key = hebei.substring("Department:".length());
        WritePathTest.asEditor("mutation { retractDocument(id: \"pl-hb-1\") { documentId } }", Map.of())
                .body("errors", nullValue());
        assertThat(count("MATCH (d:Department {id: $id, documentId: 'pl-hb-2'}) RETURN count(d)", Map.of("id", key)))
                .isEqualTo(1);
        WritePathTest.asEditor("mutation { retractDocument(id: \"pl-hb-2\") { documentId } }", Map.of())
                .body("errors", nullValue());
        assertThat(count("MATCH (d:Department {id: $id}) RETURN count(d)", Map.of("id", key))).isZero();
    }

    @Test
    void aPlacesBodyIsMergedByIdAndAnAliasOfWuhansBodyTakesOnlyWuhansUncuratedNamesakes() {
        ingest("pl-merge-hx", "天津市河西区数字贸易发展方案", null, List.of(), "区数据资源局");
        ingest("pl-merge-wh", "武汉市数字贸易发展方案", null, List.of(), "区数据资源局");
        String hexi = supporter(read("pl-merge-hx")).substring("Department:".length());
        String wuhan = supporter(read("pl-merge-wh")).substring("Department:".length());
        // teaching Wuhan's 市财政局 the relative spelling 区数据资源局 merges Wuhan's namesake, not 河西区's
        WritePathTest.asEditor("mutation { addDepartmentAlias(department: \"wh-finance\", alias: \"区数据资源局\") { id } }",
                Map.of()).body("errors", nullValue());
        assertThat(count("MATCH (d:Department {id: $id}) RETURN count(d)", Map.of("id", wuhan))).isZero();
        assertThat(count("MATCH (d:Department {id: $id}) RETURN count(d)", Map.of("id", hexi))).isEqualTo(1);
        // 河西区's body is merged by its id
        WritePathTest.asEditor("mutation { mergeDepartment(from: \"" + hexi + "\", into: \"wh-finance\") { rolesMoved } }",
                Map.of()).body("errors", nullValue()).body("data.mergeDepartment.rolesMoved", equalTo(1));
        assertThat(count("MATCH (d:Department {id: $id}) RETURN count(d)", Map.of("id", hexi))).isZero();
        assertThat(WritePathTest.storedCountsOff()).isZero();
    }
    /** department(name:, place:)'s answer: its id, or null when no body of that place bears the name. */
    private static String departmentOf(String name, String place) {
        return GraphQL.post("{ department(name: \"" + name + "\", place: \"" + place + "\") { id } }")
                .statusCode(200).body("errors", nullValue()).extract().jsonPath().getString("data.department.id");
    }

    @Test
    void aLookupWithAPlaceFindsTheBodyAPlanOfThatPlaceMeansByTheName() {
        ingest("pl-lookup-lyg", "连云港市数字贸易促进行动方案", null, List.of());
        ingest("pl-lookup-none", "关于促进数字贸易发展的行动方案", null, List.of()); // its 市商务局 is its own
        String lianyungang = lead(read("pl-lookup-lyg"), 0);
        assertThat(lianyungang).isNotEqualTo("Department:wh-commerce");
        assertThat(departmentOf("市商务局", "连云港市")).isEqualTo(lianyungang);
        assertThat(departmentOf("市商务局", "武汉市")).isEqualTo("Department:wh-commerce");
        // a district's plan means its city's bodies; a body bound to no place (the national ministry) is everyone's
        assertThat(departmentOf("市商务局", "武汉市江岸区")).isEqualTo("Department:wh-commerce");
        String ministry = GraphQL.post("{ department(name: \"商务部\") { id place } }").statusCode(200)
                .body("data.department.place", nullValue()).extract().jsonPath().getString("data.department.id");
        assertThat(departmentOf("商务部", "连云港市")).isEqualTo(ministry);
        // no body of 南京市 is named 市商务局: Wuhan's, 连云港's and the unknown place's are not answers for it
        assertThat(departmentOf("市商务局", "南京市")).isNull();
    }

    @Test
    void aLookupWithSomethingThatIsNoPlaceIsRefusedSayingWhatAPlaceIs() {
        GraphQL.post("{ department(name: \"市商务局\", place: \"关于加快发展\") { id } }").statusCode(200)
                .body("data.department", nullValue())
                .body("errors[0].message", containsString("is not a place"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
    /** The names of departments(filter: {place}) — every page of them. */
    private static List<String> departmentsOf(String place) {
        return GraphQL.post("{ departments(filter: {place: \"" + place + "\"}, first: 100) { totalCount nodes { id } } }")
                .statusCode(200).body("errors", nullValue()).extract().jsonPath().getList("data.departments.nodes.id");
    }

    @Test
    void aPlacesDepartmentsAreListedWithThoseOfThePlacesWithinIt() {
        ingest("pl-list-hb", "天津市河北区数字贸易促进行动方案", null, List.of(), "区商务局");
        ingest("pl-list-hx", "天津市河西区数字贸易促进行动方案", null, List.of(), "区商务局");
        String hebei = supporter(read("pl-list-hb"));
        String hexi = supporter(read("pl-list-hx"));
        assertThat(departmentsOf("天津市")).contains(hebei, hexi).doesNotContain("Department:wh-commerce");
        assertThat(departmentsOf("天津市河北区")).contains(hebei).doesNotContain(hexi);
        assertThat(departmentsOf("武汉市")).contains("Department:wh-commerce").doesNotContain(hebei, hexi);
        GraphQL.post("{ departments(filter: {place: \"关于加快发展\"}) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
