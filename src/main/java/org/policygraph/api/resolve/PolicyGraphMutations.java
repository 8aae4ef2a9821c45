package org.policygraph.api.resolve;

import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.policygraph.api.ApiErrors;
import org.policygraph.read.plan.Filters;
import org.policygraph.api.schema.AliasReport;
import org.policygraph.api.schema.Change;
import org.policygraph.api.schema.DocumentInput;
import org.policygraph.read.plan.GlobalId;
import org.policygraph.api.schema.IngestReport;
import org.policygraph.api.schema.MergeReport;
import org.policygraph.api.schema.RetractReport;
import org.policygraph.edit.Editing;
import org.policygraph.graph.GraphUnavailableException;
import org.policygraph.graph.GraphWrites;
import org.policygraph.graph.WriteRejectedException;
import org.policygraph.ingest.ParserFailure;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SubmittedDocument;
import org.policygraph.security.AccessPolicy;

/**
 * The write path: every mutation needs role editor (the HTTP layer refuses others before execution; each method
 * checks again) and is recorded as a {@link Change}. Failures write nothing and come back with a code.
 */
@GraphQLApi
public class PolicyGraphMutations {

    private static final Logger LOG = Logger.getLogger(PolicyGraphMutations.class);

    static final int MAX_ALIAS_LENGTH = 40;
    static final int MAX_CHANGES = 100;

    @Inject
    Editing editing;

    @Inject
    AccessPolicy accessPolicy;

    @Inject
    SecurityIdentity identity;

    @Mutation
    @Description("Parses a plan's text into sections, measures, roles, parks and indicators, each with its verbatim source, and writes it in one transaction (replacing an earlier version under the same id; the same text again is a no-op). dryRun: report what would be written, write nothing. Needs role editor.")
    public @NonNull IngestReport ingestDocument(@NonNull @Description("The plan's full text, UTF-8 (as extracted from the PDF).") String source,
                                                @NonNull DocumentInput metadata,
                                                @DefaultValue("false") boolean dryRun) throws GraphQLException {
        String actor = requireEditor();
        SubmittedDocument submitted = new SubmittedDocument(metadata.id, metadata.layout, metadata.title,
                metadata.docNumber, metadata.issuedOn, metadata.status == null ? null : metadata.status.name(),
                metadata.horizon, metadata.issuers, source, "source", "metadata", metadata.place);
        try {
            Editing.Ingested ingested = editing.ingest(submitted, actor, dryRun);
            return IngestReport.of(ingested.result(), ingested.warnings());
        } catch (ParserFailure e) {
            LOG.errorf(e.getCause(), "ingestDocument %s: %s", metadata.id, e.getMessage());
            throw new ApiErrors.ParserFailed(e.getMessage());
        } catch (SeedException e) {
            throw new ApiErrors.InvalidDocument(e.getMessage());
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    @Mutation
    @Description("Removes a plan added by ingestDocument, with all its parts. Seeded plans are managed in graph-seed/. Needs role editor.")
    public @NonNull RetractReport retractDocument(@NonNull @Id String id) throws GraphQLException {
        String actor = requireEditor();
        return written(() -> RetractReport.of(editing.retract(GlobalId.key("Document", id), actor)));
    }

    @Mutation
    @Description("Adds a spelling under which a department is found (by department(name:) and by later ingests). department: its id, name or an alias. Needs role editor.")
    public @NonNull AliasReport addDepartmentAlias(@NonNull String department, @NonNull String alias)
            throws GraphQLException {
        return addAlias(GraphWrites.AliasOwner.DEPARTMENT, department, alias);
    }

    @Mutation
    @Description("Adds a spelling under which a park or zone is found (by park(name:) and by later ingests). park: its id, name or an alias. Needs role editor.")
    public @NonNull AliasReport addParkAlias(@NonNull String park, @NonNull String alias) throws GraphQLException {
        return addAlias(GraphWrites.AliasOwner.PARK, park, alias);
    }

    @Mutation
    @Description("Merges a department found in a submitted plan but not in the vocabulary (curated: false) into a known "
            + "one: its roles move over with their quotes, the spellings it was found under become aliases of the "
            + "target, the node goes; audited. from, into: id, name or alias. Needs role editor.")
    public @NonNull MergeReport mergeDepartment(@NonNull String from, @NonNull String into) throws GraphQLException {
        String actor = requireEditor();
        Filters.text("from", from);
        Filters.text("into", into);
        return written(() -> MergeReport.of(editing.mergeDepartment(GlobalId.key("Department", from.strip()),
                GlobalId.key("Department", into.strip()), actor)));
    }

    @Query
    @Description("The audit trail of the write path, newest first; optionally of one document. Needs role editor.")
    public @NonNull List<@NonNull Change> changes(String documentId, @DefaultValue("20") int first)
            throws GraphQLException {
        requireEditor();
        if (first < 0 || first > MAX_CHANGES) {
            throw new ApiErrors.PageSizeExceeded("first must be between 0 and " + MAX_CHANGES);
        }
        return written(() -> editing.changes(GlobalId.key("Document", documentId), first).stream().map(Change::of)
                .toList());
    }

    private AliasReport addAlias(GraphWrites.AliasOwner owner, String ownerName, String alias)
            throws GraphQLException {
        String actor = requireEditor();
        String spelling = alias.strip();
        if (spelling.length() < 2 || spelling.length() > MAX_ALIAS_LENGTH
                || !spelling.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || "()（）·-".indexOf(cp) >= 0)) {
            throw new ApiErrors.BadUserInput("alias must be 2-" + MAX_ALIAS_LENGTH + " letters or digits (brackets, "
                    + "· and - allowed), as the plans print the name");
        }
        Filters.text(owner == GraphWrites.AliasOwner.PARK ? "park" : "department", ownerName);
        return written(() -> AliasReport.of(editing.addAlias(owner,
                GlobalId.key(owner == GraphWrites.AliasOwner.PARK ? "Park" : "Department", ownerName.strip()),
                spelling, actor)));
    }

    /** @return the actor's name for the audit trail */
    private String requireEditor() throws GraphQLException {
        return requireEditor(accessPolicy, identity);
    }

    /** UNAUTHENTICATED or FORBIDDEN unless the caller has role editor; also for editors-only reads. */
    static String requireEditor(AccessPolicy accessPolicy, SecurityIdentity identity) throws GraphQLException {
        var denial = accessPolicy.check(identity, true);
        if (denial.isPresent()) {
            String message = AccessPolicy.message(denial.get(), identity, true);
            throw denial.get() == AccessPolicy.Denial.UNAUTHENTICATED ? new ApiErrors.Unauthenticated(message)
                    : new ApiErrors.Forbidden(message);
        }
        return AccessPolicy.actor(identity);
    }

    /** The write's result, or its failure as the API's error. */
    private static <T> T written(Supplier<T> write) throws GraphQLException {
        try {
            return write.get();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(RuntimeException e) throws GraphQLException {
        if (e instanceof WriteRejectedException rejected) {
            throw switch (rejected.reason()) {
                case NOT_FOUND -> new ApiErrors.NotFound(rejected.getMessage());
                case CONFLICT -> new ApiErrors.Conflict(rejected.getMessage());
                case SEEDED_DOCUMENT -> new ApiErrors.SeededDocument(rejected.getMessage());
            };
        }
        if (e instanceof GraphUnavailableException) {
            throw new ApiErrors.DatabaseUnavailable();
        }
        return e;
    }
}
