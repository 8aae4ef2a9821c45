package org.policygraph.graph;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code {{PROPERTIES}}} slot of {@code read/measures-nested-page*} and {@code read/search}: which properties of
 * a matched measure (or section) the statement returns. Fixed property names, never user input.
 */
public final class MeasureProperties {

    /** Every property the API maps (api.Measure, api.Section). */
    public static final String ALL = ".id, .documentId, .number, .list, .label, .title, .text, .timeline, .location, .quote";

    /** Per API field of a measure, the properties it is made of. */
    private static final Map<String, String> BY_FIELD = Map.of(
            "id", ".id", "number", ".number", "list", ".list", "title", ".title", "text", ".text",
            "timeline", ".timeline", "source", ".documentId, .location, .quote");

    private MeasureProperties() {
    }

    /**
     * The properties behind the given API fields (unknown names add nothing), after {@code always}: what a result
     * needs whatever is selected (an id to key it, the text a search snippet is cut from).
     */
    public static String of(Collection<String> fields, String... always) {
        Set<String> properties = new LinkedHashSet<>(List.of(always));
        for (String field : fields) {
            String fragment = BY_FIELD.get(field);
            if (fragment != null) {
                properties.addAll(List.of(fragment.split(", ")));
            }
        }
        return String.join(", ", properties);
    }
}
