package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.policygraph.read.plan.Page;
import org.policygraph.api.facet.FacetScope;

@Description("A page of Measure items (Relay connection).")
public class MeasureConnection extends Connection<Measure, MeasureEdge> {

    /** What the connection matched, for its facets (FacetFields); not in the schema. */
    @Ignore
    public FacetScope facetScope;

    public static MeasureConnection of(Page page, List<Measure> items, long total) {
        // Measures read in key order carry their key: their cursors continue by key (plan/measure-page-keyed).
        return new MeasureConnection().fill(page, items, total, MeasureEdge::new,
                i -> Page.cursor(page.skip() + i, items.get(i).pageKey));
    }
}
