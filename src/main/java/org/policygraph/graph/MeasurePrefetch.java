package org.policygraph.graph;

/**
 * What a page of measures can bring along in the same statement when the query selects it, instead of one more
 * statement per level: the measure's leading and supporting departments, its indicators and its document. Fixed
 * Cypher fragments for the {@code {{PREFETCH}}} slot of {@code read/measures-nested-page} (bound variable {@code m}); never user input.
 */
public enum MeasurePrefetch {

    /** {@code leads}: the departments that LEAD the measure (the same rows as read/measure-departments). */
    LEADS("leads", ", leads: [(dept:Department)-[:LEADS]->(m) | dept {.id, .name, .aliases, .level}]"),

    /** {@code supporters}: the departments that SUPPORT the measure (the same rows as read/measure-departments). */
    SUPPORTERS("supporters", ", supporters: [(dept:Department)-[:SUPPORTS]->(m) | dept {.id, .name, .aliases, .level}]"),

    /** {@code indicators}: the indicators stated in the measure (as read/owner-indicators; seq for their text order). */
    INDICATORS("indicators", ", indicators: [(m)-[:HAS_INDICATOR]->(i:Indicator) | i {.id, .documentId, .name, .value, .valueMax, "
            + ".unit, .year, .kind, .comparator, .aspirational, .role, .period, .periodFrom, .periodTo, .printedUnit, .each, .location, .quote, .seq}]"),

    /**
     * {@code document}: the plan the measure belongs to (the same row as read/documents-by-id), found up its
     * HAS_PART chain: one parent per node, a few levels, so a short walk rather than a lookup.
     */
    DOCUMENT("document", ", document: head([(m)<-[:HAS_PART*1..6]-(doc:Document) | doc {.id, .title, .docNumber, .issuedOn, "
            + ".status, .horizon, .external, .location, .quote}])");

    /** The measure field it answers (the key of its projection). */
    public final String field;
    public final String projection;

    MeasurePrefetch(String field, String projection) {
        this.field = field;
        this.projection = projection;
    }
}
