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

    public static String hasIndicator(boolean expected) {
        return (expected ? "" : "NOT ") + "EXISTS { MATCH (m)-[:HAS_INDICATOR]->(:Indicator) }";
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

    /** The pattern binding {@code m} to the measures of a parent whose id is bound to {@code id}. */
    public enum Anchor {
        DOCUMENT("(m:Measure {documentId: id})"),
        LED_BY("(:Department {id: id})-[:LEADS]->(m:Measure)"),
        SUPPORTED_BY("(:Department {id: id})-[:SUPPORTS]->(m:Measure)"),
        COORDINATED_BY("(:Department {id: id})-[:COORDINATES]->(m:Measure)"),
        PARK("(:Park {id: id})<-[:CONCERNS]-(m:Measure)"),
        INITIATIVE("(:Initiative {id: id})<-[:ADVANCES]-(m:Measure)");

        private final String pattern;

        Anchor(String pattern) {
            this.pattern = pattern;
        }

        public String pattern() {
            return pattern;
        }
    }
}
