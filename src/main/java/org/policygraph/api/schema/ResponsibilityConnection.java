package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.policygraph.read.plan.Page;

@Description("A page of Responsibility items (Relay connection).")
public class ResponsibilityConnection extends Connection<Responsibility, ResponsibilityEdge> {

    public static ResponsibilityConnection of(Page page, List<Responsibility> items, long total) {
        return new ResponsibilityConnection().fill(page, items, total, ResponsibilityEdge::new);
    }
}
