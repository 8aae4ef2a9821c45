package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GenericActorRole")
@Description("A role a generic actor holds on a measure or a section, with the text that states it (e.g. the 责任单位 "
        + "cell \"各区人民政府\", or \"由市人民政府主要负责同志领衔\"). Kept apart from `DepartmentRole`, whose department is "
        + "always one body.")
public class GenericActorRole {

    @NonNull
    public GenericActor actor;

    @NonNull
    public RoleType role;

    @Description("The measure the role is on; null when it is on a section.")
    public Measure measure;

    @Description("The section the role is on; null when it is on a measure.")
    public Section section;

    @NonNull
    public Document document;

    @NonNull
    @Description("Where and how the plan states the role: a table cell, a note such as （责任单位：…）, or a sentence.")
    public Source source;

    public static GenericActorRole from(Map<String, Object> row) {
        return Rows.fill(GenericActorRole::new, row);
    }
}
