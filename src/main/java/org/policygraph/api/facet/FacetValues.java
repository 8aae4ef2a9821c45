package org.policygraph.api.facet;

import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.Document;
import org.policygraph.api.schema.Initiative;
import org.policygraph.api.schema.Park;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;

/** The value-and-count pairs facets answer with, one type per kind of value (GraphQL has no generics). */
final class FacetValues {

    private FacetValues() {
    }

    /** A value and its count, once; each XFacet names its value's type, which the engine resolves for {@code value}. */
    public abstract static class Facet<V> {
        @NonNull public V value;
        @NonNull public int count;

        /** This facet holding {@code value} and {@code count}. */
        @SuppressWarnings("unchecked")
        <F extends Facet<V>> F of(V value, int count) {
            this.value = value;
            this.count = count;
            return (F) this;
        }
    }

    @Type("DepartmentFacet")
    @Description("A department and how many of the connection's items it has in this role.")
    public static class DepartmentFacet extends Facet<Department> {
    }

    @Type("DocumentFacet")
    @Description("A document and how many of the connection's items are in it.")
    public static class DocumentFacet extends Facet<Document> {
    }

    @Type("ParkFacet")
    @Description("A park and how many of the connection's measures concern it.")
    public static class ParkFacet extends Facet<Park> {
    }

    @Type("InitiativeFacet")
    @Description("An initiative and how many of the connection's measures advance it.")
    public static class InitiativeFacet extends Facet<Initiative> {
    }

    @Type("BooleanFacet")
    @Description("A yes/no value and how many of the connection's items have it.")
    public static class BooleanFacet extends Facet<Boolean> {
    }

    @Type("IntFacet")
    @Description("A number (e.g. a year) and how many of the connection's items have it.")
    public static class IntFacet extends Facet<Integer> {
    }

    @Type("StringFacet")
    @Description("A text value (e.g. a unit) and how many of the connection's items have it.")
    public static class StringFacet extends Facet<String> {
    }

    @Type("IndicatorKindFacet")
    @Description("An indicator kind and how many of the connection's indicators are of it.")
    public static class IndicatorKindFacet extends Facet<IndicatorKind> {
    }

    @Type("ComparatorFacet")
    @Description("A comparator and how many of the connection's indicators use it.")
    public static class ComparatorFacet extends Facet<TargetComparator> {
    }
}
