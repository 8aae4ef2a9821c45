package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Facets count, per value, the items a connection matches: each count equals the connection's totalCount with that
 * value added to its filter. Checked on the seed graph for several filters, on root and nested connections.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class FacetsTest {

    /**
     * How many values per facet are checked against a filtered count (the most frequent ones): each check is a request
     * with a filter of its own, about 0.1 s on a loaded machine, and the checks multiply by facets and filters.
     */
    private static final int CHECKED_VALUES = 3;

    private static final String MEASURE_FACETS = """
            facets {
              leadDepartments(first: 100) { value { id name } count }
              supportingDepartments(first: 100) { value { id name } count }
              documents(first: 100) { value { id title } count }
              parks(first: 100) { value { id name } count }
              initiatives(first: 100) { value { id name } count }
              hasIndicator { value count } }""";

    /** Per measure facet: the MeasureFilter field that narrows to one of its values, and that value. */
    private record Narrowing(String facet, String filterField, String valuePath) {
    }

    private static final List<Narrowing> MEASURE_NARROWINGS = List.of(
            new Narrowing("leadDepartments", "leadDepartment", "value.name"),
            new Narrowing("supportingDepartments", "supportingDepartment", "value.name"),
            new Narrowing("documents", "documentId", "value.id"),
            new Narrowing("parks", "park", "value.name"),
            new Narrowing("initiatives", "initiative", "value.name"),
            new Narrowing("hasIndicator", "hasIndicator", "value"));

    @Test
    void rootMeasureFacetCountsEqualTheFilteredTotalCounts() {
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("documentId", "003"),
                Map.<String, Object>of("leadDepartment", "市商务局"), Map.<String, Object>of("hasIndicator", true),
                Map.<String, Object>of("textContains", "服务"))) {
            JsonPath answer = GraphQL.post("query($f: MeasureFilter) { measures(filter: $f, first: 1) { totalCount "
                    + MEASURE_FACETS + " } }", Map.of("f", filter)).statusCode(200).body("errors", nullValue())
                    .extract().jsonPath();
            checkMeasureFacets(answer, "data.measures", filter, narrowed -> GraphQL.post(
                    "query($f: MeasureFilter) { measures(filter: $f, first: 0) { totalCount } }", Map.of("f", narrowed))
                    .statusCode(200).body("errors", nullValue()).extract().<Integer>path("data.measures.totalCount"));
        }
    }

    @Inject
    Driver driver;

    /**
     * A root list whose filter only names one department (or park, or initiative) lists that department's measures,
     * and one filtered by hasIndicator alone lists the stored list HAS_INDICATOR|true: their facets are read from the
     * stored counts (read/measure-facets-counted), O(values) however many measures match, not counted over the
     * matches. Shown by a stored count changed for the test: the answer follows it. Any second condition, and the
     * matches are counted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            leadDepartment: "市商务局" ; LED_BY|wh-commerce
            hasIndicator: true        ; HAS_INDICATOR|true
            """)
    void aRootListFilteredByOneStoredListReadsItsFacetCounts(String filter, String list) {
        String query = "{ measures(filter: { " + filter + " }, first: 0) { totalCount facets { "
                + "documents { value { id } count } } } }";
        JsonPath before = GraphQL.post(query).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        int total = before.getInt("data.measures.totalCount");
        assertThat(total).isPositive();
        assertThat(sum(before.getList("data.measures.facets.documents"))).isEqualTo(total);
        List<Integer> counts = before.getList("data.measures.facets.documents.count");
        String documents = list + "|documents|";
        try (var session = driver.session()) {
            long stored = session.run("MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH $prefix RETURN sum(c.count) AS n",
                    Map.of("prefix", documents)).single().get("n").asLong();
            assertThat(stored).isEqualTo(total);
            session.run("MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH $prefix AND c.count > 0 "
                    + "SET c.count = c.count + 1000", Map.of("prefix", documents)).consume();
            try {
                JsonPath changed = GraphQL.post(query).statusCode(200).body("errors", nullValue()).extract().jsonPath();
                assertThat(changed.<Integer>getList("data.measures.facets.documents.count"))
                        .isEqualTo(counts.stream().map(n -> n + 1000).toList());
            } finally {
                session.run("MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH $prefix AND c.count > 1000 "
                        + "SET c.count = c.count - 1000", Map.of("prefix", documents)).consume();
            }
        }
        // with a second condition the matches are counted
        JsonPath narrowed = GraphQL.post("{ measures(filter: { " + filter + ", textContains: \"服务\" }, first: 0) { "
                + "totalCount facets { documents { count } } } }").statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(sum(narrowed.getList("data.measures.facets.documents")))
                .isEqualTo(narrowed.getInt("data.measures.totalCount"));
    }

    /**
     * Connections in one request that select different facets (aliases, fragments) each get theirs: their facets are
     * resolved in one batch, whose selection must cover all of them.
     */
    @Test
    void eachConnectionOfARequestGetsTheFacetsItSelects() {
        JsonPath answer = GraphQL.post("""
                { a: measures(first: 1) { totalCount facets { documents { count } } }
                  b: measures(filter: { hasIndicator: true }, first: 1) { totalCount facets { hasIndicator { count } } }
                  c: measures(filter: { textContains: "服务" }, first: 1) { totalCount ...parks }
                  d: department(name: "市商务局") { leads(first: 1) { totalCount facets { documents { count } } } }
                  e: department(name: "市商务局") { supports(first: 1) { totalCount facets { supportingDepartments { count } } } } }
                fragment parks on MeasureConnection { facets { parks { count } documents { count } } }""")
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
        assertThat(sum(answer.getList("data.a.facets.documents"))).isEqualTo(answer.getInt("data.a.totalCount"));
        assertThat(sum(answer.getList("data.b.facets.hasIndicator"))).isEqualTo(answer.getInt("data.b.totalCount"))
                .isPositive();
        assertThat(sum(answer.getList("data.c.facets.documents"))).isEqualTo(answer.getInt("data.c.totalCount"))
                .isPositive();
        assertThat(sum(answer.getList("data.d.leads.facets.documents"))).isEqualTo(answer.getInt("data.d.leads.totalCount"))
                .isPositive();
        assertThat(answer.getList("data.e.supports.facets.supportingDepartments")).isNotEmpty();
    }

    @Test
    void nestedMeasureFacetCountsEqualTheFilteredTotalCounts() {
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("hasIndicator", false))) {
            JsonPath answer = GraphQL.post("query($f: MeasureFilter) { department(name: \"市商务局\") { leads(filter: $f, first: 2) { totalCount "
                    + MEASURE_FACETS + " } } }", Map.of("f", filter)).statusCode(200).body("errors", nullValue())
                    .extract().jsonPath();
            checkMeasureFacets(answer, "data.department.leads", filter, narrowed -> GraphQL.post(
                    "query($f: MeasureFilter) { department(name: \"市商务局\") { leads(filter: $f, first: 0) { totalCount } } }",
                    Map.of("f", narrowed)).statusCode(200).body("errors", nullValue())
                    .extract().<Integer>path("data.department.leads.totalCount"));
        }
        // a plan's measures: document(id) with its page in the same statement, and several plans in one batch
        JsonPath plans = GraphQL.post("{ documents { id measures(first: 3) { totalCount facets { documents { value { id } count } "
                + "hasIndicator { value count } leadDepartments(first: 3) { value { name } count } } } } }")
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> documents = plans.getList("data.documents");
        for (int d = 0; d < documents.size(); d++) {
            String path = "data.documents[" + d + "].measures";
            int total = plans.getInt(path + ".totalCount");
            List<Map<String, Object>> byDocument = plans.getList(path + ".facets.documents");
            if (total == 0) {
                assertThat(byDocument).isEmpty();
                continue;
            }
            assertThat(byDocument).hasSize(1);
            assertThat(plans.getString(path + ".facets.documents[0].value.id")).isEqualTo(documents.get(d).get("id"));
            assertThat(plans.getInt(path + ".facets.documents[0].count")).isEqualTo(total);
            assertThat(plans.<Integer>getList(path + ".facets.hasIndicator.count").stream().mapToInt(i -> i).sum())
                    .isEqualTo(total);
            assertThat(plans.<Object>getList(path + ".facets.leadDepartments")).hasSizeLessThanOrEqualTo(3);
        }
        JsonPath plan = GraphQL.post("{ document(id: \"Document:003\") { measures(first: 1) { totalCount facets { "
                + "documents { count } } } } }").statusCode(200).body("errors", nullValue()).extract().jsonPath();
        assertThat(plan.getInt("data.document.measures.facets.documents[0].count"))
                .isEqualTo(plan.getInt("data.document.measures.totalCount")).isPositive();
    }

    @Test
    void indicatorFacetCountsEqualTheFilteredTotalCounts() {
        Map<String, String> filterFieldOf = Map.of("years", "year", "kinds", "kind", "comparators", "comparator",
                "units", "unit", "documents", "documentId");
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("documentId", "002"),
                Map.<String, Object>of("aspirational", false), Map.<String, Object>of("yearFrom", 2020),
                Map.<String, Object>of("kind", List.of("COUNT"), "year", 2025))) {
            JsonPath answer = GraphQL.post("query($f: IndicatorFilter) { indicators(filter: $f, first: 1) { totalCount "
                    + "facets { years(first: 100) { value count } kinds { value count } comparators { value count } "
                    + "units(first: 100) { value count } documents(first: 100) { value { id } count } } } }",
                    Map.of("f", filter)).statusCode(200).body("errors", nullValue()).extract().jsonPath();
            int total = answer.getInt("data.indicators.totalCount");
            assertThat(sum(answer.getList("data.indicators.facets.kinds"))).as("kinds cover all").isEqualTo(total);
            assertThat(sum(answer.getList("data.indicators.facets.comparators"))).isEqualTo(total);
            assertThat(sum(answer.getList("data.indicators.facets.documents"))).isEqualTo(total);
            for (var facet : filterFieldOf.entrySet()) {
                List<Map<String, Object>> values = answer.getList("data.indicators.facets." + facet.getKey());
                assertMostFrequentFirst(values);
                for (Map<String, Object> value : values.subList(0, Math.min(CHECKED_VALUES, values.size()))) {
                    Object v = facet.getKey().equals("documents") ? ((Map<?, ?>) value.get("value")).get("id")
                            : value.get("value");
                    Map<String, Object> narrowed = new HashMap<>(filter);
                    narrowed.put(facet.getValue(), List.of("kinds", "comparators").contains(facet.getKey()) ? List.of(v) : v);
                    int count = GraphQL.post("query($f: IndicatorFilter) { indicators(filter: $f, first: 0) { totalCount } }",
                            Map.of("f", narrowed)).statusCode(200).body("errors", nullValue())
                            .extract().path("data.indicators.totalCount");
                    assertThat(value.get("count")).as("%s %s under %s", facet.getKey(), v, filter).isEqualTo(count);
                }
            }
        }
    }

    /**
     * An indicator list filtered by kinds and years alone reads its facets from the stored counts
     * (read/indicator-facets-counted); the same filter with a condition that matches every indicator (all
     * comparators) counts its matches (read/indicator-facets). Both give the same values, counts and order.
     */
    @Test
    void indicatorFacetsOfKindsAndYearsReadFromStoredCountsEqualThoseCounted() {
        List<String> everyComparator = java.util.Arrays.stream(org.policygraph.model.TargetComparator.values())
                .map(Enum::name).toList();
        String query = "query($f: IndicatorFilter) { indicators(filter: $f, first: 0) { totalCount facets { "
                + "years(first: 100) { value count } kinds { value count } comparators { value count } "
                + "units(first: 5) { value count } documents(first: 3) { value { id title } count } } } }";
        for (Map<String, Object> filter : List.of(Map.<String, Object>of(), Map.<String, Object>of("yearFrom", 2020,
                "yearTo", 2027), Map.<String, Object>of("kind", List.of("LEVEL", "COUNT")),
                Map.<String, Object>of("kind", List.of("GROWTH_RATE", "SHARE"), "year", 2025))) {
            Map<String, Object> stored = GraphQL.post(query, Map.of("f", filter)).statusCode(200)
                    .body("errors", nullValue()).extract().path("data.indicators");
            Map<String, Object> everyMatch = new HashMap<>(filter);
            everyMatch.put("comparator", everyComparator);
            Map<String, Object> counted = GraphQL.post(query, Map.of("f", everyMatch)).statusCode(200)
                    .body("errors", nullValue()).extract().path("data.indicators");
            assertThat(stored).as("facets under %s", filter).isEqualTo(counted);
            assertThat((Integer) stored.get("totalCount")).as("indicators under %s", filter).isPositive();
        }
    }

    @Test
    void facetsAreAskedLikePagesAndGiveClearErrors() {
        GraphQL.post("{ measures(first: 0) { facets { leadDepartments(first: 2) { count } parks(first: 1) { count } } } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.measures.facets.leadDepartments.size()", equalTo(2))
                .body("data.measures.facets.parks.size()", equalTo(1));
        GraphQL.post("{ measures { facets { parks(first: 101) { count } } } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
        GraphQL.post("{ indicators { facets { years(first: -1) { count } } } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ measures(filter: {leadDepartment: \"无此部门\"}) { totalCount facets { leadDepartments { count } hasIndicator { count } } } }")
                .statusCode(200).body("errors", nullValue()).body("data.measures.totalCount", equalTo(0))
                .body("data.measures.facets.leadDepartments.size()", equalTo(0))
                .body("data.measures.facets.hasIndicator.size()", equalTo(0));
    }

    private interface Count {
        int of(Map<String, Object> narrowedFilter);
    }

    private static void checkMeasureFacets(JsonPath answer, String connection, Map<String, Object> filter, Count count) {
        int total = answer.getInt(connection + ".totalCount");
        assertThat(sum(answer.getList(connection + ".facets.documents"))).as("documents cover all").isEqualTo(total);
        assertThat(sum(answer.getList(connection + ".facets.hasIndicator"))).isEqualTo(total);
        int checked = 0;
        for (Narrowing n : MEASURE_NARROWINGS) {
            List<Map<String, Object>> values = answer.getList(connection + ".facets." + n.facet());
            assertMostFrequentFirst(values);
            for (int i = 0; i < Math.min(CHECKED_VALUES, values.size()); i++) {
                Object value = answer.get(connection + ".facets." + n.facet() + "[" + i + "]." + n.valuePath());
                Map<String, Object> narrowed = Map.of("AND", List.of(filter, Map.of(n.filterField(), value)));
                assertThat(values.get(i).get("count")).as("%s %s under %s", n.facet(), value, filter)
                        .isEqualTo(count.of(narrowed));
                checked++;
            }
        }
        assertThat(checked).as("values checked under %s", filter).isGreaterThan(3);
    }

    private static void assertMostFrequentFirst(List<Map<String, Object>> values) {
        List<Integer> counts = new ArrayList<>(values.stream().map(v -> (Integer) v.get("count")).toList());
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(counts).allMatch(c -> c > 0);
    }

    private static int sum(List<Map<String, Object>> facets) {
        return facets.stream().mapToInt(f -> (Integer) f.get("count")).sum();
    }
}
