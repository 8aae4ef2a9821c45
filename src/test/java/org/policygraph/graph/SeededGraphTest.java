package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.policygraph.ingest.SeedReader;
import org.policygraph.ingest.SeedSource;
import org.policygraph.seed.GraphSeeder;
import org.policygraph.support.Neo4jTestResource;
import org.policygraph.support.SeedSources;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The seeded graph in a real Neo4j, as analysts see it in Neo4j Browser: provenance on every fact, stable
 * counts, and facts checked by hand against the four source texts.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SeededGraphTest {

    @Inject
    Driver driver;

    private List<Record> cypher(String statement) {
        return driver.executableQuery(statement).execute().records();
    }

    @Test
    void everyMeasureIndicatorAndSectionQuotesItsSourceVerbatim() {
        Map<String, String> sources = SeedSources.rawTextById();
        List<String> problems = new ArrayList<>();
        for (Record r : cypher("""
                MATCH (n) WHERE (n:Measure OR n:Indicator OR n:Section) AND n.documentId IN $ids
                RETURN n.id AS id, n.documentId AS doc, n.quote AS quote, n.location AS location
                """.replace("$ids", "['001','002','003','004']"))) {
            String quote = r.get("quote").asString(null);
            if (quote == null || quote.isBlank() || r.get("location").asString("").isBlank()) {
                problems.add(r.get("id").asString() + " has no quote or location");
            } else if (!sources.get(r.get("doc").asString()).contains(quote)) {
                problems.add(r.get("id").asString() + " quote is not in its source: " + quote);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(cypher("MATCH (m:Measure) RETURN count(m) AS n").get(0).get("n").asInt()).isGreaterThan(250);
    }

    @Test
    void everyFactRelationshipQuotesItsSourceVerbatim() {
        Map<String, String> sources = SeedSources.rawTextById();
        List<String> problems = new ArrayList<>();
        List<Record> facts = cypher("""
                MATCH (a)-[r:LEADS|SUPPORTS|COORDINATES|CONCERNS|ADVANCES|RESTATES|CITES|IMPLEMENTS]->(b)
                RETURN type(r) AS type, a.id AS from, b.id AS to, r.documentId AS doc, r.quote AS quote,
                       r.location AS location
                """);
        for (Record r : facts) {
            String where = r.get("type").asString() + " " + r.get("from").asString() + "->" + r.get("to").asString();
            String quote = r.get("quote").asString(null);
            String source = sources.get(r.get("doc").asString(""));
            if (quote == null || quote.isBlank() || source == null || r.get("location").asString("").isBlank()) {
                problems.add(where + " lacks document, location or quote");
            } else if (!source.contains(quote)) {
                problems.add(where + " quote is not in its source: " + quote);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(facts).hasSizeGreaterThan(400);
    }

    @Test
    void loadingTheSeedAgainGivesIdenticalNodeAndRelationshipCounts() {
        Map<String, Long> before = counts();
        // Forget the content hashes so every document is really rewritten, not skipped as unchanged.
        cypher("MATCH (d:Document) REMOVE d.contentHash");
        GraphSeeder.Report report = new GraphSeeder(driver, new SeedReader(SeedSource.classpath())).load();
        assertThat(report.written()).containsExactly("001", "002", "003", "004");
        assertThat(counts()).isEqualTo(before);

        GraphSeeder.Report again = new GraphSeeder(driver, new SeedReader(SeedSource.classpath())).load();
        assertThat(again.unchanged()).containsExactly("001", "002", "003", "004");
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        cypher("MATCH (n) WHERE NOT n.id STARTS WITH 'probe' RETURN labels(n)[0] AS k, count(*) AS n ORDER BY k")
                .forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
        cypher("MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n ORDER BY k")
                .forEach(r -> counts.put(r.get("k").asString(), r.get("n").asLong()));
        return counts;
    }

    @Test
    void taskListsHaveThePrintedNumberOfItems() {
        Map<String, Integer> perList = cypher("""
                MATCH (m:Measure) RETURN m.documentId + ' ' + m.list AS list, count(m) AS n
                """).stream().collect(Collectors.toMap(r -> r.get("list").asString(), r -> r.get("n").asInt()));
        assertThat(perList).containsEntry("001 表1 推动服务业重点行业领域深化改革扩大开放", 38)
                .containsEntry("001 表2 推进现代服务业同先进制造业“两业”融合发展", 11)
                .containsEntry("001 表3 促进服务业扩大开放在重点园区和平台示范发展", 18)
                .containsEntry("001 表4 优化服务业开放发展的体制机制", 10)
                .containsEntry("001 表5 加强服务业开放发展的要素保障", 13)
                .containsEntry("003 重点任务分工及进度安排表", 40);
        assertThat(cypher("MATCH (m:Measure {documentId: '002'}) RETURN count(m) AS n").get(0).get("n").asInt())
                .isEqualTo(17);
    }

    @Test
    void municipalCommerceBureauLeadsTwelveAnnexTasksOf武政2016_33号() {
        List<String> led = cypher("""
                MATCH (:Department {name: '市商务局'})-[:LEADS]->(m:Measure)
                RETURN m.id AS id ORDER BY m.seq
                """).stream().map(r -> r.get("id").asString()).toList();
        assertThat(led).containsExactly("003/附件-3", "003/附件-5", "003/附件-6", "003/附件-8", "003/附件-11",
                "003/附件-12", "003/附件-18", "003/附件-19", "003/附件-27", "003/附件-33", "003/附件-35",
                "003/附件-38");
    }

    @Test
    void annexRow12IsCoLedByCommerceAndStatisticsBureausAndSupportedByForeignExchangeAdministration() {
        Map<String, List<String>> roles = rolesOf("003/附件-12");
        assertThat(roles.get("LEADS")).containsExactlyInAnyOrder("市商务局", "市统计局");
        assertThat(roles.get("SUPPORTS")).containsExactly("国家外汇管理局湖北省分局");
    }

    @Test
    void annexRow7NamesOnlyTheEconomyAndInformationCommissionSoItLeadsAlone() {
        Map<String, List<String>> roles = rolesOf("003/附件-7");
        assertThat(roles).containsOnlyKeys("LEADS");
        assertThat(roles.get("LEADS")).containsExactly("市经济和信息化委");
    }

    @Test
    void annexRow9IsLedByWuhanCustomsWithInspectionAndFinanceBureausSupporting() {
        Map<String, List<String>> roles = rolesOf("003/附件-9");
        assertThat(roles.get("LEADS")).containsExactly("武汉海关");
        assertThat(roles.get("SUPPORTS")).containsExactlyInAnyOrder("湖北出入境检验检疫局", "市金融工作局");
    }

    @Test
    void placeholderBodiesAreNeverDepartments() {
        assertThat(cypher("""
                MATCH (d:Department) WHERE d.name IN ['各相关部门', '各区人民政府', '各相关区人民政府']
                   OR any(a IN d.aliases WHERE a IN ['各相关部门', '各区人民政府', '各相关区人民政府'])
                RETURN d
                """)).isEmpty();
    }

    @Test
    void ministryOfCommerceAndMunicipalCommerceBureauAreDifferentBodies() {
        List<Record> rows = cypher("""
                MATCH (d:Department) WHERE d.name IN ['商务部', '市商务局']
                RETURN d.name AS name, d.level AS level, d.aliases AS aliases ORDER BY name
                """);
        assertThat(rows).hasSize(2);
        Map<String, Record> byName = rows.stream().collect(Collectors.toMap(r -> r.get("name").asString(), r -> r));
        assertThat(byName.get("商务部").get("level").asString()).isEqualTo("NATIONAL");
        assertThat(byName.get("市商务局").get("level").asString()).isEqualTo("MUNICIPAL");
        assertThat(byName.get("市商务局").get("aliases").asList()).contains("商务局").doesNotContain("商务部");
        assertThat(cypher("MATCH (:Document {id: '001'})-[:ISSUED_BY]->(d) RETURN d.name AS n").get(0)
                .get("n").asString()).isEqualTo("商务部");
    }

    @Test
    void measuresNamingTheDonghuHighTechZoneConcernOpticsValley() {
        List<String> measures = cypher("""
                MATCH (m:Measure)-[:CONCERNS]->(:Park {name: '光谷'}) RETURN m.id AS id
                """).stream().map(r -> r.get("id").asString()).toList();
        // 003 annex row 32: "在武汉东湖新技术开发区先行开展…"; 004 专栏13-3: "发挥东湖高新区…"; 001 表3-2: "在光谷共建人才基地"
        assertThat(measures).contains("003/附件-32", "004/专栏13-3", "001/表3-2", "001/二(三)8");
    }

    @Test
    void table1Row12OfPilotPlanRestatesBodyItem1AndAdvancesCityOfDesign() {
        assertThat(cypher("""
                MATCH (:Measure {id: '001/表1-12'})-[:RESTATES]->(body:Measure) RETURN body.id AS id
                """).get(0).get("id").asString()).isEqualTo("001/二(一)1");
        assertThat(cypher("""
                MATCH (:Measure {id: '001/表1-12'})-[:ADVANCES]->(i:Initiative) RETURN i.name AS name
                """).stream().map(r -> r.get("name").asString()).toList()).contains("设计之都");
    }

    @Test
    void annexRow20RestatesTheComputerAndInformationServicesSection() {
        assertThat(cypher("""
                MATCH (:Measure {id: '003/附件-20'})-[:RESTATES]->(s:Section) RETURN s.title AS title
                """).get(0).get("title").asString()).contains("计算机和信息服务");
    }

    @Test
    void serviceTradeDraftTargets1500ChinaEuropeTrainsAYearBy2027() {
        Record target = cypher("""
                MATCH (:Measure {id: '002/二(一)1'})-[:HAS_INDICATOR]->(i:Indicator {name: '中欧班列年开行量'})
                RETURN i.value AS value, i.unit AS unit, i.year AS year, i.kind AS kind, i.comparator AS comparator,
                       i.quote AS quote
                """).get(0);
        assertThat(target.get("value").asDouble()).isEqualTo(1500.0);
        assertThat(target.get("unit").asString()).isEqualTo("列");
        assertThat(target.get("year").asInt()).isEqualTo(2027);
        assertThat(target.get("kind").asString()).isEqualTo("COUNT");
        assertThat(target.get("comparator").asString()).isEqualTo("EQUAL");
        assertThat(target.get("quote").asString()).isEqualTo("中欧班列年开行量达到 1500 列");
    }

    private Map<String, List<String>> rolesOf(String measureId) {
        return cypher("""
                MATCH (d:Department)-[r:LEADS|SUPPORTS|COORDINATES]->(:Measure {id: '%s'})
                RETURN type(r) AS role, d.name AS name
                """.formatted(measureId)).stream().collect(Collectors.groupingBy(r -> r.get("role").asString(),
                        Collectors.mapping(r -> r.get("name").asString(), Collectors.toList())));
    }
}
