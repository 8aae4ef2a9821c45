package org.policygraph.model;

import java.util.List;

/**
 * Everything one source document contributes to the graph; loaded in one transaction, so a broken
 * document leaves nothing half-written. {@code citedDocuments} are external documents it cites.
 * {@code warnings} are non-fatal findings (e.g. a department name kept as written and flagged).
 * {@code recognisedGenericActors} are generic actors its roles name that no list holds, recognised from their parts
 * (区级相关部门): written as GenericActor nodes flagged {@code curated = false}.
 */
public record DocumentBundle(DocumentRecord document, List<DocumentRecord> citedDocuments, List<SectionRecord> sections,
                             List<MeasureRecord> measures, List<IndicatorRecord> indicators, List<LinkRecord> links,
                             List<String> warnings, List<UncuratedBodyRecord> uncuratedBodies,
                             List<GenericActorRecord> recognisedGenericActors) {
}
