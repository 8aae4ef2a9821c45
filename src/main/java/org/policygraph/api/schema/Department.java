package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("Department")
@Description("A government body. 商务部 (Ministry of Commerce, national) and 市商务局 (Wuhan Municipal Commerce Bureau) are different bodies.")
public class Department extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Department:wh-commerce\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Department", id);
    }

    @NonNull
    @Description("Canonical short official name, e.g. 市商务局, 市发展改革委, 武汉海关, 商务部.")
    public String name;

    @NonNull
    @Description("Every other spelling seen in the texts (e.g. 商务局, 市发展和改革委员会), including curated OCR corrections.")
    public List<@NonNull String> aliases;

    @Description("NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT or ZONE (a development zone's 管委会, administrative committee).")
    public String level;

    @Description("The place the body is of (武汉市): its relative spellings (市商务局, 市政府) mean it only in plans of that "
            + "place. For a body found in a submitted plan (curated: false), the place of that plan. Null for a body "
            + "named absolutely (商务部, 湖北省人民政府) and for one found in a plan of unknown place.")
    public String place;

    @NonNull
    @Description("False for a body found in a submitted plan but not (yet) in the curated vocabulary: kept with its "
            + "roles and the quote it was read from until an editor merges it into a known body (mergeDepartment).")
    public boolean curated = true;

    public static Department from(Map<String, Object> row) {
        return Rows.fill(Department::new, row);
    }
}
