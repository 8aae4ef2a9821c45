package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("A full-text match: a measure or a section, scored by relevance.")
public class SearchHit extends RowObject {
    @NonNull
    @Description("Relevance; higher is better. Hits come in descending score.")
    public double score;
    @NonNull
    public SearchHitKind kind;
    @Id
    @NonNull
    @Description("Id of the matched measure or section.")
    public String id;
    @NonNull
    @Description("About 80 characters of the text around the first occurrence of the search text (or its first matching pair of characters), with 【】 around the match; … marks cut text.")
    public String snippet;
    @Ignore
    public String documentId;
    /** The matched node as the search returned it (exposed through the `measure` / `section` fields). */
    @Ignore
    public Measure matchedMeasure;
    @Ignore
    public Section matchedSection;

    /** A hit as read.plan reads it: score, kind, id, snippet, and what the query selects of the matched node. */
    public static SearchHit from(Map<String, Object> row) {
        SearchHit hit = Rows.fill(SearchHit::new, row);
        hit.matchedMeasure = Measure.from(Rows.map(row, "measure"));
        hit.matchedSection = Section.from(Rows.map(row, "section"));
        return hit;
    }
}
