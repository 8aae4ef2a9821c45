package org.policygraph.api.schema;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Initiative")
@Description("A named programme that recurs across plans, e.g. 设计之都 (City of Design), 中欧班列 (China–Europe Railway Express).")
public class Initiative implements Node {

    /** The stored key (the node's {@code id} property); the GraphQL {@code id} is {@link #getId()}. */
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


    /** The row it was read from (read.plan: by field name, with what the query selects under it); not in the schema. */
    @Ignore
    public Map<String, Object> row;

    public static Initiative from(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        Initiative i = Rows.fill(new Initiative(), row);
        i.row = row;
        return i;
    }
}
