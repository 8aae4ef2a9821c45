package org.policygraph.graph;

/**
 * What a nested measure page can return beside its page: the parent itself, so that a root field and its one nested
 * page come in one statement instead of two. Fixed Cypher fragments for the {@code {{PARENT_MATCH}}} and
 * {@code {{PARENT}}} slots of {@code read/measures-nested-page*} (bound variable {@code id}: the parent's id, or what
 * finds it); never user input. The parent is matched before the page subqueries: returned from a subquery expression
 * after them, it trips Neo4j 5.26's planner (cached-property check) on small graphs.
 */
public enum PageParent {

    /** Only the page. */
    NONE("", ""),

    /** {@code parent}: the document (the same row as read/documents-by-id), or null when there is none. */
    DOCUMENT("OPTIONAL MATCH (parent:Document {id: id})\n",
            ", parent {.id, .title, .docNumber, .issuedOn, .status, .horizon, .external, .location, .quote} AS parent"),

    /**
     * {@code parent}: the department named {@code id} — canonical name first, then any alias, as
     * read/department-by-name —, or null; {@code id} is then rebound to its id for the page.
     */
    DEPARTMENT_NAMED("CALL (id) {\n  OPTIONAL MATCH (parent:Department) WHERE parent.name = id OR id IN parent.aliases\n"
            + "  RETURN parent ORDER BY CASE WHEN parent.name = id THEN 0 ELSE 1 END LIMIT 1\n}\n"
            + "WITH parent, parent.id AS id\n",
            ", parent {.id, .name, .aliases, .level} AS parent");

    /** The clause that binds {@code parent} (after {@code UNWIND $ids AS id}). */
    public final String match;
    /** The {@code parent} column of the result. */
    public final String projection;

    PageParent(String match, String projection) {
        this.match = match;
        this.projection = projection;
    }
}
