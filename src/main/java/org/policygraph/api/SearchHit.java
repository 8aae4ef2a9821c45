package org.policygraph.api;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.neo4j.driver.Record;

@Type("SearchHit")
@Description("A full-text match: a measure or a section, scored by relevance.")
public class SearchHit {
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

    /** A row of read/search: the matched node as the statement returned it, and a snippet around the match. */
    static SearchHit from(Record r, FullTextQuery query) {
        Map<String, Object> item = r.get("item").asMap();
        SearchHit hit = new SearchHit();
        hit.score = r.get("score").asDouble();
        hit.kind = SearchHitKind.valueOf(r.get("kind").asString());
        hit.id = Rows.string(item, "id");
        hit.documentId = Rows.string(item, "documentId");
        if (hit.kind == SearchHitKind.MEASURE) {
            hit.matchedMeasure = Measure.from(item);
        } else {
            hit.matchedSection = Section.from(item);
        }
        String title = Rows.string(item, "title");
        String body = item.get("text") == null ? "" : item.get("text").toString();
        hit.snippet = query.snippet(title == null || body.contains(title) ? body : title + "。" + body);
        return hit;
    }
}
