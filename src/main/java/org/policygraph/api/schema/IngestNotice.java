package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.policygraph.ingest.IngestWarning;

@Name("IngestWarning")
@Description("Part of the text that did not become facts, or a name the vocabulary does not know.")
public class IngestNotice {

    @NonNull
    public IngestWarningKind kind;

    @Description("1-based line of the source text, when the warning is about one place.")
    public Integer line;

    @NonNull
    public String message;

    public static IngestNotice of(IngestWarning warning) {
        IngestNotice n = new IngestNotice();
        n.kind = IngestWarningKind.valueOf(warning.kind().name());
        n.line = warning.line();
        n.message = warning.message();
        return n;
    }
}
