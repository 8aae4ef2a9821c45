package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.policygraph.read.plan.Page;
import org.policygraph.api.facet.FacetScope;

@Description("A page of Indicator items (Relay connection).")
public class IndicatorConnection extends Connection<Indicator, IndicatorEdge> {

    /** What the connection matched, for its facets (FacetFields); not in the schema. */
    @Ignore
    public FacetScope facetScope;

    public static IndicatorConnection of(Page page, List<Indicator> items, long total) {
        return new IndicatorConnection().fill(page, items, total, IndicatorEdge::new);
    }
}
