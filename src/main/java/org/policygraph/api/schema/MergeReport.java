package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.graph.GraphWrites;

@Description("The result of mergeDepartment.")
public class MergeReport {

    @NonNull
    @Description("Id of the uncurated department that was merged away.")
    public String fromId;

    @NonNull
    public String fromName;

    @NonNull
    @Description("The department it was merged into.")
    public Department into;

    @Description("Roles (LEADS, SUPPORTS, COORDINATES) moved to the target.")
    public int rolesMoved;

    @NonNull
    @Description("Spellings added to the target's aliases.")
    public List<@NonNull String> aliasesAdded;

    @NonNull
    @Description("The audit record.")
    public Change change;

    public static MergeReport of(GraphWrites.MergeResult result) {
        MergeReport r = new MergeReport();
        r.fromId = result.fromId();
        r.fromName = result.fromName();
        Department d = new Department();
        d.id = result.intoId();
        d.name = result.intoName();
        d.aliases = List.of();
        r.into = d;
        r.rolesMoved = (int) result.rolesMoved();
        r.aliasesAdded = result.aliasesAdded();
        r.change = Change.of(result.change());
        return r;
    }
}
