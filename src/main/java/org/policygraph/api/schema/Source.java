package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Provenance of a fact: the document, where in it, and the verbatim text that states it.")
public class Source {

    @Ignore
    public String documentId;

    @NonNull
    @Description("Where in the document, e.g. \"附件-12\" (annex table row 12), \"二(一)4\" (part 二, section (一), item 4), \"专栏5-2\" (box 5, item 2).")
    public String location;

    @NonNull
    @Description("The exact text of the source that states the fact, verbatim (OCR noise and line breaks included).")
    public String quote;

    /** Its part of a row read by read.plan (e.g. its {@code document}), or null; not in the schema. */
    @Ignore
    public Map<String, Object> row;

    public Source() {
    }

    Source(String documentId, String location, String quote) {
        this.documentId = documentId;
        this.location = location == null ? "" : location;
        this.quote = quote == null ? "" : quote;
    }
}
