package org.policygraph.api.facet;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.api.facet.FacetValues.BooleanFacet;
import org.policygraph.api.facet.FacetValues.DepartmentFacet;
import org.policygraph.api.facet.FacetValues.DocumentFacet;
import org.policygraph.api.facet.FacetValues.InitiativeFacet;
import org.policygraph.api.facet.FacetValues.ParkFacet;

/**
 * The facet counts of one measure connection, as its one facet statement returned them (each group already cut to
 * the largest {@code first} the query asks of it; the fields are in {@link FacetFields}).
 */
@Type("MeasureFacets")
@Description("Counts per value over all the measures the connection matches (its filter, every page): what a filter "
        + "sidebar shows. Each count equals the connection's totalCount with that value added to the filter. Most "
        + "frequent first, then by name; computed only when selected.")
public class MeasureFacets {
    List<DepartmentFacet> leadDepartments;
    List<DepartmentFacet> supportingDepartments;
    List<DocumentFacet> documents;
    List<ParkFacet> parks;
    List<InitiativeFacet> initiatives;
    List<BooleanFacet> hasIndicator;
}
