package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.graph.GraphWrites;

@Description("The result of addDepartmentAlias / addParkAlias.")
public class AliasReport {

    @NonNull
    @Description("Id of the department or park.")
    public String id;

    @NonNull
    @Description("Its canonical name.")
    public String name;

    @NonNull
    public String alias;

    @Description("False when it already had this alias (nothing written).")
    public boolean added;

    @Description("The audit record; null when nothing was written.")
    public Change change;

    public static AliasReport of(GraphWrites.AliasResult result) {
        AliasReport r = new AliasReport();
        r.id = result.ownerId();
        r.name = result.ownerName();
        r.alias = result.alias();
        r.added = result.change() != null;
        r.change = Change.of(result.change());
        return r;
    }
}
