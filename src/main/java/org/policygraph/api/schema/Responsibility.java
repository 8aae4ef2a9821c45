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

    @SuppressWarnings("unchecked")
    public static Responsibility from(Map<String, Object> row) {
        Responsibility r = new Responsibility();
        r.role = RoleType.valueOf(Rows.string(row, "role"));
        r.department = Department.from((Map<String, Object>) row.get("department"));
        r.measure = Measure.from((Map<String, Object>) row.get("measure"));
        r.section = Section.from((Map<String, Object>) row.get("section"));
        r.document = Document.from((Map<String, Object>) row.get("doc"));
        r.source = Rows.source(row);
        return r;
    }
}
