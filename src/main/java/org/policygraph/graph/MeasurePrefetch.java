package org.policygraph.graph;

/**
 * What a page of measures can bring along in the same statement when the query selects it, instead of one more
 * statement per level: the measure's leading departments and its document. Fixed Cypher fragments for the
 * {@code {{PREFETCH}}} slot of {@code read/measures-nested-page} (bound variable {@code m}); never user input.
 */
public enum MeasurePrefetch {

    /** {@code leads}: the departments that LEAD the measure (the same rows as read/measure-departments). */
    LEADS(", leads: [(dept:Department)-[:LEADS]->(m) | dept {.id, .name, .aliases, .level}]"),

    /** {@code document}: the plan the measure belongs to (the same row as read/documents-by-id). */
    DOCUMENT(", document: head(COLLECT { MATCH (doc:Document {id: m.documentId}) RETURN doc {.id, .title, "
            + ".docNumber, .issuedOn, .status, .horizon, .external, .location, .quote} })");

    public final String projection;

    MeasurePrefetch(String projection) {
        this.projection = projection;
    }
}
