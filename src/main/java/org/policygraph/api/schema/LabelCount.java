package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many nodes of a label (or relationships of a type).")
public class LabelCount {

    @NonNull
    public String label;

    public int count;

    public static List<LabelCount> of(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> {
            LabelCount c = new LabelCount();
            c.label = e.getKey();
            c.count = e.getValue();
            return c;
        }).toList();
    }
}
