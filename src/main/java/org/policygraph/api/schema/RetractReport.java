package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.graph.GraphWrites;

@Description("What retractDocument removed.")
public class RetractReport {

    @NonNull
    public String documentId;

    @NonNull
    @Description("Nodes removed, by label.")
    public List<@NonNull LabelCount> removed;

    @Description("CITES/IMPLEMENTS relationships from other documents that pointed at it (removed with it).")
    public int incomingReferences;

    @NonNull
    public Change change;

    public static RetractReport of(GraphWrites.RetractResult result) {
        RetractReport r = new RetractReport();
        r.documentId = result.documentId();
        r.removed = LabelCount.of(result.removed());
        r.incomingReferences = result.incomingReferences();
        r.change = Change.of(result.change());
        return r;
    }
}
