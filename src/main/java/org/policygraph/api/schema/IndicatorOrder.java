package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IndicatorOrder")
public class IndicatorOrder {
    @NonNull
    public IndicatorOrderField field;
    @DefaultValue("ASC")
    public OrderDirection direction = OrderDirection.ASC;
}
