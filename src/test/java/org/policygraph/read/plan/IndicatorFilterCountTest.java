package org.policygraph.read.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.api.schema.IndicatorFilter;
import org.policygraph.model.IndicatorKind;

/**
 * Which indicator filters are counted from the stored counts per kind and year (IndicatorCount): only those that ask
 * nothing else. Any other field, including one added later, must send the count to the indicators themselves;
 * a stored count that ignored a condition would be a wrong totalCount.
 */
class IndicatorFilterCountTest {

    private static final Set<String> KIND_AND_YEAR = Set.of("kind", "year", "yearFrom", "yearTo");

    @Test
    void noFilterAndFiltersByKindAndYearAreCountedFromTheStoredCounts() {
        assertThat(Filters.indicatorsCountedByKindAndYear(null)).isTrue();
        assertThat(Filters.indicatorsCountedByKindAndYear(new IndicatorFilter())).isTrue();
        IndicatorFilter byKindAndYears = new IndicatorFilter();
        byKindAndYears.kind = List.of(IndicatorKind.values()[0]);
        byKindAndYears.yearFrom = 2026;
        byKindAndYears.yearTo = 2030;
        byKindAndYears.year = 2027;
        assertThat(Filters.indicatorsCountedByKindAndYear(byKindAndYears)).isTrue();
    }

    @Test
    void everyOtherFieldOfTheFilterIsCountedOnTheIndicators() throws Exception {
        List<Field> others = Arrays.stream(IndicatorFilter.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && !KIND_AND_YEAR.contains(f.getName())).toList();
        assertThat(others).as("the filter's other fields").isNotEmpty();
        for (Field field : others) {
            IndicatorFilter filter = new IndicatorFilter();
            field.set(filter, someValue(field));
            assertThat(Filters.indicatorsCountedByKindAndYear(filter)).as(field.getName()).isFalse();
        }
    }

    /** A non-empty value of the field's type: the filter then asks for something. */
    private static Object someValue(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return "x";
        }
        if (type == Integer.class) {
            return 1;
        }
        if (type == Boolean.class) {
            return true;
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            return List.of(element.isEnum() ? element.getEnumConstants()[0] : "x");
        }
        throw new AssertionError("a field of a type this test does not know: " + field);
    }
}
