package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;

/** The kinds graph-seed/vocabulary/not-departments.tsv gives its phrases (ingest.VocabularyReader checks them). */
@Description("What kind of collective, unspecified set or post a generic actor is.")
public enum GenericActorKind {
    @Description("A set of departments, e.g. 各相关部门 (all relevant departments), 市人民政府各部门.")
    DEPARTMENTS,
    @Description("District (or county) governments collectively, e.g. 各区人民政府, 属地区政府.")
    DISTRICT_GOVERNMENTS,
    @Description("Local governments below or beside the district, e.g. 各街道 (sub-district offices), 地方政府.")
    LOCAL_GOVERNMENTS,
    @Description("A leading post, not a body, e.g. 市政府分管领导 (the city leader in charge), 市人民政府主要负责同志 (the mayor).")
    LEADERSHIP,
    @Description("Industry associations, e.g. 行业协会.")
    ASSOCIATIONS,
    @Description("Enterprises collectively.")
    ENTERPRISES
}
