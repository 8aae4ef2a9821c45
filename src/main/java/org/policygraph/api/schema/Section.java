package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("Section")
@Description("A heading of a document's own hierarchy: 一、 (part), （一） (section), 专栏 (box), 表 (table), 附件 (annex).")
public class Section extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Section:001/二(一)\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Section", id);
    }

    @Description("The printed label, e.g. \"二、\", \"（三）\", \"专栏5\", \"表1\".")
    public String label;

    @Description("The heading text without its label.")
    public String title;

    @NonNull
    @Description("The section's own text (before its first sub-section or measure); may be empty.")
    public String text;

    @NonNull
    @Description("Where the section starts and its verbatim heading/text.")
    public Source source;

    @Ignore
    public String documentId;

    public static Section from(Map<String, Object> row) {
        return Rows.fill(Section::new, row);
    }
}
