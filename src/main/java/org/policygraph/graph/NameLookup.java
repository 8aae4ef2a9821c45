package org.policygraph.graph;

/**
 * Finding nodes by a name a user types: a department, park, initiative, metric or generic actor whose canonical name or
 * one of whose aliases it is. The candidates come from the full-text index {@code name_lookup} (V0048), where each name
 * and each alias is one exact keyword term, so a lookup reads the nodes bearing that spelling instead of scanning the
 * label; name and aliases are compared again on those candidates. The one place that says how a name finds a node.
 */
public final class NameLookup {

    static final String INDEX = "name_lookup";

    private NameLookup() {
    }

    /**
     * A reading clause binding {@code variable} to each node labelled {@code label} named {@code name} or having it as
     * an alias; {@code bound} is the parameter holding the name, for orderings that put the canonical name first.
     */
    public record Clause(String cypher, String bound) {

        /** 0 where {@code variable}'s canonical name is the name, 1 where it is an alias: the canonical name wins. */
        public String aliasRank(String variable) {
            return "CASE WHEN " + variable + ".name = " + bound + " THEN 0 ELSE 1 END";
        }
    }

    public static Clause nodesNamed(CypherParams p, String label, String name, String variable) {
        String bound = p.bind(name);
        return new Clause("CALL db.index.fulltext.queryNodes('" + INDEX + "', " + p.bind(exactTerm(name))
                + ") YIELD node AS " + variable + " WHERE " + variable + ":" + label + " AND (" + variable + ".name = "
                + bound + " OR " + bound + " IN " + variable + ".aliases)", bound);
    }

    /** A Lucene query matching {@code text} as one whole term: a phrase, its quotes and backslashes escaped. */
    static String exactTerm(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
