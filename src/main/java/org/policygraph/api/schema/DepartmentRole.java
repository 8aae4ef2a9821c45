package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DepartmentRole")
@Description("Who does what on a measure, with the text that says so (e.g. the 负责部门 cell \"市商务局牵头，市发展改革委等配合\").")
public class DepartmentRole {

    @NonNull
    public Department department;

    @NonNull
    public RoleType role;

    @NonNull
    public Source source;

    public static DepartmentRole from(Map<String, Object> row) {
        return Rows.fill(DepartmentRole::new, row);
    }
}
