package org.policygraph.model;

/** A provenance-backed relationship {@code (from)-[type]->(to)}. */
public record LinkRecord(LinkType type, String fromId, String toId, SourceRef source) {
}
