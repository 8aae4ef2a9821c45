package org.policygraph.api.schema;

import org.policygraph.read.plan.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.graph.GraphWrites;

@Description("One entry of the audit trail: who changed what, when. Written in the same transaction as the change.")
public class Change implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Change:<uuid>\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Change", id);
    }

    @NonNull
    @Description("INGEST_DOCUMENT, RETRACT_DOCUMENT, ADD_DEPARTMENT_ALIAS or ADD_PARK_ALIAS.")
    public String kind;

    @NonNull
    @Description("The authenticated caller (token subject / user name), or cli:<user> for the ingest command.")
    public String actor;

    @NonNull
    @Description("When, ISO-8601 with offset.")
    public String at;

    @Description("The document concerned, if any.")
    public String documentId;

    @Description("The id of the node changed (document, department or park).")
    public String target;

    @Description("What changed, in words.")
    public String summary;

    public static Change from(java.util.Map<String, Object> row) {
        return Rows.fill(Change::new, row);
    }

    public static Change of(GraphWrites.ChangeRecord record) {
        if (record == null) {
            return null;
        }
        Change c = new Change();
        c.id = record.id();
        c.kind = record.kind();
        c.actor = record.actor();
        c.at = record.at();
        c.documentId = record.documentId();
        c.target = record.target();
        c.summary = record.summary();
        return c;
    }
}
