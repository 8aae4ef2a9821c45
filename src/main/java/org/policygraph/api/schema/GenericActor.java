package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("GenericActor")
@Description("An actor a plan names that is no one body: a collective (各区人民政府, all district governments), an "
        + "unspecified set (各相关部门, all relevant departments), an industry body (行业协会) or a post (市政府分管领导, the "
        + "city leader in charge). It holds roles like a department, each with its quote, but is never merged into one; "
        + "its roles on a measure or section are that object's `genericActorRoles`.")
public class GenericActor extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"GenericActor:generic-1a2b3c4d5e6f\"; the part after the colon is the key that "
            + "arguments also accept alone.")
    public String getId() {
        return GlobalId.of("GenericActor", id);
    }

    @NonNull
    @Description("The phrase as printed, e.g. 各区人民政府.")
    public String name;

    @NonNull
    public GenericActorKind kind;

    @Description("Curation note: where the phrase occurs and why it names no one body; for a phrase recognised from its "
            + "parts, which parts.")
    public String note;

    @NonNull
    @Description("False for a phrase a submitted plan prints that no list holds, recognised from its parts "
            + "(graph-seed/vocabulary/generic-actor-parts.tsv: 区级相关部门, 各街道办事处); true for the listed phrases "
            + "(not-departments.tsv).")
    public boolean curated = true;

    public static GenericActor from(Map<String, Object> row) {
        return Rows.fill(GenericActor::new, row);
    }
}
