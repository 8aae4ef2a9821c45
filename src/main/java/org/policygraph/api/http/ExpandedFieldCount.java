package org.policygraph.api.http;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields an operation selects once every fragment spread is replaced by its fragment — the number the
 * engine's complexity limit measures (each field counts 1) — computed without expanding anything: each fragment is
 * counted once and remembered.
 *
 * <p>Why: a few hundred bytes can spread fragments into each other so that the expansion has 2^30 fields (a
 * "fragment bomb": {@code fragment F0 on Query { ...F1 ...F1 } fragment F1 on Query { ...F2 ...F2 } ...}). The
 * engine's depth and complexity checks walk the expansion and would run for hours; this count takes microseconds.
 * Spreads of unknown fragments and fragment cycles count 0 here: validation reports them.
 */
final class ExpandedFieldCount {

    /** Far above any limit, far below overflow. */
    private static final long SATURATED = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> counted = new HashMap<>();

    private ExpandedFieldCount(Document document) {
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    static long of(Document document, OperationDefinition operation) {
        return new ExpandedFieldCount(document).count(operation.getSelectionSet());
    }

    private long count(SelectionSet selectionSet) {
        long total = 0;
        if (selectionSet == null) {
            return total;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            long count = 0;
            if (selection instanceof Field field) {
                count = 1 + count(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                count = count(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread) {
                count = countFragment(spread.getName());
            }
            total = Math.min(SATURATED, total + count);
        }
        return total;
    }

    private long countFragment(String name) {
        Long known = counted.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null) {
            return 0;
        }
        counted.put(name, 0L); // while counting it: a spread of itself (a cycle) counts 0
        long count = count(fragment.getSelectionSet());
        counted.put(name, count);
        return count;
    }
}
