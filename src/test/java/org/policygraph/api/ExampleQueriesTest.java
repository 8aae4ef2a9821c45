package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The questions frontend teams ask, one request each, with answers worked out by hand from the source texts
 * (graph-seed/sources).
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ExampleQueriesTest {

    /** 武政〔2016〕33号's annex: every row whose 负责部门 cell names 市商务局 (or 商务局) before 牵头, or alone. */
    static final List<String> ANNEX_ROWS_LED_BY_COMMERCE_BUREAU = List.of("Measure:003/附件-3", "Measure:003/附件-5", "Measure:003/附件-6",
            "Measure:003/附件-8", "Measure:003/附件-11", "Measure:003/附件-12", "Measure:003/附件-18", "Measure:003/附件-19", "Measure:003/附件-27", "Measure:003/附件-33",
            "Measure:003/附件-35", "Measure:003/附件-38");

    @Test
    void measuresTheMunicipalCommerceBureauLeadsAcrossAllPlansWithDocumentCoLeadsAndSupporters() {
        var response = GraphQL.post("""
                { department(name: "市商务局") {
                    name
                    leads(first: 50) {
                      totalCount
                      nodes { id number document { title docNumber } leads { name } supporters { name }
                              roles { role department { name } source { quote location document { id } } } }
                    } } }""").statusCode(200).body("errors", nullValue());
        response.body("data.department.leads.totalCount", equalTo(12))
                .body("data.department.leads.nodes.id", contains(ANNEX_ROWS_LED_BY_COMMERCE_BUREAU.toArray()))
                .body("data.department.leads.nodes.document.docNumber", everyItem(equalTo("武政〔2016〕33号")))
                // row 12: "市商务局、市统计局牵头,国家外汇管理局湖北分局等配合"
                .body("data.department.leads.nodes.find { it.id == 'Measure:003/附件-12' }.leads.name",
                        containsInAnyOrder("市商务局", "市统计局"))
                .body("data.department.leads.nodes.find { it.id == 'Measure:003/附件-12' }.supporters.name",
                        contains("国家外汇管理局湖北省分局"))
                // row 3: "商务局牵头,市发展改革委、市贸促会等配合"
                .body("data.department.leads.nodes.find { it.id == 'Measure:003/附件-3' }.supporters.name",
                        containsInAnyOrder("市发展改革委", "市贸促会"))
                .body("data.department.leads.nodes.find { it.id == 'Measure:003/附件-3' }.roles.source.quote",
                        everyItem(equalTo("商务局牵头,市发展改革委、市贸促会等配合")));
    }

    @Test
    void departmentNamesResolveThroughAliasesButTheMinistryStaysTheMinistry() {
        GraphQL.post("""
                { bureau: department(name: "商务局") { name level }
                  ndrc: department(name: "市发展和改革委员会") { name }
                  ministry: department(name: "商务部") { name level issued { id } leads { totalCount } coordinates { totalCount } }
                  nobody: department(name: "不存在的部门") { name } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.bureau.name", equalTo("市商务局"))
                .body("data.bureau.level", equalTo("MUNICIPAL"))
                .body("data.ndrc.name", equalTo("市发展改革委"))
                .body("data.ministry.name", equalTo("商务部"))
                .body("data.ministry.level", equalTo("NATIONAL"))
                .body("data.ministry.issued.id", contains("Document:001"))
                .body("data.ministry.leads.totalCount", equalTo(0))
                .body("data.nobody", nullValue());
    }

    @Test
    void all2027TargetsComeFromTheServiceTradeDraft() {
        // 002 states 31 targets for 2027 (hand count by item: 2+6+2+3+2+2+2+2+1+1+2+1+1+4), 4 yearly (每年) targets
        // that run to 2027 ("到2027年，力争每年举办国际性展会达80场次…": period PER_YEAR) and 吸引海外人才 2000 人.
        var response = GraphQL.post("""
                { indicators(filter: {year: 2027}, first: 100) {
                    totalCount
                    nodes { name value unit kind comparator aspirational period document { id status } source { quote } }
                } }""").statusCode(200).body("errors", nullValue());
        response.body("data.indicators.totalCount", equalTo(36))
                .body("data.indicators.nodes.findAll { it.period == 'PER_YEAR' }.size()", equalTo(4))
                .body("data.indicators.nodes.findAll { it.name.contains('海外人才') && it.value == 2000 }.size()", equalTo(1))
                .body("data.indicators.nodes.document.id", everyItem(equalTo("Document:002")))
                .body("data.indicators.nodes.document.status", everyItem(equalTo("DRAFT")));
        List<Map<String, Object>> nodes = response.extract().path("data.indicators.nodes");
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n).containsEntry("name", "中欧班列年开行量").containsEntry("value", 1500.0f)
                    .containsEntry("unit", "列").containsEntry("kind", "COUNT").containsEntry("comparator", "EQUAL");
        });
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n).containsEntry("name", "武汉天河机场国际及地区航线").containsEntry("value", 20.0f)
                    .containsEntry("comparator", "AT_LEAST");
        });
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n).containsEntry("name", "全市服务贸易进出口").containsEntry("kind", "GROWTH_RATE")
                    .containsEntry("value", 10.0f).containsEntry("aspirational", true);
        });
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n).containsEntry("name", "规模以上生产性服务业企业营业收入").containsEntry("value", 8000.0f)
                    .containsEntry("unit", "亿元").containsEntry("comparator", "EXCEED");
        });
    }

    @Test
    void everyMeasureConcerningOpticsValleyWhateverNameTheTextUses() {
        var byAlias = GraphQL.post("""
                { park(name: "东湖新技术开发区") { name aliases measures(first: 50) { totalCount nodes { id } } }
                  filtered: measures(filter: {park: "东湖高新区"}, first: 50) { totalCount nodes { id } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.park.name", equalTo("光谷"))
                .body("data.park.aliases", hasItems("东湖新技术开发区", "东湖高新区"))
                // 001 body item 8 "以“光谷”为依托"; 表3-2 "在光谷共建人才基地"; 003 annex row 32 "在武汉东湖新技术开发区先行开展";
                // 004 专栏13-3 "发挥东湖高新区…"
                .body("data.park.measures.nodes.id", hasItems("Measure:001/二(三)8", "Measure:001/表3-2", "Measure:003/附件-32", "Measure:004/专栏13-3"));
        List<String> viaPark = byAlias.extract().path("data.park.measures.nodes.id");
        List<String> viaFilter = byAlias.extract().path("data.filtered.nodes.id");
        assertThat(viaFilter).containsExactlyInAnyOrderElementsOf(viaPark);
    }

    @Test
    void cityOfDesignRunsThroughThePlansFrom2016To2025() {
        GraphQL.post("""
                { initiative(name: "世界设计之都") { name
                    measures(first: 20) { nodes { id document { id issuedOn status } } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.initiative.name", equalTo("设计之都"))
                // 2016 annex row 23 (申报…“世界设计之都”), 2022 body item 1 and 表1-12 (推进“设计之都”建设),
                // the 2025 draft's item 3 (高质量建设“设计之都”); the undated draft comes last.
                .body("data.initiative.measures.nodes.id",
                        contains("Measure:003/附件-23", "Measure:001/二(一)1", "Measure:001/表1-12", "Measure:002/二(一)3"))
                .body("data.initiative.measures.nodes.document.id", contains("Document:003", "Document:001", "Document:001", "Document:002"));
    }

    @Test
    void searchRanksWholePhraseMatchesFirstWithSnippets() {
        var response = GraphQL.post("""
                { search(text: "服务外包", first: 10) { score kind id snippet document { id } } }""")
                .statusCode(200).body("errors", nullValue());
        List<Map<String, Object>> hits = response.extract().path("data.search");
        assertThat(hits).hasSize(10);
        List<Float> scores = hits.stream().map(h -> ((Number) h.get("score")).floatValue()).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(hits).allSatisfy(h -> assertThat((String) h.get("snippet")).contains("【服务外包】"));
        // 003 三(四) is the section titled 服务外包 and opens "深化服务外包示范城市建设"
        assertThat(hits.stream().map(h -> h.get("id")).toList()).contains("003/三(四)", "003/附件-19");
    }

    @Test
    void searchTreatsQuerySyntaxAsPlainText() {
        GraphQL.post("""
                { search(text: "服务外包\\" AND( *~ OR:", first: 3) { id } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.search.size()", equalTo(3));
    }
}
