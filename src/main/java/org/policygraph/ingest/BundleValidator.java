package org.policygraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.SourceRef;

/**
 * The last gate before a bundle is handed to the loader: ids unique, every provenance quote a verbatim substring of
 * the document's raw text, every link endpoint present with the label its type requires. A failure names the
 * {@code file:line} the broken record came from.
 */
final class BundleValidator {

    private final SeedVocabulary vocabulary;
    private final Set<String> seededDocumentIds;

    BundleValidator(SeedVocabulary vocabulary, Set<String> seededDocumentIds) {
        this.vocabulary = vocabulary;
        this.seededDocumentIds = seededDocumentIds;
    }

    /**
     * @param origins {@code file:line} of each record id and of each link (by identity), as far as known
     */
    void validate(DocumentBundle bundle, String raw, Map<String, String> origins, Map<LinkRecord, String> linkOrigins) {
        String documentId = bundle.document().id();
        String documentWhere = origins.getOrDefault(documentId, documentId);
        checkQuote(bundle.document().source(), documentId, raw, documentWhere);

        Map<String, String> labels = new HashMap<>();
        for (SectionRecord section : bundle.sections()) {
            String where = origins.getOrDefault(section.id(), documentWhere);
            claim(labels, section.id(), "Section", where);
            checkQuote(section.source(), documentId, raw, where);
        }
        for (MeasureRecord measure : bundle.measures()) {
            String where = origins.getOrDefault(measure.id(), documentWhere);
            claim(labels, measure.id(), "Measure", where);
            checkQuote(measure.source(), documentId, raw, where);
            if (!"Section".equals(labels.get(measure.parentId()))) {
                throw new SeedException(where, "measure " + measure.id() + " has parent '" + measure.parentId()
                        + "', which is not a section of document " + documentId);
            }
        }
        for (SectionRecord section : bundle.sections()) {
            if (section.parentId() != null && !"Section".equals(labels.get(section.parentId()))) {
                throw new SeedException(origins.getOrDefault(section.id(), documentWhere), "section " + section.id()
                        + " has parent '" + section.parentId() + "', which is not a section of document " + documentId);
            }
        }
        for (IndicatorRecord indicator : bundle.indicators()) {
            String where = origins.getOrDefault(indicator.ownerId(), documentWhere) + " (indicator " + indicator.id()
                    + ")";
            claim(labels, indicator.id(), "Indicator", where);
            if (!documentId.equals(indicator.documentId()) || labels.get(indicator.ownerId()) == null) {
                throw new SeedException(where, "indicator owner '" + indicator.ownerId() + "' is not a section or "
                        + "measure of document " + documentId);
            }
            checkQuote(indicator.source(), documentId, raw, where);
        }
        for (var actor : bundle.recognisedGenericActors()) {
            claim(labels, actor.id(), "GenericActor", documentWhere);
        }
        for (var body : bundle.uncuratedBodies()) {
            claim(labels, body.id(), body.label(), documentWhere);
            checkQuote(body.source(), documentId, raw, documentWhere);
        }
        for (DocumentRecord cited : bundle.citedDocuments()) {
            labels.putIfAbsent(cited.id(), "Document");
        }
        for (String seeded : seededDocumentIds) {
            labels.putIfAbsent(seeded, "Document");
        }
        for (LinkRecord link : bundle.links()) {
            String where = linkOrigins.getOrDefault(link, documentWhere);
            checkQuote(link.source(), documentId, raw, where);
            checkEndpoint(link, link.fromId(), link.type().fromLabel(), labels, where);
            checkEndpoint(link, link.toId(), link.type().toLabel(), labels, where);
        }
    }

    private void checkEndpoint(LinkRecord link, String id, String allowedLabels, Map<String, String> labels,
                               String where) {
        String label = labels.get(id);
        if (label == null) {
            if (vocabulary.hasDepartment(id)) {
                label = "Department";
            } else if (vocabulary.hasPark(id)) {
                label = "Park";
            } else if (vocabulary.hasInitiative(id)) {
                label = "Initiative";
            } else if (vocabulary.hasGenericActor(id)) {
                label = "GenericActor";
            }
        }
        if (label == null) {
            throw new SeedException(where, link.type() + " link " + link.fromId() + " → " + link.toId()
                    + ": endpoint '" + id + "' does not exist");
        }
        if (!List.of(allowedLabels.split("\\|")).contains(label)) {
            throw new SeedException(where, link.type() + " link " + link.fromId() + " → " + link.toId()
                    + ": endpoint '" + id + "' is a " + label + ", expected " + allowedLabels);
        }
    }

    private static void claim(Map<String, String> labels, String id, String label, String where) {
        if (labels.putIfAbsent(id, label) != null) {
            throw new SeedException(where, "id '" + id + "' is used twice in the bundle");
        }
    }

    private static void checkQuote(SourceRef source, String documentId, String raw, String where) {
        if (source == null) {
            throw new SeedException(where, "record has no source reference");
        }
        if (!documentId.equals(source.documentId())) {
            throw new SeedException(where, "source reference names document " + source.documentId() + ", expected "
                    + documentId);
        }
        if (source.quote().isBlank() || !raw.contains(source.quote())) {
            throw new SeedException(where, "quote is not a verbatim substring of the source text: '"
                    + source.quote() + "'");
        }
    }

}
