package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.read.plan.GlobalId;

@Type("Initiative")
@Description("A named programme that recurs across plans, e.g. 设计之都 (City of Design), 中欧班列 (China–Europe Railway Express).")
public class Initiative extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Initiative:design-capital\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Initiative", id);
    }

    @NonNull
    public String name;

    @NonNull
    @Description("Other names the texts use for it.")
    public List<@NonNull String> aliases;

    public static Initiative from(Map<String, Object> row) {
        return Rows.fill(Initiative::new, row);
    }
}
