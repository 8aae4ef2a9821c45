package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRole;

@Type("MetricPoint")
@Description("One indicator of a metric: its year, whether it is a target or an actual, its value; the indicator "
        + "gives the document and the verbatim quote.")
public class MetricPoint {

    @Description("The indicator's year (end of its period for CUMULATIVE and AVERAGE_ANNUAL_GROWTH).")
    public Integer year;

    @NonNull
    public IndicatorRole role;

    @NonNull
    @Description("What time the value covers (a yearly value, a period total, an average annual growth).")
    public IndicatorPeriod period;

    public Double value;

    public Double valueMax;

    public String unit;

    @NonNull
    public Indicator indicator;

    public static MetricPoint from(Map<String, Object> row) {
        return Rows.fill(MetricPoint::new, row);
    }
}
