package org.policygraph.api.resolve;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.policygraph.api.Filters;
import org.policygraph.api.schema.GenericActor;
import org.policygraph.api.schema.GenericActorKind;
import org.policygraph.api.schema.GenericActorRole;
import org.policygraph.api.schema.Measure;
import org.policygraph.api.schema.Section;

/**
 * Generic actors (各区人民政府, 各相关部门, 市政府分管领导 …) in the API: the root fields that find them and the fields that
 * reach their roles from a measure or a section. Their roles are a list of their own ({@code genericActorRoles}),
 * beside the departments' {@code roles}, so that {@code DepartmentRole.department} stays one body. Read like every
 * other field, from the shapes (read.shape) through {@link PlannedReads}.
 */
@GraphQLApi
public class GenericActorFields {

    @Inject
    PlannedReads reads;

    @Query
    @Description("A generic actor by the phrase a plan prints (各区人民政府, 各相关部门, 市政府分管领导 …); null if unknown.")
    public CompletionStage<GenericActor> genericActor(@NonNull String name) throws GraphQLException {
        Filters.text("name", name);
        return reads.one(GenericActor::from);
    }

    @Query
    @Description("Generic actors, optionally of one kind, by name. They are the phrases of the curated vocabulary "
            + "(graph-seed/vocabulary/not-departments.tsv), so the list stays short.")
    public CompletionStage<@NonNull List<@NonNull GenericActor>> genericActors(GenericActorKind kind) throws GraphQLException {
        return reads.list(GenericActor::from);
    }

    @Name("genericActorRoles")
    @Description("Roles generic actors (各区人民政府, 各相关部门, 行业协会, 市政府分管领导 …) hold on the measure, with the text "
            + "that states them; departments' roles are in `roles`.")
    public List<@NonNull List<@NonNull GenericActorRole>> measureGenericActorRoles(@Source List<Measure> measures)
            throws GraphQLException {
        return reads.lists(measures, m -> m.row, m -> m.id, GenericActorRole::from);
    }

    @Name("genericActorRoles")
    @Description("Roles generic actors hold for the whole section (e.g. 由市人民政府主要负责同志领衔 in a 保障措施 chapter), "
            + "with the text that states them; departments' roles are in `roles`.")
    public List<@NonNull List<@NonNull GenericActorRole>> sectionGenericActorRoles(@Source List<Section> sections)
            throws GraphQLException {
        return reads.lists(sections, s -> s.row, s -> s.id, GenericActorRole::from);
    }

    @Name("roles")
    @Description("Every role the actor holds, on measures and on sections, across all plans, by document then "
            + "document order.")
    public List<@NonNull List<@NonNull GenericActorRole>> actorRoles(@Source List<GenericActor> actors)
            throws GraphQLException {
        return reads.lists(actors, a -> a.row, a -> a.id, GenericActorRole::from);
    }
}
