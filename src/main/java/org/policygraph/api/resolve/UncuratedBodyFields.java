package org.policygraph.api.resolve;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.policygraph.api.schema.Department;
import org.policygraph.api.schema.Park;
import org.policygraph.api.schema.Rows;
import org.policygraph.api.schema.Source;

/**
 * The provenance of bodies a submitted plan named that the curated vocabulary lacks (Department and Park with
 * {@code curated: false}): the document, location and quote they were first read from. Curated bodies come from
 * graph-seed/vocabulary and have no quote of their own, so theirs is null. Read from the shapes like every field.
 */
@GraphQLApi
public class UncuratedBodyFields {

    @Inject
    PlannedReads reads;

    @Name("source")
    @Description("For a department found in a submitted plan but not in the vocabulary (curated: false): the document, "
            + "location and verbatim text it was first read from; null for a curated department.")
    public List<Source> departmentSource(@org.eclipse.microprofile.graphql.Source List<Department> departments)
            throws GraphQLException {
        return reads.ones(departments, d -> d.row, d -> d.id, UncuratedBodyFields::source);
    }

    @Name("source")
    @Description("For a park or zone found in a submitted plan but not in the vocabulary (curated: false): the "
            + "document, location and verbatim text it was first read from; null for a curated park.")
    public List<Source> parkSource(@org.eclipse.microprofile.graphql.Source List<Park> parks) throws GraphQLException {
        return reads.ones(parks, p -> p.row, p -> p.id, UncuratedBodyFields::source);
    }

    private static Source source(Map<String, Object> read) {
        return Rows.source(Map.of("source", read));
    }
}
