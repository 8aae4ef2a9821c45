package org.policygraph.ingest;

import java.util.List;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;

/** A plan's text read as an editor submits it (layout outline, the real vocabulary), and what it links. */
final class SubmittedPlans {

    private SubmittedPlans() {
    }

    /** The bundle the ingest would write for {@code text} submitted as document {@code documentId}. */
    static DocumentBundle read(String documentId, String title, String text) {
        return submit(documentId, title, text).bundle();
    }

    /** What the ingest makes of {@code text}: the bundle it would write and the warnings the editor gets. */
    static SeedReader.Submission submit(String documentId, String title, String text) {
        return new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(
                SubmittedDocumentTest.submission(documentId, "outline", title, text), EditorAliases.none());
    }

    /** As {@link #read(String, String, String)}, for a plan issued on {@code issuedOn} with horizon year {@code horizon}. */
    static DocumentBundle read(String documentId, String title, String text, String issuedOn, String horizon) {
        return new SeedReader(SeedSource.directory(RealSeed.ROOT)).readSubmitted(new SubmittedDocument(documentId,
                "outline", title, null, issuedOn, "FINAL", horizon, List.of(), text, "source", "metadata"),
                EditorAliases.none()).bundle();
    }

    /** The ids of what links to {@code target} by {@code type}, sorted. */
    static List<String> from(DocumentBundle bundle, LinkType type, String target) {
        return bundle.links().stream().filter(l -> l.type() == type && l.toId().equals(target))
                .map(LinkRecord::fromId).sorted().toList();
    }

    /** The bundle's indicators whose value is {@code value}. */
    static List<IndicatorRecord> valued(DocumentBundle bundle, double value) {
        return bundle.indicators().stream().filter(i -> i.value() != null && i.value() == value).toList();
    }
}
