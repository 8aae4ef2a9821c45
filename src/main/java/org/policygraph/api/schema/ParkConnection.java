package org.policygraph.api.schema;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.policygraph.read.plan.Page;

@Description("A page of Park items (Relay connection).")
public class ParkConnection extends Connection<Park, ParkEdge> {

    public static ParkConnection of(Page page, List<Park> items, long total) {
        return new ParkConnection().fill(page, items, total, ParkEdge::new);
    }
}
