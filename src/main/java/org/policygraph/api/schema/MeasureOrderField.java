package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;

public enum MeasureOrderField {
    @Description("By the document's issue date, then document order: how a theme runs through the plans.")
    ISSUED_ON,
    @Description("By document id, then document order.")
    POSITION
}
