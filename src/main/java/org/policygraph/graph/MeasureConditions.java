package org.policygraph.graph;

import java.util.List;

/**
 * WHERE-clause fragments over a measure bound to {@code m}. Names match canonical name or any alias; every
 * value is bound as a parameter.
 */
public final class MeasureConditions {

    private MeasureConditions() {
    }

    public static String inDocument(CypherParams p, String documentId) {
        return "m.documentId = " + p.bind(documentId);
    }

    public static String inDocumentNumbered(CypherParams p, String docNumber) {
        return "EXISTS { MATCH (doc:Document {id: m.documentId}) WHERE doc.docNumber = " + p.bind(docNumber) + " }";
    }

    /** {@code role} is LEADS, SUPPORTS or COORDINATES: a fixed enum name, never input. */
    public static String hasDepartmentInRole(CypherParams p, String role, String departmentName) {
        String name = p.bind(departmentName);
        return "EXISTS { MATCH (dept:Department)-[:" + role + "]->(m) WHERE dept.name = " + name + " OR " + name
                + " IN dept.aliases }";
    }

    public static String hasAnyDepartmentInRole(String role, boolean expected) {
        return (expected ? "" : "NOT ") + "EXISTS { MATCH (:Department)-[:" + role + "]->(m) }";
    }

    public static String concernsPark(CypherParams p, String parkName) {
        String name = p.bind(parkName);
        return "EXISTS { MATCH (m)-[:CONCERNS]->(park:Park) WHERE park.name = " + name + " OR " + name
                + " IN park.aliases }";
    }

    public static String advancesInitiative(CypherParams p, String initiativeName) {
        String name = p.bind(initiativeName);
        return "EXISTS { MATCH (m)-[:ADVANCES]->(i:Initiative) WHERE i.name = " + name + " OR " + name
                + " IN i.aliases }";
    }

    public static String textContains(CypherParams p, String text) {
        String value = p.bind(text);
        return "(m.text CONTAINS " + value + " OR coalesce(m.title, '') CONTAINS " + value + ")";
    }

    /**
     * The measures that may pass {@link #textContains}, from the TEXT indexes on Measure.text and Measure.title
     * (V0049): a reading clause binding each such measure to {@code m} once, in no order. Every measure whose text or
     * title contains one of {@code texts} is among them (for non-empty texts: the empty string is contained in a
     * missing title, which no index holds); the filter's WHERE still decides. It reads O(matches), not every measure
     * (issue 16). The full-text index text_search is no alternative: its cjk analyzer makes words of Latin letters and
     * digits, so a phrase query misses a substring of a word, and a lone Han character is not a term (V0049).
     */
    public static String textCandidates(CypherParams p, List<String> texts) {
        if (texts.isEmpty() || texts.contains("")) {
            throw new IllegalArgumentException("no text, or the empty string, which is in every measure: no candidates");
        }
        List<String> reads = new java.util.ArrayList<>();
        for (String text : texts) {
            String value = p.bind(text);
            reads.add("  MATCH (m:Measure) USING TEXT INDEX m:Measure(text) WHERE m.text CONTAINS " + value
                    + "\n  RETURN m");
            reads.add("  MATCH (m:Measure) USING TEXT INDEX m:Measure(title) WHERE m.title CONTAINS " + value
                    + "\n  RETURN m");
        }
        return "CALL () {\n" + String.join("\n  UNION\n", reads) + "\n}";
    }

    public static String hasIndicator(boolean expected) {
        return (expected ? "" : "NOT ") + "EXISTS { MATCH (m)-[:HAS_INDICATOR]->(:Indicator) }";
    }

    /**
     * How many measures state an indicator ({@code expected} true) or state none, in O(1): the stored facet list
     * HAS_INDICATOR|expected (seed/measure-facet-counts) counts its measures under its own hasIndicator facet, so the
     * root list filtered by hasIndicator alone is counted without visiting every measure (issue 16, bench F1).
     */
    public static String hasIndicatorTotal(CypherParams p, boolean expected) {
        String key = p.bind("HAS_INDICATOR|" + expected + "|hasIndicator|" + expected);
        return "coalesce(head(COLLECT { MATCH (c:MeasureFacetCount {key: " + key + "}) RETURN c.count }), 0)";
    }

