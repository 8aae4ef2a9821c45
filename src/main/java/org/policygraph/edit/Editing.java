package org.policygraph.edit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.graph.GraphWrites;
import org.policygraph.ingest.IngestWarning;
import org.policygraph.ingest.SeedReader;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.SubmittedDocument;

/**
 * The write path, shared by the GraphQL mutations and the ingest command: read and validate the submitted text
 * against the curated vocabulary plus editors' aliases, then hand the records to {@link GraphWrites}, which writes
 * them in one transaction with their audit record. Authorisation is the caller's job (the API checks role editor;
 * the command runs with the operator's database credentials).
 */
@ApplicationScoped
public class Editing {

    /** What an ingest did, with the warnings the editor should read. */
    public record Ingested(GraphWrites.IngestResult result, List<IngestWarning> warnings) {
    }

    @Inject
    GraphWrites writes;

    @Inject
    PolicyGraphConfig config;

    private SeedReader reader;

    /**
     * @throws org.policygraph.ingest.SeedException when the metadata or text is not acceptable (nothing written)
     * @throws org.policygraph.graph.WriteRejectedException when the graph's state forbids it (nothing written)
     */
    public Ingested ingest(SubmittedDocument submitted, String actor, boolean dryRun) {
        return write(check(submitted), actor, dryRun);
    }

    /** Reads and validates a submission without touching the graph beyond reading editors' aliases. */
    public SeedReader.Submission check(SubmittedDocument submitted) {
        return reader().readSubmitted(submitted, writes.editorAliases());
    }

    public Ingested write(SeedReader.Submission submission, String actor, boolean dryRun) {
        return new Ingested(writes.ingest(submission.bundle(), actor, dryRun), submission.warnings());
    }

    public GraphWrites.RetractResult retract(String documentId, String actor) {
        return writes.retract(documentId, actor);
    }

    public GraphWrites.AliasResult addAlias(GraphWrites.AliasOwner owner, String ownerName, String alias,
                                            String actor) {
        return writes.addAlias(owner, ownerName, alias, actor);
    }

    public GraphWrites.MergeResult mergeDepartment(String from, String into, String actor) {
        return writes.mergeDepartment(from, into, actor);
    }

    public List<GraphWrites.ChangeRecord> changes(String documentId, int first) {
        return writes.changes(documentId, first);
    }

    /** The curated vocabulary and corrections are read once; editors' aliases are read from the graph every time. */
    private synchronized SeedReader reader() {
        if (reader == null) {
            reader = new SeedReader(SeedSource.configured(config.seed().directory()));
        }
        return reader;
    }
}
