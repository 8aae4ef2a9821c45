package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("DepartmentFilter")
public class DepartmentFilter {
    @Description("Name or any alias contains this substring.")
    public String nameContains;
    @Description("NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT or ZONE.")
    public String level;
    @Description("Only departments with a role (leads, supports, coordinates) in this document.")
    public String documentId;
}
