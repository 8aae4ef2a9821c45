package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("Park")
@Description("A park, development zone or platform, e.g. 光谷 (Optics Valley, a.k.a. 东湖新技术开发区), 车谷, 综合保税区 (comprehensive bonded zone).")
public class Park extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Park:optics-valley\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Park", id);
    }

    @NonNull
    @Description("Canonical name.")
    public String name;

    @NonNull
    @Description("Other names the texts use for it.")
    public List<@NonNull String> aliases;

    @NonNull
    @Description("False for a park or zone a submitted plan names that the curated vocabulary lacks (…开发区, …园区, "
            + "…综合保税区, …片区): kept with the measures naming it and the quote it was first read from (`source`).")
    public boolean curated = true;

    @Description("The place the park is of, for one found in a submitted plan (curated: false): that plan's place (its "
            + "relative name, 开发区, means that place's). Null for a curated park and for one found in a plan of unknown place.")
    public String place;

    public static Park from(Map<String, Object> row) {
        return Rows.fill(Park::new, row);
    }
}
