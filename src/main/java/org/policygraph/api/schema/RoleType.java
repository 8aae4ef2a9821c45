package org.policygraph.api.schema;

import org.eclipse.microprofile.graphql.Description;

@Description("A department's role on a measure or section.")
public enum RoleType {
    @Description("牵头 — leads.")
    LEADS,
    @Description("配合 — supports.")
    SUPPORTS,
    @Description("统筹协调 — coordinates.")
    COORDINATES
}
