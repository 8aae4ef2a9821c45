package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Responsibility")
@Description("One role a department holds, on a measure (a task) or on a section (e.g. the coordination a plan's "
        + "组织实施 chapter assigns), with the document and the text that states it.")
public class Responsibility {

    @NonNull
    public RoleType role;

    @NonNull
    public Department department;

    @Description("The measure the role is on; null when it is on a section.")
    public Measure measure;

    @Description("The section the role is on; null when it is on a measure.")
    public Section section;

    @NonNull
    public Document document;

    @NonNull
    @Description("Where and how the plan states the role: a table cell, a note such as （牵头单位：…）, or a sentence.")
    public Source source;

    public static Responsibility from(Map<String, Object> row) {
        Responsibility r = Rows.fill(Responsibility::new, row);
        r.document = Document.from(Rows.map(row, "doc"));
        return r;
    }
}
