package org.policygraph.api;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.DocumentStatus;

@Type("Document")
@Description("A government plan (or a document a plan cites). Seeded plans carry their full hierarchy of sections and measures.")
public class Document {

    @Id
    @NonNull
    @Description("Stable id: \"001\"..\"004\" for the seeded plans.")
    public String id;

    @NonNull
    @Description("Title as printed.")
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

    static Document from(Map<String, Object> row) {
        Document d = new Document();
        d.id = (String) row.get("id");
        d.title = (String) row.get("title");
        d.docNumber = (String) row.get("docNumber");
        d.issuedOn = (String) row.get("issuedOn");
        Object status = row.get("status");
        d.status = status == null ? DocumentStatus.FINAL : DocumentStatus.valueOf((String) status);
        d.horizon = (String) row.get("horizon");
        return d;
    }
}
