package org.policygraph.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Metrics: the queries, a metric's series and an indicator's metric (each batched: one statement per field). */
@GraphQLApi
public class MetricFields {

    @Inject
    GraphQueries graph;

    @Query
    @Description("A metric by its name or an alias (社零额 = 社会消费品零售总额); null if unknown. A spelling that is "
            + "the name of one metric wins over an alias of another.")
    public Metric metric(@NonNull String name) throws GraphQLException {
        var rows = graph.rows("read/metric-by-name", Map.of("name", Filters.text("name", name)));
        return rows.isEmpty() ? null : Metric.from(rows.get(0).get("item").asMap());
    }

    @Query
    @Description("All metrics, by name.")
    public @NonNull List<@NonNull Metric> metrics() throws GraphQLException {
        return graph.rows("read/metrics-all", Map.of()).stream().map(r -> Metric.from(r.get("item").asMap())).toList();
    }

    @Name("series")
    @Description("Every indicator of the metric across all plans, ordered by year (undated last), actuals before "
            + "baselines before targets, then by the plan's issue date.")
    public List<@NonNull List<@NonNull MetricPoint>> series(@Source List<Metric> metrics) throws GraphQLException {
        return graph.listsPerParent("read/metric-series", metrics.stream().map(m -> m.id).toList(), Map.of(),
                row -> MetricPoint.of(Indicator.from(row)));
    }

    @Name("metric")
    @Description("The metric this indicator measures, where the curated metrics name it.")
    public List<Metric> indicatorMetric(@Source List<Indicator> indicators) throws GraphQLException {
        return graph.onePerId("read/indicator-metrics", indicators.stream().map(i -> i.id).toList(), "metric",
                Metric::from);
    }
}
