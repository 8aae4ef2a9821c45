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

    @Type("DepartmentFacet")
    @Description("A department and how many of the connection's items it has in this role.")
    public static class DepartmentFacet {
        @NonNull public Department value;
        @NonNull public int count;

        DepartmentFacet(Department value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("DocumentFacet")
    @Description("A document and how many of the connection's items are in it.")
    public static class DocumentFacet {
        @NonNull public Document value;
        @NonNull public int count;

        DocumentFacet(Document value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("ParkFacet")
    @Description("A park and how many of the connection's measures concern it.")
    public static class ParkFacet {
        @NonNull public Park value;
        @NonNull public int count;

        ParkFacet(Park value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("InitiativeFacet")
    @Description("An initiative and how many of the connection's measures advance it.")
    public static class InitiativeFacet {
        @NonNull public Initiative value;
        @NonNull public int count;

        InitiativeFacet(Initiative value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("BooleanFacet")
    @Description("A yes/no value and how many of the connection's items have it.")
    public static class BooleanFacet {
        @NonNull public boolean value;
        @NonNull public int count;

        BooleanFacet(Boolean value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("IntFacet")
    @Description("A number (e.g. a year) and how many of the connection's items have it.")
    public static class IntFacet {
        @NonNull public int value;
        @NonNull public int count;

        IntFacet(Integer value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("StringFacet")
    @Description("A text value (e.g. a unit) and how many of the connection's items have it.")
    public static class StringFacet {
        @NonNull public String value;
        @NonNull public int count;

        StringFacet(String value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("IndicatorKindFacet")
    @Description("An indicator kind and how many of the connection's indicators are of it.")
    public static class IndicatorKindFacet {
        @NonNull public IndicatorKind value;
        @NonNull public int count;

        IndicatorKindFacet(IndicatorKind value, int count) {
            this.value = value;
            this.count = count;
        }
    }

    @Type("ComparatorFacet")
    @Description("A comparator and how many of the connection's indicators use it.")
    public static class ComparatorFacet {
        @NonNull public TargetComparator value;
        @NonNull public int count;

        ComparatorFacet(TargetComparator value, int count) {
            this.value = value;
            this.count = count;
        }
    }
}
