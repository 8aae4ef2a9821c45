package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MeasureFilter")
@Description("Conditions on measures; all given fields must hold. Names accept canonical names or any alias; an unknown name matches nothing.")
public class MeasureFilter {
    @Description("Only measures of this document.")
    public String documentId;
    @Description("Only measures of the document with this 文号 (document number), e.g. 武政〔2016〕33号.")
    public String docNumber;
    @Description("Led (牵头) by this department.")
    public String leadDepartment;
    @Description("Supported (配合) by this department.")
    public String supportingDepartment;
    @Description("Coordinated (统筹协调) by this department.")
    public String coordinatingDepartment;
    @Description("Concerning this park or zone (name or alias, e.g. 东湖新技术开发区 for 光谷).")
    public String park;
    @Description("Advancing this initiative (name or alias).")
    public String initiative;
    @Description("Text or title contains this exact substring.")
    public String textContains;
    @Description("true: states at least one indicator; false: states none.")
    public Boolean hasIndicator;
    @Description("true: has at least one lead department; false: has none.")
    public Boolean hasLead;
    @Description("All of these filters hold.")
    public List<MeasureFilter> AND;
    @Description("At least one of these filters holds.")
    public List<MeasureFilter> OR;
    @Description("This filter does not hold.")
    public MeasureFilter NOT;
}
