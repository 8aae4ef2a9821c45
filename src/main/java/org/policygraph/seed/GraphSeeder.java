package org.policygraph.seed;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.policygraph.graph.GraphSchema;
import org.policygraph.graph.SeedWriter;
import org.policygraph.ingest.SeedReader;
import org.policygraph.model.DocumentBundle;

/**
 * Loads graph-seed into Neo4j: schema first, then the vocabulary, then each document in its own transaction.
 * Every document is read and validated before anything is written, so a broken seed file writes nothing.
 */
public final class GraphSeeder {

    /** What a load did: documents written, documents already up to date, and the parser's warnings. */
    public record Report(List<String> written, List<String> unchanged, List<String> warnings) {
        @Override
        public String toString() {
            return "written " + written + ", unchanged " + unchanged + ", " + warnings.size() + " warnings";
        }
    }

    private final Driver driver;
    private final SeedReader reader;

    public GraphSeeder(Driver driver, SeedReader reader) {
        this.driver = driver;
        this.reader = reader;
    }

    public Report load() {
        List<DocumentBundle> bundles = reader.readAll();
        GraphSchema.apply(driver);
        SeedWriter writer = new SeedWriter(driver);
        writer.writeVocabulary(reader.vocabulary());
        writer.writeMetrics(reader.metrics().metrics());
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (DocumentBundle bundle : bundles) {
            SeedWriter.Outcome outcome = writer.write(bundle);
            (outcome.written() ? written : unchanged).add(outcome.documentId());
            bundle.warnings().forEach(w -> warnings.add(bundle.document().id() + ": " + w));
        }
        return new Report(written, unchanged, warnings);
    }
}
