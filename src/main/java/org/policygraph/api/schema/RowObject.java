package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Ignore;

/** An object read from a row by {@link Rows#fill}, which keeps the row. */
public abstract class RowObject {

    /** The row it was read from (read.plan: by field name, with what the query selects under it); not in the schema. */
    @Ignore
    public Map<String, Object> row;
}
