package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MeasureOrder")
public class MeasureOrder {
    @NonNull
    public MeasureOrderField field;
    @DefaultValue("ASC")
    public OrderDirection direction = OrderDirection.ASC;
}
