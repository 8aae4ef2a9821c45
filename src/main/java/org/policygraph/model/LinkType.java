package org.policygraph.model;

/**
 * Relationship types between seeded records, with the labels they connect. The graph model's contract:
 * analysts write Cypher against these names.
 */
public enum LinkType {
    /** Department leads (牵头) a Measure, or leads the work a Section states. */
    LEADS("Department|GenericActor", "Measure|Section"),
    /** Department supports (配合) a Measure. */
    SUPPORTS("Department|GenericActor", "Measure|Section"),
    /** Department coordinates (统筹协调) the work of a Measure or Section. */
    COORDINATES("Department|GenericActor", "Measure|Section"),
    /**
     * Measure names a Park or one of its aliases. Only Measures: a park's degree is its number of measures, which
     * its totalCount reads (MeasureConditions.Anchor.PARK); the same holds for ADVANCES.
     */
    CONCERNS("Measure", "Park"),
    /** Measure advances a named Initiative. */
    ADVANCES("Measure", "Initiative"),
    /** A task-table row restates a body Section or Measure. */
    RESTATES("Measure", "Section|Measure"),
    /** Document cites another document. */
    CITES("Document", "Document"),
    /** Document says it implements another document. */
    IMPLEMENTS("Document", "Document");

    private final String fromLabel;
    private final String toLabel;

    LinkType(String fromLabel, String toLabel) {
        this.fromLabel = fromLabel;
        this.toLabel = toLabel;
    }

    public String fromLabel() { return fromLabel; }

    public String toLabel() { return toLabel; }
}