    /** Orderings end in {@code m.id}, so pages never overlap or skip. */
    public static String orderBy(List<String> keys) {
        return String.join(", ", keys) + (keys.isEmpty() ? "" : ", ") + "m.id";
    }

    public static String byIssuedOn(boolean descending) {
        String dir = descending ? " DESC" : "";
        return "m.issuedOn" + dir + ", m.documentId" + dir + ", m.seq" + dir;
    }

    public static String byPosition(boolean descending) {
        String dir = descending ? " DESC" : "";
        return "m.documentId" + dir + ", m.seq" + dir;
    }

    /**
     * The parents a measure filter names by a condition every match must meet (its top level, not under OR or NOT):
     * {@code parents} is a reading clause binding {@code parent} to each node the name matches ({@link NameLookup}), {@code anchor} lists that parent's measures
     * by page key (plan/measure-page-by-parents), {@code reach} is the path from {@code parent} to {@code m}.
     */
    public record Parents(String parents, Anchor anchor, String reach) {

        /** How many measures the parents reach that pass {@code where}, each once: O(those measures). */
        public String count(String where) {
            return "head(COLLECT { " + parents + " MATCH " + reach + " WHERE " + where
                    + " WITH DISTINCT m RETURN count(m) AS n })";
        }

        /**
         * How many measures the parents reach, when reaching them is the filter's only condition: one parent's
         * stored count or degree ({@link Anchor#total}, O(1)); several parents (a name two share) may list the same
         * measure, so theirs are counted, each once.
         */
        public String countReached() {
            return "head(COLLECT { " + parents + " WITH count(parent) AS parents, sum(" + anchor.total("parent")
                    + ") AS stored, collect(parent) AS matched RETURN CASE WHEN parents <= 1 THEN stored ELSE "
                    + "size(COLLECT { UNWIND matched AS parent MATCH " + reach + " RETURN DISTINCT m }) END AS n })";
        }
    }

    /** {@code role} is LEADS, SUPPORTS or COORDINATES: the departments of that name in that role. */
    public static Parents departmentsInRole(CypherParams p, String role, String departmentName) {
        Anchor anchor = switch (role) {
            case "LEADS" -> Anchor.LED_BY;
            case "SUPPORTS" -> Anchor.SUPPORTED_BY;
            case "COORDINATES" -> Anchor.COORDINATED_BY;
            default -> throw new IllegalArgumentException("not a role: " + role);
        };
        return new Parents(named(p, "Department", departmentName), anchor, "(parent)-[:" + role + "]->(m:Measure)");
    }

    public static Parents parksNamed(CypherParams p, String parkName) {
        return new Parents(named(p, "Park", parkName), Anchor.PARK, "(parent)<-[:CONCERNS]-(m:Measure)");
    }

    public static Parents initiativesNamed(CypherParams p, String initiativeName) {
        return new Parents(named(p, "Initiative", initiativeName), Anchor.INITIATIVE,
                "(parent)<-[:ADVANCES]-(m:Measure)");
    }

    private static String named(CypherParams p, String label, String name) {
        return NameLookup.nodesNamed(p, label, name, "parent").cypher();
    }

