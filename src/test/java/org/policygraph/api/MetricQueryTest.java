package org.policygraph.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Metrics on the seeded graph: one quantity followed across plans, target against actual by year. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class MetricQueryTest {

    private static final String SERIES = """
            id name aliases kind
            series { year role period value unit
                     indicator { id name periodFrom periodTo document { id } source { quote } metric { id } } }
            """;

    @Test
    void aMetricInTwoPlansGivesTheActualOfOneAndTheTargetsOfBoth() {
        // 004 reports service outsourcing grew 年均 20%+ over 十三五 and targets 10%+ a year to 2025;
        // 002 (2023) targets 服务外包规模 年均 10%+ to 2027: the same quantity under another name (metrics.tsv)
        GraphQL.post("query($n: String!) { metric(name: $n) { " + SERIES + " } }",
                        java.util.Map.of("n", "服务外包规模"))
                .statusCode(200).body("errors", nullValue())
                .body("data.metric.id", equalTo("Metric:service-outsourcing-growth"))
                .body("data.metric.kind", equalTo("GROWTH_RATE"))
                .body("data.metric.series.year", contains(2020, 2025, 2027))
                .body("data.metric.series.role", contains("ACTUAL", "TARGET", "TARGET"))
                .body("data.metric.series.period", everyItem(equalTo("AVERAGE_ANNUAL_GROWTH")))
                .body("data.metric.series.value", contains(20.0f, 10.0f, 10.0f))
                .body("data.metric.series.indicator.document.id", contains("Document:004", "Document:004", "Document:002"))
                .body("data.metric.series[0].indicator.periodFrom", equalTo(2016))
                .body("data.metric.series[0].indicator.periodTo", equalTo(2020))
                .body("data.metric.series[2].indicator.source.quote", equalTo("服务外包规模年均增长 10%以上"))
                .body("data.metric.series.indicator.metric.id", everyItem(equalTo("Metric:service-outsourcing-growth")));
    }

    @Test
    void anAliasFindsTheMetricAndItsSeriesIsOrderedByYear() {
        GraphQL.post("{ metric(name: \"社零额\") { " + SERIES + " } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.metric.name", equalTo("社会消费品零售总额"))
                .body("data.metric.aliases", hasItem("社零额"))
                .body("data.metric.series.year", contains(2015, 2019, 2020, 2020))
                .body("data.metric.series.role", everyItem(equalTo("ACTUAL")))
                .body("data.metric.series.value", hasItems(5102.2f, 7449.64f, 6149.84f))
                .body("data.metric.series.indicator.source.quote", everyItem(notNullValue()))
                .body("data.metric.series.indicator.name", hasItems("社会消费品零售总额", "社零额"));
    }

    @Test
    void aYearlyTargetAndACumulativeActualOfOneQuantityKeepTheirPeriods() {
        GraphQL.post("{ metric(name: \"展会节事数量\") { series { year role period value indicator { periodFrom } } } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.metric.series.year", contains(2020, 2020, 2025))
                .body("data.metric.series.period", contains("CUMULATIVE", "YEAR", "YEAR"))
                .body("data.metric.series.value", contains(3347.0f, 338.0f, 1000.0f))
                .body("data.metric.series.role", contains("ACTUAL", "ACTUAL", "TARGET"));
    }

    @Test
    void metricsListsEveryCuratedMetricByName() {
        GraphQL.post("{ metrics { id name } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.metrics.id", hasItems("Metric:retail-sales", "Metric:retail-sales-growth", "Metric:service-outsourcing-growth"))
                .body("data.metrics.size()", equalTo(20));
    }

    @Test
    void unknownMetricIsNullAndAnIndicatorOfNoMetricHasNone() {
        GraphQL.post("{ metric(name: \"没有这个指标\") { id } }")
                .statusCode(200).body("errors", nullValue()).body("data.metric", nullValue());
        GraphQL.post("{ indicators(filter: {documentId: \"002\"}, first: 50) { edges { node { name role period metric { id } } } } }")
                .statusCode(200).body("errors", nullValue())
                .body("data.indicators.edges.node.find { it.name == '中欧班列年开行量' }.metric", nullValue())
                .body("data.indicators.edges.node.find { it.name == '中欧班列年开行量' }.role", equalTo("TARGET"))
                .body("data.indicators.edges.node.find { it.name == '吸引海外人才' }.period", equalTo("YEAR"));
    }
}
