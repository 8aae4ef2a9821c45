package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.IndicatorKind;
import org.policygraph.read.plan.GlobalId;

@Type("Metric")
@Description("A quantity followed across plans, e.g. 社会消费品零售总额 (alias 社零额): every indicator of it, target "
        + "against actual by year, in `series`. Curated in graph-seed/vocabulary/metrics.tsv; a growth rate of a "
        + "quantity is a metric of its own.")
public class Metric extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Metric:retail-sales\" (the key is the id column of graph-seed/vocabulary/metrics.tsv).")
    public String getId() {
        return GlobalId.of("Metric", id);
    }

    @NonNull
    @Description("Canonical name.")
    public String name;

    @NonNull
    @Description("Other names plans use for it.")
    public List<@NonNull String> aliases;

    @NonNull
    @Description("What its indicators measure: LEVEL, GROWTH_RATE, SHARE, COUNT or RANK.")
    public IndicatorKind kind;

    public static Metric from(Map<String, Object> row) {
        return Rows.fill(Metric::new, row);
    }
}
