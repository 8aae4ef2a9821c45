package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.model.DocumentStatus;

@Input("DocumentInput")
@Description("What the text alone does not say reliably: the plan's id, layout and printed metadata (as in graph-seed/documents.tsv).")
public class DocumentInput {

    @NonNull
    @Description("New document id: 1-40 letters, digits, '-' or '_'. It prefixes the ids of the plan's parts; re-ingesting under the same id replaces the plan.")
    public String id;

    @NonNull
    @Description("How the text is numbered: 'outline' for any plan with 一、/（一）/1. parts; or one of the seeded layouts (moc-pilot-2022, service-trade-2025, wuhan-gov-2016, commerce-14th-fyp).")
    public String layout;

    @NonNull
    @Description("The plan's title as printed in the text (spaces may differ).")
    public String title;

    @Description("The issuing notice's number as printed, e.g. 武政〔2016〕33号; unique across plans.")
    public String docNumber;

    @Description("Date of issue, YYYY-MM-DD or YYYY-MM.")
    public String issuedOn;

    @Description("FINAL (default) or DRAFT (征求意见稿).")
    public DocumentStatus status;

    @Description("The year the plan's targets run to, e.g. \"2027\".")
    public String horizon;

    @Description("Issuing bodies, by department id, name or alias.")
    public List<@NonNull String> issuers;

    @Description("The plan's place (jurisdiction), e.g. 武汉市, 连云港市, 天津市河北区. Optional: without it the place is the "
            + "first issuer's (a curated body of a place) or the one the title begins with (连云港市2021年…), else unknown. "
            + "Relative names a plan prints (市商务局, 市政府) mean the bodies of its place only.")
    public String place;
}
