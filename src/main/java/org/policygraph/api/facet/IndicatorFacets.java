package org.policygraph.api.facet;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.api.facet.FacetValues.ComparatorFacet;
import org.policygraph.api.facet.FacetValues.DocumentFacet;
import org.policygraph.api.facet.FacetValues.IndicatorKindFacet;
import org.policygraph.api.facet.FacetValues.IntFacet;
import org.policygraph.api.facet.FacetValues.StringFacet;

/** The facet counts of one indicator connection (fields in {@link FacetFields}). */
@Type("IndicatorFacets")
@Description("Counts per value over all the indicators the connection matches (its filter, every page). Each count "
        + "equals the connection's totalCount with that value added to the filter. Most frequent first, then by value; "
        + "computed only when selected.")
public class IndicatorFacets {
    List<IntFacet> years;
    List<IndicatorKindFacet> kinds;
    List<ComparatorFacet> comparators;
    List<StringFacet> units;
    List<DocumentFacet> documents;
}
