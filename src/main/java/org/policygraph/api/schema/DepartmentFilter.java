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
    @Description("Only bodies of this place or of a place within it (天津市 lists 天津市河北区's too): curated bodies bound "
            + "to it and bodies found in its plans. A chain of place units (武汉市, 天津市河北区); anything else is refused.")
    public String place;
}
