package org.policygraph.read.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.api.schema.MeasureFilter;

/**
 * Which root measure filters are counted from their parent's stored count (plan/measure-page-by-parents): only one
 * that names one parent and asks nothing else. Any other field, including one added later, must send the count to
 * the measures themselves; a stored count that ignored a condition would be a wrong totalCount.
 */
class MeasureFilterCountTest {

    private static final Set<String> PARENTS = Set.of("leadDepartment", "supportingDepartment",
            "coordinatingDepartment", "park", "initiative");

    @Test
    void aFilterNamingOneParentAndNothingElseIsCountedFromTheStoredCount() throws Exception {
        for (String name : PARENTS) {
            MeasureFilter filter = new MeasureFilter();
            MeasureFilter.class.getField(name).set(filter, "x");
            assertThat(Filters.onlyNamesParents(filter)).as(name).isTrue();
            assertThat(Filters.measureParents(filter, new org.policygraph.graph.CypherParams())).as(name).isNotNull();
        }
        assertThat(Filters.onlyNamesParents(null)).isFalse();
        assertThat(Filters.onlyNamesParents(new MeasureFilter())).isFalse();
        MeasureFilter two = new MeasureFilter();
        two.leadDepartment = "x";
        two.park = "y";
        assertThat(Filters.onlyNamesParents(two)).as("two parents: each reaches measures the other may not").isFalse();
    }

    @Test
    void everyOtherFieldOfTheFilterIsCountedOnTheMeasures() throws Exception {
        List<Field> others = Arrays.stream(MeasureFilter.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !PARENTS.contains(f.getName())).toList();
        assertThat(others).as("the filter's other fields").isNotEmpty();
        for (Field field : others) {
            MeasureFilter filter = new MeasureFilter();
            filter.leadDepartment = "x";
            field.set(filter, someValue(field));
            assertThat(Filters.onlyNamesParents(filter)).as(field.getName()).isFalse();
        }
    }

    /** A non-null value of the field's type: the filter then asks for something. */
    private static Object someValue(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return "x";
        }
        if (type == Boolean.class) {
            return true;
        }
        if (type == List.class) {
            return List.of(new MeasureFilter());
        }
        if (type == MeasureFilter.class) {
            return new MeasureFilter();
        }
        throw new AssertionError("a field of a type this test does not know: " + field);
    }
}
