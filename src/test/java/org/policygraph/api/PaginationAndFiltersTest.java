package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.read.plan.Page;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class PaginationAndFiltersTest {

    @Test
    void walkingAllPagesVisitsEveryMeasureOnceAndMatchesTotalCount() {
        String query = """
                query Page($after: String) { measures(first: 37, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""";
        List<String> seen = new ArrayList<>();
        String after = null;
        int total = -1;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            var page = GraphQL.post(query, variables).statusCode(200).body("errors", nullValue()).extract();
            total = page.path("data.measures.totalCount");
            seen.addAll(page.path("data.measures.edges.node.id"));
            after = page.path("data.measures.pageInfo.hasNextPage") ? page.path("data.measures.pageInfo.endCursor") : null;
            pages++;
        } while (after != null && pages < 100);
        // 001: 16 body items + 90 table rows; 002: 17; 003: 40 annex rows; 004: 73 专栏 items + 33 lead-ins
        assertThat(total).isEqualTo(106 + 17 + 40 + 106);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((total + 36) / 37);
    }

    /**
     * The measures with an indicator and those without: each walk visits every one of its measures once, as many as
     * its totalCount (read from a stored list, not counted from the walk), each as the filter says, and the two add up
     * to all measures.
     */
    @Test
    void walkingTheMeasuresWithAndWithoutAnIndicatorMatchesTheirTotalCounts() {
        String query = """
                query Page($with: Boolean, $after: String) { measures(filter: {hasIndicator: $with}, first: 50, after: $after) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { id indicators { id } } } }""";
        int all = GraphQL.post("{ measures { totalCount } }").statusCode(200).extract().path("data.measures.totalCount");
        int walked = 0;
        for (boolean with : List.of(true, false)) {
            List<String> seen = new ArrayList<>();
            String after = null;
            int total;
            int pages = 0;
            do {
                Map<String, Object> variables = new HashMap<>();
                variables.put("with", with);
                variables.put("after", after);
                var page = GraphQL.post(query, variables).statusCode(200).body("errors", nullValue()).extract();
                total = page.path("data.measures.totalCount");
                seen.addAll(page.path("data.measures.nodes.id"));
                List<List<Object>> indicators = page.path("data.measures.nodes.indicators");
                assertThat(indicators).as("hasIndicator: " + with)
                        .allSatisfy(list -> assertThat(list.isEmpty()).isNotEqualTo(with));
                after = page.path("data.measures.pageInfo.hasNextPage")
                        ? page.path("data.measures.pageInfo.endCursor") : null;
                pages++;
            } while (after != null && pages < 100);
            assertThat(seen).as("hasIndicator: " + with).hasSize(total).doesNotHaveDuplicates();
            assertThat(total).as("hasIndicator: " + with).isPositive();
            walked += total;
        }
        assertThat(walked).isEqualTo(all);
    }

    @Test
    void aPageIsTheSameWhetherOrNotTheQueryAsksForTheCount() {
        // Without totalCount/pageInfo the service runs a cheaper, uncounted statement: same items, same order.
        String cursor = GraphQL.post("{ document(id: \"004\") { measures(first: 7) { pageInfo { endCursor } } } }")
                .extract().path("data.document.measures.pageInfo.endCursor");
        for (String owner : List.of("document(id: \"004\")", "department(name: \"市商务局\")")) {
            String field = owner.startsWith("document") ? "measures" : "leads";
            String counted = "{ " + owner + " { " + field + "(first: 9, after: \"" + cursor
                    + "\") { totalCount pageInfo { hasNextPage } nodes { id leads { name } document { id } } } } }";
            String uncounted = "{ " + owner + " { " + field + "(first: 9, after: \"" + cursor
                    + "\") { nodes { id leads { name } document { id } } } } }";
            String path = "data." + owner.substring(0, owner.indexOf('(')) + "." + field + ".nodes";
            List<Object> withCount = GraphQL.post(counted).body("errors", nullValue()).extract().path(path);
            List<Object> withoutCount = GraphQL.post(uncounted).body("errors", nullValue()).extract().path(path);
            assertThat(withoutCount).as(owner).isNotEmpty().isEqualTo(withCount);
        }
    }

    @Test
    void documentMeasuresAreInPrintedOrderAndCountPerDocument() {
        GraphQL.post("""
                { document(id: "003") { docNumber status issuedOn issuers { name }
                    implements { docNumber } measures(first: 3) { totalCount nodes { number timeline } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.document.docNumber", equalTo("武政〔2016〕33号"))
                .body("data.document.issuedOn", equalTo("2016-08-10"))
                .body("data.document.issuers.name", contains("武汉市人民政府"))
                .body("data.document.implements.docNumber", org.hamcrest.Matchers.containsInAnyOrder("国发〔2015〕8号", "国函〔2016〕40号"))
                .body("data.document.measures.totalCount", equalTo(40))
                .body("data.document.measures.nodes.number", contains("1", "2", "3"))
                .body("data.document.measures.nodes.timeline", contains("2016年上半年", "2017年启动", "2016年上半年启动"));
    }

    @Test
    void filtersCombineWithAndOrNot() {
        // 003 rows led by 市商务局 that 市贸促会 supports: 3, 5, 6, 8, 35 name it; row 27 spells it 市贸易促进局
        GraphQL.post("""
                { measures(filter: {AND: [{leadDepartment: "商务局"}, {supportingDepartment: "市贸促会"}]}, first: 20) {
                    nodes { id } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.measures.nodes.id", contains("Measure:003/附件-3", "Measure:003/附件-5", "Measure:003/附件-6", "Measure:003/附件-8",
                        "Measure:003/附件-27", "Measure:003/附件-35"));
        // rows 18 (市商务局 alone) and 7 (市经济和信息化委 alone) have no supporters; OR of two leads, NOT supported
        GraphQL.post("""
                { measures(filter: {OR: [{leadDepartment: "市商务局"}, {leadDepartment: "市经信委"}],
                                    NOT: {supportingDepartment: "市发展改革委"}, docNumber: "武政〔2016〕33号",
                                    textContains: "会展"}, first: 20) { nodes { id } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.measures.nodes.id", contains("Measure:003/附件-18"));
    }

    @Test
    void aPlanWithItsMeasuresIsTheSameInOneStatementAsInTwo() {
        // document(id) brings its measures page when the query selects it once without a filter, for a missing
        // plan too.
        for (String id : List.of("004", "001", "nope")) {
            assertTheSamePageWithAndWithoutTheParent("document(id: \"" + id + "\")", "title", "measures");
        }
        assertThat(GraphQL.post("{ document(id: \"004\") { measures(first: 3) { nodes { id } } } }").extract()
                .<List<String>>path("data.document.measures.nodes.id")).hasSize(3);
    }

    @Test
    void aDepartmentWithWhatItLeadsIsTheSameInOneStatementAsInTwo() {
        // department(name) brings its leads page, finding the department by canonical name or alias as the plain
        // lookup does.
        for (String name : List.of("市商务局", "商务局", "商务部", "no such department")) {
            assertTheSamePageWithAndWithoutTheParent("department(name: \"" + name + "\")", "id name", "leads");
        }
        assertThat(GraphQL.post("{ department(name: \"商务局\") { name leads(first: 3) { nodes { id } } } }").extract()
                .<List<String>>path("data.department.leads.nodes.id")).hasSize(3);
    }

    /**
     * The root field with its page in one statement, against the same page fetched on its own (a filter that keeps
     * everything turns the one-statement form off): the same answer, first page and after a cursor.
     */
    private static void assertTheSamePageWithAndWithoutTheParent(String root, String parentFields, String field) {
        String nodes = "{ totalCount pageInfo { hasNextPage endCursor } nodes { id number leads { name } document { id } } }";
        String rootName = root.substring(0, root.indexOf('('));
        for (String page : List.of("first: 9", "first: 9, after: \"cGc6MTc\"")) {
            var together = GraphQL.post("{ " + root + " { " + parentFields + " " + field + "(" + page + ") " + nodes + " } }")
                    .statusCode(200).body("errors", nullValue()).extract();
            var apart = GraphQL.post("{ " + root + " { " + parentFields + " " + field + "(filter: {}, " + page + ") "
                    + nodes + " } }").statusCode(200).body("errors", nullValue()).extract();
            assertThat(together.<Object>path("data." + rootName)).as(root + " " + page)
                    .isEqualTo(apart.path("data." + rootName));
        }
    }

    @Test
    void anInvalidPageUnderAPlanIsReportedAtItsOwnField() {
        GraphQL.post("{ document(id: \"004\") { title measures(first: 1000) { nodes { id } } } }").statusCode(200)
                .body("errors[0].path", contains("document", "measures"))
                .body("errors[0].extensions.code", equalTo("PAGE_SIZE_EXCEEDED"));
    }

    @Test
    void measuresWithoutAnyLeadAndWithIndicators() {
        var noLead = GraphQL.post("""
                { measures(filter: {documentId: "003", hasLead: false}) { totalCount } }""")
                .statusCode(200).body("errors", nullValue()).extract();
        assertThat((Integer) noLead.path("data.measures.totalCount")).isZero();
        GraphQL.post("""
                { measures(filter: {documentId: "002", hasIndicator: true}, first: 20) { totalCount
                    nodes { indicators { year } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.measures.nodes.indicators.flatten().size()", org.hamcrest.Matchers.greaterThan(30));
    }

    @Test
    void indicatorFiltersByYearRangeKindAndName() {
        var response = GraphQL.post("""
                { indicators(filter: {yearFrom: 2016, yearTo: 2017, kind: [GROWTH_RATE], documentId: "003"},
                             orderBy: [{field: YEAR}], first: 50) {
                    totalCount nodes { year kind name unit } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.indicators.nodes.kind", everyItem(equalTo("GROWTH_RATE")))
                .body("data.indicators.nodes.unit", everyItem(equalTo("%")));
        List<Integer> years = response.extract().path("data.indicators.nodes.year");
        assertThat(years).isNotEmpty().isSorted().allMatch(y -> y == 2016 || y == 2017);
        // 003 二(一)… 服务外包: "2016年,服务外包离岸合同执行额达到8亿美元,同比增长25%"
        GraphQL.post("""
                { indicators(filter: {nameContains: "服务外包离岸合同执行额", year: 2016}) { nodes { value unit comparator } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.indicators.nodes.unit", org.hamcrest.Matchers.hasItem("亿美元"));
    }

    @Test
    void aKindAndYearFilterGivesTheSameIndicatorsInTheSameOrderAsFilteringTheWholeList() {
        // This filter shape runs its own statement (plan/indicator-page-by-kind-and-year: the total from the stored
        // counts, the page merged from each kind and year's first rows); the unfiltered list runs the general one.
        // Both must agree, page by page, and every page's totalCount must equal the pages walked.
        List<Map<String, Object>> all = indicatorPages("");
        List<String> expected = all.stream()
                .filter(i -> List.of("LEVEL", "GROWTH_RATE").contains(i.get("kind")))
                .filter(i -> i.get("year") != null && (Integer) i.get("year") >= 2020 && (Integer) i.get("year") <= 2027)
                .map(i -> (String) i.get("id")).toList();
        List<String> filtered = indicatorPages("filter: {kind: [LEVEL, GROWTH_RATE], yearFrom: 2020, yearTo: 2027}, ")
                .stream().map(i -> (String) i.get("id")).toList();
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(filtered).isEqualTo(expected);
    }

    @Test
    void theRootMeasureListGivesTheSameMeasuresInTheSameOrderWhicheverStatementServesIt() {
        // In the default order the list is read from the measures' page keys (plan/measure-page-keyed), and with a
        // filter naming a department, park or initiative from that parent's keys (plan/measure-page-by-parents);
        // the same order spelled out (orderBy) is served by a sort over every match. Page by page, they must agree.
        String spelledOut = "orderBy: [{field: ISSUED_ON, direction: ASC}], ";
        for (String filter : List.of("", "filter: {leadDepartment: \"市商务局\"}, ",
                "filter: {leadDepartment: \"商务局\", textContains: \"服务\"}, ",
                "filter: {supportingDepartment: \"市财政局\"}, ", "filter: {park: \"东湖高新区\"}, ",
                "filter: {initiative: \"设计之都\"}, ", "filter: {leadDepartment: \"没有这个部门\"}, ")) {
            List<String> keyed = measurePages(filter);
            List<String> sorted = measurePages(filter + spelledOut);
            assertThat(keyed).as(filter).isEqualTo(sorted).doesNotHaveDuplicates();
            if (!filter.contains("没有")) {
                assertThat(keyed).as(filter).isNotEmpty();
            }
        }
    }

    /** The ids of every measure the arguments select, walking pages of 7 with the API's cursors. */
    private static List<String> measurePages(String arguments) {
        return pages("measures", arguments, "id").stream().map(m -> (String) m.get("id")).toList();
    }

    /** Every indicator the arguments select, walking pages of 7 (so the filtered walk spans several pages). */
    private static List<Map<String, Object>> indicatorPages(String arguments) {
        return pages("indicators", arguments, "id kind year");
    }

    /**
     * Every node of the root connection {@code field} that the arguments select, walking pages of 7 with the API's
     * cursors; the nodes walked must be as many as each page's totalCount says.
     */
    private static List<Map<String, Object>> pages(String field, String arguments, String nodeFields) {
        String query = "query($after: String) { " + field + "(" + arguments + "first: 7, after: $after) {"
                + " totalCount pageInfo { hasNextPage endCursor } nodes { " + nodeFields + " } } }";
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        int total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            var page = GraphQL.post(query, variables).statusCode(200).body("errors", nullValue()).extract();
            total = page.path("data." + field + ".totalCount");
            seen.addAll(page.path("data." + field + ".nodes"));
            after = page.path("data." + field + ".pageInfo.hasNextPage")
                    ? page.path("data." + field + ".pageInfo.endCursor") : null;
        } while (after != null && seen.size() < 5000);
        assertThat(seen).as(field + "(" + arguments + ")").hasSize(total);
        return seen;
    }

    @Test
    void cursorsAreOpaqueAndStable() {
        var first = GraphQL.post("{ parks(first: 5) { edges { cursor node { id } } pageInfo { endCursor } } }")
                .statusCode(200).extract();
        var second = GraphQL.post("{ parks(first: 5) { edges { cursor node { id } } } }").statusCode(200).extract();
        assertThat(first.<List<String>>path("data.parks.edges.cursor"))
                .isEqualTo(second.path("data.parks.edges.cursor"));
        String end = first.path("data.parks.pageInfo.endCursor");
        List<String> next = GraphQL.post("query($a: String) { parks(first: 5, after: $a) { nodes { id } } }",
                Map.of("a", end)).statusCode(200).extract().path("data.parks.nodes.id");
        assertThat(new HashSet<>(next)).doesNotContainAnyElementsOf(first.path("data.parks.edges.node.id"));
    }
}
