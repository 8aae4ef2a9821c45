package org.policygraph.api.resolve;

import org.policygraph.api.Filters;
import org.policygraph.api.schema.Indicator;
import org.policygraph.api.schema.Metric;
import org.policygraph.api.schema.MetricPoint;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Metrics: the queries, a metric's series and an indicator's metric, all read by the plan (read.plan). */
@GraphQLApi
public class MetricFields {

    @Inject
    PlannedReads reads;

    @Query
    @Description("A metric by its name or an alias (社零额 = 社会消费品零售总额); null if unknown. A spelling that is "
            + "the name of one metric wins over an alias of another.")
    public CompletionStage<Metric> metric(@NonNull String name) throws GraphQLException {
        Filters.text("name", name);
        return reads.one(Metric::from);
    }

    @Query
    @Description("All metrics, by name.")
    public CompletionStage<@NonNull List<@NonNull Metric>> metrics() throws GraphQLException {
        return reads.list(Metric::from);
    }

    @Name("series")
    @Description("Every indicator of the metric across all plans, ordered by year (undated last), actuals before "
            + "baselines before targets, then by the plan's issue date.")
    public List<@NonNull List<@NonNull MetricPoint>> series(@Source List<Metric> metrics) throws GraphQLException {
        return reads.lists(metrics, m -> m.row, m -> m.id, MetricPoint::from);
    }

    @Name("metric")
    @Description("The metric this indicator measures, where the curated metrics name it.")
    public List<Metric> indicatorMetric(@Source List<Indicator> indicators) throws GraphQLException {
        return reads.ones(indicators, i -> i.row, i -> i.id, Metric::from);
    }
}