    /**
     * The pattern binding {@code m} to the measures of a parent whose id is bound to {@code id}; for parents whose
     * measures hang on relationships with a page key (V0040), also the pattern binding that relationship to
     * {@code r} without naming the parent (the key names it: plan/measure-page-keyed; only relationships to measures
     * have keys, so the measure's label is not checked); for the document, the terms
     * that let its position index (V0040) serve the order; and how many measures the parent has, in O(1) (issue 16;
     * docs/graph-model.md "Measure counts").
     */
    public enum Anchor {
        // Every measure (the root list): its own page key (V0045) in the default order, and the label's count, which
        // Neo4j keeps (NodeCountFromCountStore). PARENT_ID is '' (no parent).
        ALL("(m:Measure)", "(m:Measure) USING INDEX SEEK m:Measure(pageKey)", null, "COUNT { (:Measure) }"),
        // The hint: with the older single-property index on documentId beside it, the planner otherwise picks that
        // one and sorts the document (at 40k measures: 1,203 against 41 db hits for a 20-measure page). A SEEK: a
        // plain index hint also admits scanning the whole index in order and filtering by document, which the planner
        // sometimes picks on a small graph (MeasureCountProfileTest: 344 db hits where the seek takes 44).
        DOCUMENT("(m:Measure {documentId: id}) USING INDEX SEEK m:Measure(documentId, seq, id)", null,
                "m.seq IS NOT NULL AND m.id IS NOT NULL", "coalesce({parent}.measureCount, 0)"),
        // The keyed patterns force the seek: from statistics alone the planner sometimes scans the whole key index in
        // order and filters (seen on a fresh test graph: 9,141 db hits for a 3-measure department instead of ~20).
        // A department's counts are stored (seed/measure-counts): its LEADS/SUPPORTS/COORDINATES also reach Sections,
        // so its degree by type is not its number of measures.
        LED_BY("(:Department {id: id})-[:LEADS]->(m:Measure)", "()-[r:LEADS]->(m) USING INDEX SEEK r:LEADS(pageKey)",
                null, "coalesce({parent}.measuresLed, 0)"),
        SUPPORTED_BY("(:Department {id: id})-[:SUPPORTS]->(m:Measure)",
                "()-[r:SUPPORTS]->(m) USING INDEX SEEK r:SUPPORTS(pageKey)", null,
                "coalesce({parent}.measuresSupported, 0)"),
        COORDINATED_BY("(:Department {id: id})-[:COORDINATES]->(m:Measure)",
                "()-[r:COORDINATES]->(m) USING INDEX SEEK r:COORDINATES(pageKey)", null,
                "coalesce({parent}.measuresCoordinated, 0)"),
        // Only measures CONCERN a park or ADVANCE an initiative (LinkType): the degree is the count, read by Neo4j
        // from the node's relationship counts (GetDegree), no relationship visited.
        PARK("(:Park {id: id})<-[:CONCERNS]-(m:Measure)", "(m)-[r:CONCERNS]->() USING INDEX SEEK r:CONCERNS(pageKey)",
                null, "COUNT { ({parent})<-[:CONCERNS]-() }"),
        INITIATIVE("(:Initiative {id: id})<-[:ADVANCES]-(m:Measure)",
                "(m)-[r:ADVANCES]->() USING INDEX SEEK r:ADVANCES(pageKey)", null, "COUNT { ({parent})<-[:ADVANCES]-() }");

        private final String pattern;
        private final String keyedPattern;
        private final String indexTerms;
        private final String total;

        Anchor(String pattern, String keyedPattern, String indexTerms, String total) {
            this.pattern = pattern;
            this.keyedPattern = keyedPattern;
            this.indexTerms = indexTerms;
            this.total = total;
        }

        public String pattern() {
            return pattern;
        }

        /** The pattern with the page key ({@code r} and {@code m}, or {@code m}), or null when the parent has none. */
        public String keyedPattern() {
            return keyedPattern;
        }

        /** The page key {@link #keyedPattern} seeks: the relationship's, or for {@link #ALL} the measure's own. */
        public String key() {
            return this == ALL ? "m.pageKey" : "r.pageKey";
        }

        /** Terms that change no result but let an index serve the anchor's order, or null. */
        public String indexTerms() {
            return indexTerms;
        }

        /** How many measures the parent node bound to {@code parent} (null: no parent) has, unfiltered: O(1). */
        public String total(String parent) {
            return parent == null ? total : total.replace("{parent}", parent);
        }
    }
}
