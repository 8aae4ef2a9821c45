package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.graph.GraphWrites;
import org.policygraph.ingest.IngestWarning;

@Description("What ingestDocument did, or with dryRun would do.")
public class IngestReport {

    @NonNull
    public String documentId;

    @NonNull
    @Description("CREATED (new id), REPLACED (the text changed; the plan's parts were replaced) or UNCHANGED (same text: nothing written).")
    public IngestOutcome outcome;

    @Description("True when nothing was written.")
    public boolean dryRun;

    @NonNull
    @Description("Nodes the plan consists of, by label.")
    public List<@NonNull LabelCount> nodes;

    @NonNull
    @Description("Relationships it states, by type (HAS_PART, LEADS, SUPPORTS, CONCERNS ...).")
    public List<@NonNull LabelCount> relationships;

    @Description("Measures whose ids were already in the graph: replaced in place, ids kept.")
    public int measuresKept;

    @Description("Measures with new ids.")
    public int measuresAdded;

    @Description("Measures of the earlier version that are gone.")
    public int measuresRemoved;

    @NonNull
    @Description("What to look at: unknown departments, names the vocabulary does not match, lines that became no fact.")
    public List<@NonNull IngestNotice> warnings;

    @Description("The audit record; null for a dry run or an unchanged text.")
    public Change change;

    public static IngestReport of(GraphWrites.IngestResult result, List<IngestWarning> warnings) {
        IngestReport r = new IngestReport();
        r.documentId = result.documentId();
        r.outcome = IngestOutcome.valueOf(result.outcome().name());
        r.dryRun = result.dryRun();
        r.nodes = LabelCount.of(result.nodes());
        r.relationships = LabelCount.of(result.relationships());
        r.measuresKept = result.keptMeasures();
        r.measuresAdded = result.addedMeasures();
        r.measuresRemoved = result.removedMeasures();
        r.warnings = warnings.stream().map(IngestNotice::of).toList();
        r.change = Change.of(result.change());
        return r;
    }
}
