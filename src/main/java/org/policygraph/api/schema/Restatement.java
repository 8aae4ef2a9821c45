package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Restatement")
@Description("A task-table row's link to the body text it restates.")
public class Restatement {
    @NonNull
    @Description("MEASURE or SECTION: what `targetId` names.")
    public SearchHitKind kind;
    @Id
    @NonNull
    public String targetId;
    @NonNull
    public Source source;

    public static Restatement from(Map<String, Object> row) {
        Restatement r = Rows.fill(Restatement::new, row);
        r.targetId = Rows.string(row, row.containsKey("targetId") ? "targetId" : "id");
        return r;
    }
}
