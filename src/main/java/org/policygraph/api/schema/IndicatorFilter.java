package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

@Input("IndicatorFilter")
@Description("Conditions on indicators; all given fields must hold.")
public class IndicatorFilter {
    public String documentId;
    @Description("Exactly this target/baseline year.")
    public Integer year;
    @Description("Year at least this.")
    public Integer yearFrom;
    @Description("Year at most this.")
    public Integer yearTo;
    @Description("Any of these kinds.")
    public List<IndicatorKind> kind;
    @Description("Any of these comparators (ACTUAL for reported baselines).")
    public List<TargetComparator> comparator;
    @Description("Name contains this exact substring.")
    public String nameContains;
    @Description("Exactly this unit, e.g. \"%\", \"亿元\".")
    public String unit;
    @Description("Only aspirational (力争) or only firm targets.")
    public Boolean aspirational;
}
