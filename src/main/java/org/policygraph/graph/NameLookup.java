package org.policygraph.graph;

/**
 * Finding nodes by a name a user types: a department, park, initiative, metric or generic actor whose canonical name or
 * one of whose aliases it is. The canonical name wins: nodes bearing it are found by a seek on the label's name index
 * (V0002, V0050). Only where no node bears it are aliases looked up, in the full-text index {@code name_lookup}
 * (V0048), where each name and each alias is one exact keyword term, so that lookup reads the nodes bearing that
 * spelling instead of scanning the label; aliases are compared again on those candidates. The seek first because the
 * common case, a canonical name, then costs one index read instead of a full-text query (issue 16: Q1 at M lost a
 * fifth of its throughput to the full-text query). The one place that says how a name finds a node.
 */
public final class NameLookup {

    static final String INDEX = "name_lookup";

    private NameLookup() {
    }

    /**
     * A reading clause binding {@code variable} to each node labelled {@code label} named {@code name} or, where none
     * is, to each having it as an alias; {@code bound} is the parameter holding the name, for orderings that put the
     * canonical name first.
     */
    public record Clause(String cypher, String bound) {

        /** 0 where {@code variable}'s canonical name is the name, 1 where it is an alias: the canonical name wins. */
        public String aliasRank(String variable) {
            return "CASE WHEN " + variable + ".name = " + bound + " THEN 0 ELSE 1 END";
        }
    }

    public static Clause nodesNamed(CypherParams p, String label, String name, String variable) {
        String bound = p.bind(name);
        String canonical = variable + "_canonical";
        return new Clause("CALL () {\n"
                + "    MATCH (" + variable + ":" + label + " {name: " + bound + "}) RETURN " + variable + "\n"
                + "    UNION ALL\n"
                + "    OPTIONAL MATCH (" + canonical + ":" + label + " {name: " + bound + "}) WITH " + canonical
                + " WHERE " + canonical + " IS NULL\n"
                + "    CALL db.index.fulltext.queryNodes('" + INDEX + "', " + p.bind(exactTerm(name)) + ") YIELD node AS "
                + variable + " WITH " + variable + " WHERE " + variable + ":" + label + " AND " + bound + " IN "
                + variable + ".aliases RETURN " + variable + "\n"
                + "  }", bound);
    }

    /**
     * Whether {@code variable}, a body found by name, is one a plan of {@code place} may mean: a curated body bound to
     * no place (商务部, 湖北省人民政府, curated parks), or a body bound to that place or one it lies within (a plan of
     * 天津市河北区 may mean 天津市's bodies) — {@link org.policygraph.model.Places#within}. Not an uncurated body of a
     * plan of unknown place: it is that plan's own. Unlike the ingest, which reads a spelling naming its place
     * (武汉市人民政府) in any plan, a lookup with a place asks for that place's bodies only.
     */
    public static String ofPlace(CypherParams p, String variable, String place) {
        return "(" + variable + ".place IS NULL AND coalesce(" + variable + ".curated, true)) OR " + p.bind(place)
                + " STARTS WITH " + variable + ".place";
    }

    /** Ordering key of {@link #ofPlace}'s bodies, higher for the more specific: the length of the place bound to. */
    public static String placeSpecificity(String variable) {
        return "coalesce(size(" + variable + ".place), 0)";
    }

    /** A Lucene query matching {@code text} as one whole term: a phrase, its quotes and backslashes escaped. */
    static String exactTerm(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
