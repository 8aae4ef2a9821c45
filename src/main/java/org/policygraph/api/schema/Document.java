package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.DocumentStatus;
import org.policygraph.read.plan.GlobalId;

@Type("Document")
@Description("A government plan, or a document a plan cites (external: only its number and title are known).")
public class Document extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Document:003\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Document", id);
    }

    @NonNull
    @Description("Title as printed (for a cited document known only by its number: that number).")
    public String title;

    @Description("文号 — the official document number, e.g. 武政〔2016〕33号, where the text gives one.")
    public String docNumber;

    @Description("Issue date as precise as the text allows: YYYY-MM-DD or YYYY-MM.")
    public String issuedOn;

    @NonNull
    @Description("FINAL for issued plans, DRAFT for a 征求意见稿 (consultation draft).")
    public DocumentStatus status;

    @Description("The year the plan's targets run to, where the text states one.")
    public String horizon;

    @Description("The plan's place (jurisdiction), e.g. 武汉市, 天津市河北区: given with the plan, else its issuer's, else the "
            + "one its title begins with; null when unknown (and for a cited document). Relative names the plan prints "
            + "(市商务局, 市政府) mean the bodies of this place.")
    public String place;

    @NonNull
    @Description("True for a document that is only cited by a seeded plan; its text is not in the graph.")
    public boolean external;

    @NonNull
    @Description("True for a plan added through ingestDocument, which retractDocument can remove; false for the seeded plans (changed only in graph-seed/) and for cited documents.")
    public boolean ingested;

    public static Document from(Map<String, Object> row) {
        return Rows.fill(Document::new, row);
    }
}
