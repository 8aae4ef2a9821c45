package org.policygraph.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.policygraph.config.PolicyGraphConfig;
import org.policygraph.graph.GraphUnavailableException;
import org.policygraph.graph.WriteRejectedException;
import org.policygraph.ingest.IngestWarning;
import org.policygraph.ingest.ParserFailure;
import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedReader;
import org.policygraph.ingest.SubmissionCatalog;
import org.policygraph.ingest.SubmittedDocument;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * The ingest as a batch command ({@code bin/ingest}): with {@code policy-graph.ingest.catalog} set, the application
 * submits the plans that TSV lists, prints a report per plan and exits — 0 when all were written (or, with
 * {@code policy-graph.ingest.dry-run}, would be), 1 otherwise. Every text is read and checked before the first write;
 * each plan is then written in its own transaction, recorded with actor {@code cli:<user>}. It talks to Neo4j with
 * the service's database credentials: whoever may run it may write.
 */
@ApplicationScoped
public class IngestCommand {

    private static final Logger LOG = Logger.getLogger(IngestCommand.class);

    @Inject
    PolicyGraphConfig config;

    @Inject
    Editing editing;

    @Inject
    org.neo4j.driver.Driver driver;

    void onStart(@Observes StartupEvent event) {
        config.ingest().catalog().filter(path -> !path.isBlank()).ifPresent(path -> Quarkus.asyncExit(run(Path.of(path))));
    }

    /** @return the exit code */
    int run(Path catalogFile) {
        String who = config.ingest().actor().filter(a -> !a.isBlank())
                .orElse("cli:" + System.getProperty("user.name", "unknown"));
        boolean dryRun = config.ingest().dryRun();
        try {
            List<SubmittedDocument> documents = SubmissionCatalog.read(catalogFile);
            if (!dryRun) {
                // An operator's command, not a request: it may meet a database no release Job has migrated yet.
                org.policygraph.graph.GraphSchema.apply(driver);
            }
            List<SeedReader.Submission> checked = new ArrayList<>();
            for (SubmittedDocument document : documents) {
                checked.add(editing.check(document));
            }
            for (int i = 0; i < documents.size(); i++) {
                Editing.Ingested ingested = editing.write(checked.get(i), who, dryRun);
                var result = ingested.result();
                LOG.infof("%s: %s%s — nodes %s, relationships %s, measures kept %d, added %d, removed %d",
                        result.documentId(), result.outcome(), dryRun ? " (dry run, nothing written)" : "",
                        result.nodes(), result.relationships(), result.keptMeasures(), result.addedMeasures(),
                        result.removedMeasures());
                for (IngestWarning warning : ingested.warnings()) {
                    LOG.warnf("%s: %s%s: %s", result.documentId(), warning.kind(),
                            warning.line() == null ? "" : " line " + warning.line(), warning.message());
                }
            }
            return 0;
        } catch (ParserFailure e) {
            LOG.errorf(e.getCause(), "ingest failed, nothing written: %s", e.getMessage());
        } catch (SeedException e) {
            LOG.errorf("ingest refused, nothing written: %s", e.getMessage());
        } catch (WriteRejectedException e) {
            LOG.errorf("ingest refused (%s): %s", e.reason(), e.getMessage());
        } catch (GraphUnavailableException e) {
            LOG.errorf("ingest stopped: Neo4j is unavailable (%s)", e.getCause().getMessage());
        }
        return 1;
    }
}
