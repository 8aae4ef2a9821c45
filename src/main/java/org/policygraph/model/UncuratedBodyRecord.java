package org.policygraph.model;

/**
 * A department, park or zone a submitted plan names that the curated vocabulary lacks: kept as a node flagged
 * {@code curated = false}, with the quote it was first read from, until an editor merges it into a curated body
 * ({@code mergeDepartment}) or adds it to graph-seed.
 *
 * @param label Department or Park
 * @param place the place of the plan it was read from (its id is derived from that place and its name), null when the
 *              plan's place is unknown (its id is then derived from the document's id and its name)
 */
public record UncuratedBodyRecord(String id, String label, String name, SourceRef source, String place) {
}
