package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Generic actors (各区人民政府, 各相关部门, 行业协会, 市政府分管领导 …) through the API, over real HTTP: their roles are reached
 * from the measure or section they sit on (`genericActorRoles`, beside the departments' `roles`, whose department stays
 * one body), from the actor (`genericActor(name)`, `genericActors(kind)`, `node(id)`), each with its verbatim quote;
 * and parks and zones a submitted plan names that nobody curated, flagged with where they were read.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class GenericActorsApiTest {

    /** A plan in a common layout whose tasks give roles to district governments, associations and the leader in charge. */
    private static final String PLAN = """
            武汉市促进夜间经济发展行动方案

            为繁荣夜间经济，结合我市实际，制定本方案。

            一、重点任务
            1、打造夜间消费地标。在汉阳夜光文旅产业园建设夜间消费集聚区，培育特色街区10个。（牵头单位：市商务局；配合单位：各区人民政府、相关行业协会）
            2、丰富夜间文旅供给。推出夜游长江、夜赏灯光秀等产品。（市文化和旅游局牵头，各区人民政府配合）

            二、保障措施
            建立由市政府分管领导召集、市商务局牵头的夜间经济工作联席会议制度，统筹推进各项工作。
            """;

    private static final String ON_MEASURE = """
            query($id: ID!) { measure(id: $id) {
              roles { role department { name } }
              genericActorRoles { role actor { id name kind } measure { id } section { id } document { id }
                source { location quote document { id } } } } }""";

    @Test
    void theMayorLeadingPlan002ChapterThreeIsReachedFromTheSectionAsAGenericActor() {
        var response = WritePathTest.asEditor("""
                { section(id: "002/三") {
                    roles { role department { name } }
                    genericActorRoles { role actor { name kind } section { id } source { quote document { id } } } } }""",
                Map.of())
                .body("errors", nullValue())
                // the departments' list keeps only bodies: the mayor is no department
                .body("data.section.roles.department.name", not(hasItem("市人民政府主要负责同志")))
                .body("data.section.roles.department.name", hasItem("市商务局"));
        List<Map<String, Object>> roles = response.extract().path("data.section.genericActorRoles");
        assertThat(roles).anySatisfy(role -> {
            assertThat(role).containsEntry("role", "LEADS");
            assertThat(role.get("actor")).isEqualTo(Map.of("name", "市人民政府主要负责同志", "kind", "LEADERSHIP"));
            assertThat(role.get("section")).isEqualTo(Map.of("id", "Section:002/三"));
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) role.get("source");
            // verbatim, with the OCR's stray space: "由市人民政府主要负责 同志领衔"
            assertThat((String) source.get("quote")).contains("由市人民政府主要负责").contains("同志领衔");
            assertThat(source.get("document")).isEqualTo(Map.of("id", "Document:002"));
        });
    }

    @Test
    void anActorIsFoundByItsPhraseByKindAndByItsGlobalIdWithEveryRoleItHolds() {
        var actor = WritePathTest.asEditor("""
                { genericActor(name: "市人民政府主要负责同志") { id name kind note
                    roles { role actor { name } measure { id } section { id } document { id } source { quote } } } }""",
                Map.of())
                .body("errors", nullValue())
                .body("data.genericActor.kind", equalTo("LEADERSHIP"))
                .body("data.genericActor.id", startsWith("GenericActor:generic-"))
                .body("data.genericActor.roles.section.id", hasItem("Section:002/三"))
                .body("data.genericActor.roles.actor.name", everyItem(equalTo("市人民政府主要负责同志")))
                .body("data.genericActor.roles.source.quote", everyItem(notNullValue()));
        String id = actor.extract().path("data.genericActor.id");

        WritePathTest.asEditor("query($id: ID!) { node(id: $id) { id ... on GenericActor { name roles { role } } } }",
                Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node.id", equalTo(id))
                .body("data.node.name", equalTo("市人民政府主要负责同志"))
                .body("data.node.roles.role", hasItem("LEADS"));

        WritePathTest.asEditor("{ genericActors(kind: LEADERSHIP) { name kind } }", Map.of())
                .body("errors", nullValue())
                .body("data.genericActors.kind", everyItem(equalTo("LEADERSHIP")))
                .body("data.genericActors.name", hasItem("市人民政府主要负责同志"))
                .body("data.genericActors.name", not(hasItem("各相关部门")));
        WritePathTest.asEditor("{ genericActors { name kind } }", Map.of())
                .body("errors", nullValue())
                .body("data.genericActors.name", hasItem("各相关部门"))
                .body("data.genericActors.name", hasItem("市人民政府主要负责同志"));
        WritePathTest.asEditor("{ genericActor(name: \"市商务局\") { id } }", Map.of())
                .body("errors", nullValue())
                .body("data.genericActor", nullValue()); // a department is no generic actor
    }

    @Test
    void annex003Row1NamesAllRelevantDepartmentsAsGenericSupporterBesideItsLead() {
        WritePathTest.asEditor(ON_MEASURE, Map.of("id", "003/附件-1"))
                .body("errors", nullValue())
                .body("data.measure.roles.department.name", equalTo(List.of("市人民政府办公厅")))
                .body("data.measure.genericActorRoles.role", equalTo(List.of("SUPPORTS")))
                .body("data.measure.genericActorRoles[0].actor.name", equalTo("各相关部门"))
                .body("data.measure.genericActorRoles[0].actor.kind", equalTo("DEPARTMENTS"))
                .body("data.measure.genericActorRoles[0].measure.id", equalTo("Measure:003/附件-1"))
                .body("data.measure.genericActorRoles[0].section", nullValue())
                .body("data.measure.genericActorRoles[0].source.quote", equalTo("市人民政府办公厅牵头,各相关部门配合"));
    }

    @Test
    void anIngestedPlanGivesDistrictGovernmentsAssociationsAndTheLeaderInChargeTheirRolesAndAnUncuratedPark() {
        Map<String, Object> metadata = WritePathTest.metadata("ga-night-economy");
        metadata.put("title", "武汉市促进夜间经济发展行动方案");
        WritePathTest.asEditor(WritePathTest.INGEST, Map.of("source", PLAN, "metadata", metadata, "dryRun", false))
                .body("errors", nullValue());
        try {
            var first = WritePathTest.asEditor(ON_MEASURE, Map.of("id", "ga-night-economy/一1"))
                    .body("errors", nullValue());
            List<Map<String, Object>> roles = first.extract().path("data.measure.genericActorRoles");
            assertThat(roles).extracting(r -> ((Map<?, ?>) r.get("actor")).get("name") + " " + r.get("role"))
                    .containsExactlyInAnyOrder("各区人民政府 SUPPORTS", "相关行业协会 SUPPORTS");
            assertThat(roles).allSatisfy(r -> {
                assertThat(((Map<?, ?>) r.get("source")).get("quote").toString()).contains("各区人民政府、相关行业协会")
                        .isSubstringOf(PLAN);
                assertThat(r.get("document")).isEqualTo(Map.of("id", "Document:ga-night-economy"));
            });
            first.body("data.measure.roles.department.name", equalTo(List.of("市商务局")));

            // every role of 各区人民政府, across plans: this plan's two measures among them
            List<String> measures = WritePathTest.asEditor("""
                    { genericActor(name: "各区人民政府") { kind roles { role measure { id } document { id } } } }""",
                    Map.of())
                    .body("errors", nullValue())
                    .body("data.genericActor.kind", equalTo("DISTRICT_GOVERNMENTS"))
                    .extract().path("data.genericActor.roles.measure.id");
            assertThat(measures).contains("Measure:ga-night-economy/一1", "Measure:ga-night-economy/一2");

            // the leader in charge convenes the mechanism of 二、保障措施
            WritePathTest.asEditor("""
                    { document(id: "ga-night-economy") { sections { label genericActorRoles { role actor { name }
                        source { quote } } } } }""", Map.of())
                    .body("errors", nullValue())
                    .body("data.document.sections.find { it.label == '二、' }.genericActorRoles.actor.name",
                            hasItem("市政府分管领导"));

            // a park the vocabulary lacks: kept, flagged, with the sentence it was read from
            WritePathTest.asEditor("""
                    { park(name: "汉阳夜光文旅产业园") { name curated source { location quote document { id } }
                        measures { nodes { id } } } }""", Map.of())
                    .body("errors", nullValue())
                    .body("data.park.curated", equalTo(false))
                    .body("data.park.source.document.id", equalTo("Document:ga-night-economy"))
                    .body("data.park.source.quote", org.hamcrest.Matchers.containsString("汉阳夜光文旅产业园"))
                    .body("data.park.measures.nodes.id", hasItem("Measure:ga-night-economy/一1"));
            // it is a park of the plan's place (its title's 武汉市), found under that place and not under another
            WritePathTest.asEditor("""
                    { here: park(name: "汉阳夜光文旅产业园", place: "武汉市") { place }
                      elsewhere: park(name: "汉阳夜光文旅产业园", place: "连云港市") { place } }""", Map.of())
                    .body("errors", nullValue())
                    .body("data.here.place", equalTo("武汉市"))
                    .body("data.elsewhere", nullValue());
        } finally {
            WritePathTest.asEditor("mutation { retractDocument(id: \"ga-night-economy\") { documentId } }", Map.of())
                    .body("errors", nullValue());
        }
        // retracted with the only plan naming it: the uncurated park goes too, and no role of the plan is left
        WritePathTest.asEditor("{ park(name: \"汉阳夜光文旅产业园\") { id } }", Map.of())
                .body("errors", nullValue())
                .body("data.park", nullValue());
        List<String> left = WritePathTest.asEditor("{ genericActor(name: \"各区人民政府\") { roles { document { id } } } }",
                Map.of()).body("errors", nullValue()).extract().path("data.genericActor.roles.document.id");
        assertThat(left).doesNotContain("Document:ga-night-economy");
    }

    @Test
    void curatedParksAndDepartmentsSayCuratedAndHaveNoQuoteOfTheirOwn() {
        WritePathTest.asEditor("""
                { park(name: "东湖新技术开发区") { curated place source { quote } }
                  department(name: "市商务局") { curated source { quote } }
                  parks(first: 100) { nodes { curated } } }""", Map.of())
                .body("errors", nullValue())
                .body("data.park.curated", equalTo(true))
                .body("data.park.place", nullValue())
                .body("data.park.source", nullValue())
                .body("data.department.curated", equalTo(true))
                .body("data.department.source", nullValue());
    }

    @Test
    void aGenericActorNoListHoldsIsRecognisedFromItsPartsAndServedWithItsKind() {
        String plan = """
                某区稳增长工作方案

                一、重点任务
                1、加强项目谋划储备。建立投资项目信息化管理平台。（区发改局牵头，区级相关部门、各街道办事处配合）
                """;
        Map<String, Object> metadata = WritePathTest.metadata("ga-recognised");
        metadata.put("title", "某区稳增长工作方案");
        WritePathTest.asEditor(WritePathTest.INGEST, Map.of("source", plan, "metadata", metadata, "dryRun", false))
                .body("errors", nullValue());
        try {
            WritePathTest.asEditor(ON_MEASURE, Map.of("id", "ga-recognised/一1"))
                    .body("errors", nullValue())
                    .body("data.measure.genericActorRoles.actor.name", hasItem("各街道办事处"))
                    .body("data.measure.genericActorRoles.actor.name", hasItem("区级相关部门"))
                    .body("data.measure.genericActorRoles.actor.name", not(hasItem("各街道")));
            WritePathTest.asEditor("""
                    { genericActor(name: "各街道办事处") { kind curated note roles { role measure { id } source { quote } } }
                      listed: genericActor(name: "各相关部门") { curated } }""",
                    Map.of())
                    .body("errors", nullValue())
                    .body("data.genericActor.kind", equalTo("LOCAL_GOVERNMENTS"))
                    .body("data.genericActor.curated", equalTo(false))
                    .body("data.listed.curated", equalTo(true))
                    .body("data.genericActor.note", org.hamcrest.Matchers.containsString("not curated"))
                    .body("data.genericActor.roles.measure.id", hasItem("Measure:ga-recognised/一1"))
                    .body("data.genericActor.roles.role", everyItem(equalTo("SUPPORTS")));
        } finally {
            WritePathTest.asEditor("mutation { retractDocument(id: \"ga-recognised\") { documentId } }", Map.of())
                    .body("errors", nullValue());
        }
        // retracted with the only plan naming them: the recognised actors go, the listed one stays
        WritePathTest.asEditor("""
                { genericActor(name: "各街道办事处") { id }
                  district: genericActor(name: "区级相关部门") { id }
                  listed: genericActor(name: "各相关部门") { curated } }""", Map.of())
                .body("errors", nullValue())
                .body("data.genericActor", nullValue())
                .body("data.district", nullValue())
                .body("data.listed.curated", equalTo(true));
    }
}
