package org.policygraph.read.shape;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policygraph.graph.MeasureConditions.Anchor;

/**
 * Every read type's shape, defined once: each field's Cypher over the element bound to {@code {v}}. The read plan
 * (read.plan) builds one statement from these for whatever a query selects; the JSON writer (read.json) and the
 * engine's resolvers read the result by the same field names. Adding a scalar field: one line here (and the field
 * on the schema type).
 */
public final class Shapes {

    private static final String DEPARTMENT_ORDER = "{x}.name, {x}.id";
    private static final String INDICATOR_ROLE =
            "coalesce({v}.role, CASE {v}.comparator WHEN 'ACTUAL' THEN 'ACTUAL' ELSE 'TARGET' END)";
    private static final String INDICATOR_PERIOD = "coalesce({v}.period, 'YEAR')";

    /** Roles generic actors hold on the measure or section bound to {@code {v}}, kept apart from departments' roles. */
    private static final String GENERIC_ROLES_ON = "MATCH (:GenericActor)-[{x}:LEADS|SUPPORTS|COORDINATES]->({v})";
    /** Where a body a submitted plan named, and the vocabulary lacked, was first read; null for curated bodies. */
    private static final FieldShape UNCURATED_SOURCE = new FieldShape.Self("Source", "{v}.curated = false");

    private static final String GENERIC_ROLES_ON_ORDER = "type({x}), startNode({x}).name";

    private static final Map<String, TypeShape> TYPES = List.of(
            TypeShape.of("Document", "Document").id()
                    .properties("docNumber", "issuedOn", "horizon", "place")
                    .value("title", "coalesce({v}.title, {v}.docNumber, {v}.id)")
                    .value("status", "coalesce({v}.status, 'FINAL')")
                    .value("external", "coalesce({v}.external, false)")
                    .value("ingested", "coalesce({v}.origin, 'seed') = 'ingest'")
                    .related("issuers", "Department", "MATCH ({v})-[:ISSUED_BY]->({x}:Department)", DEPARTMENT_ORDER)
                    .related("cites", "Document", "MATCH ({v})-[:CITES]->({x}:Document)",
                            "{x}.issuedOn, {x}.docNumber, {x}.title")
                    .related("implements", "Document", "MATCH ({v})-[:IMPLEMENTS]->({x}:Document)",
                            "{x}.issuedOn, {x}.docNumber, {x}.title")
                    .related("sections", "Section", "MATCH ({v})-[:HAS_PART]->({x}:Section)", "{x}.order")
                    .field("measures", new FieldShape.MeasurePage(Anchor.DOCUMENT, true))
                    .build(),
            TypeShape.of("Measure", "Measure").id()
                    .properties("number", "list", "title", "text", "timeline")
                    .embedded("source", "Source")
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .related("leads", "Department", "MATCH ({x}:Department)-[:LEADS]->({v})", DEPARTMENT_ORDER)
                    .related("supporters", "Department", "MATCH ({x}:Department)-[:SUPPORTS]->({v})", DEPARTMENT_ORDER)
                    .related("coordinators", "Department", "MATCH ({x}:Department)-[:COORDINATES]->({v})",
                            DEPARTMENT_ORDER)
                    .related("roles", "DepartmentRole", "MATCH (:Department)-[{x}:LEADS|SUPPORTS|COORDINATES]->({v})",
                            "type({x}), startNode({x}).name")
                    .related("genericActorRoles", "GenericActorRole", GENERIC_ROLES_ON, GENERIC_ROLES_ON_ORDER)
                    .related("indicators", "Indicator", "MATCH ({v})-[:HAS_INDICATOR]->({x}:Indicator)", "{x}.seq")
                    .related("parks", "Park", "MATCH ({v})-[:CONCERNS]->({x}:Park)", "{x}.name")
                    .related("initiatives", "Initiative", "MATCH ({v})-[:ADVANCES]->({x}:Initiative)", "{x}.name")
                    .related("restates", "Restatement", "MATCH ({v})-[{x}:RESTATES]->(target)", null)
                    .build(),
            TypeShape.of("Section", "Section").id()
                    .properties("label", "title")
                    .value("text", "coalesce({v}.text, '')")
                    .embedded("source", "Source")
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .related("sections", "Section", "MATCH ({v})-[:HAS_PART]->({x}:Section)", "{x}.order")
                    .related("measures", "Measure", "MATCH ({v})-[:HAS_PART]->({x}:Measure)", "{x}.order")
                    .related("roles", "DepartmentRole",
                            "MATCH (:Department)-[{x}:LEADS|SUPPORTS|COORDINATES]->({v})", "type({x}), startNode({x}).name")
                    .related("genericActorRoles", "GenericActorRole", GENERIC_ROLES_ON, GENERIC_ROLES_ON_ORDER)
                    .related("indicators", "Indicator", "MATCH ({v})-[:HAS_INDICATOR]->({x}:Indicator)", "{x}.seq")
                    .build(),
            TypeShape.of("Department", "Department").id()
                    .properties("name", "level", "place")
                    .value("aliases", "coalesce({v}.aliases, [])")
                    .value("curated", "coalesce({v}.curated, true)")
                    .field("source", UNCURATED_SOURCE)
                    .related("issued", "Document", "MATCH ({x}:Document)-[:ISSUED_BY]->({v})", "{x}.issuedOn")
                    .related("administers", "Park", "MATCH ({v})-[:ADMINISTERS]->({x}:Park)", "{x}.name")
                    .field("leads", new FieldShape.MeasurePage(Anchor.LED_BY, false))
                    .field("supports", new FieldShape.MeasurePage(Anchor.SUPPORTED_BY, false))
                    .field("coordinates", new FieldShape.MeasurePage(Anchor.COORDINATED_BY, false))
                    .build(),
            // A collective, an unspecified set or a post (各区人民政府, 各相关部门, 市政府分管领导): roles like a department's.
            TypeShape.of("GenericActor", "GenericActor").id()
                    .properties("name", "kind", "note")
                    .value("curated", "coalesce({v}.curated, true)")
                    .related("roles", "GenericActorRole", "MATCH ({v})-[{x}:LEADS|SUPPORTS|COORDINATES]->()",
                            "{x}.documentId, endNode({x}).seq, type({x})")
                    .build(),
            TypeShape.of("Indicator", "Indicator").id()
                    .properties("name", "value", "valueMax", "unit", "year", "kind", "comparator", "periodFrom",
                            "periodTo")
                    .value("aspirational", "coalesce({v}.aspirational, false)")
                    .value("each", "coalesce({v}.each, false)")
                    .value("role", INDICATOR_ROLE)
                    .value("period", INDICATOR_PERIOD)
                    .value("printedUnit", "coalesce({v}.printedUnit, {v}.unit)")
                    .embedded("source", "Source")
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .related("measure", "Measure", "MATCH ({x}:Measure)-[:HAS_INDICATOR]->({v})", null)
                    .related("section", "Section", "MATCH ({x}:Section)-[:HAS_INDICATOR]->({v})", null)
                    .related("metric", "Metric", "MATCH ({v})-[:OF_METRIC]->({x}:Metric)", null)
                    .build(),
            TypeShape.of("Park", "Park").id()
                    .properties("name", "place")
                    .value("aliases", "coalesce({v}.aliases, [])")
                    .value("curated", "coalesce({v}.curated, true)")
                    .field("source", UNCURATED_SOURCE)
                    .related("administrators", "Department", "MATCH ({x}:Department)-[:ADMINISTERS]->({v})",
                            DEPARTMENT_ORDER)
                    .field("measures", new FieldShape.MeasurePage(Anchor.PARK, false))
                    .build(),
            TypeShape.of("Initiative", "Initiative").id()
                    .properties("name")
                    .value("aliases", "coalesce({v}.aliases, [])")
                    .field("measures", new FieldShape.MeasurePage(Anchor.INITIATIVE, false))
                    .build(),
            TypeShape.of("Metric", "Metric").id()
                    .properties("name", "kind")
                    .value("aliases", "coalesce({v}.aliases, [])")
                    // by year (undated last), actuals before baselines before targets, then the plan's issue date
                    .related("series", "MetricPoint", "MATCH ({v})<-[:OF_METRIC]-({x}:Indicator)", "{x}.year IS NULL, "
                            + "{x}.year, CASE {x}.role WHEN 'ACTUAL' THEN 0 WHEN 'BASELINE' THEN 1 ELSE 2 END, "
                            + "{x}.issuedOn, {x}.documentId, {x}.seq")
                    .build(),
            // Read from the indicator node.
            TypeShape.of("MetricPoint", null)
                    .properties("year", "value", "valueMax", "unit")
                    .value("role", INDICATOR_ROLE)
                    .value("period", INDICATOR_PERIOD)
                    .embedded("indicator", "Indicator")
                    .build(),
            // Read from the element that states it: a node's or a relationship's location and quote.
            TypeShape.of("Source", null)
                    .properties("documentId") // not in the schema: its document's key, for a resolver reading it apart
                    .value("location", "coalesce({v}.location, '')")
                    .value("quote", "coalesce({v}.quote, '')")
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .build(),
            // Read from the role's relationship.
            TypeShape.of("DepartmentRole", null)
                    .value("role", "type({v})")
                    .related("department", "Department", "MATCH ({x}:Department)-[{v}]->()", null)
                    .embedded("source", "Source")
                    .build(),
            // Read from the role's relationship, from a GenericActor to a Measure or a Section.
            TypeShape.of("GenericActorRole", null)
                    .value("role", "type({v})")
                    .related("actor", "GenericActor", "MATCH ({x}:GenericActor)-[{v}]->()", null)
                    .related("measure", "Measure", "MATCH ()-[{v}]->({x}:Measure)", null)
                    .related("section", "Section", "MATCH ()-[{v}]->({x}:Section)", null)
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .embedded("source", "Source")
                    .build(),
            // Read from the RESTATES relationship.
            TypeShape.of("Restatement", null)
                    .value("kind", "CASE WHEN endNode({v}):Measure THEN 'MEASURE' ELSE 'SECTION' END")
                    .value("targetId", "endNode({v}).id")
                    .embedded("source", "Source")
                    .build(),
            // Read from the matched node of a full-text search, its score bound to `score`; the snippet is cut
            // from the matched text by the search root (read.plan.RootFields).
            TypeShape.of("SearchHit", null)
                    .value("score", "score")
                    .value("kind", "CASE WHEN {v}:Measure THEN 'MEASURE' ELSE 'SECTION' END")
                    .value("id", "{v}.id")
                    .value("snippet", "{title: {v}.title, text: {v}.text}")
                    .related("document", "Document", "MATCH ({x}:Document {id: {v}.documentId})", null)
                    .field("measure", new FieldShape.Self("Measure", "{v}:Measure"))
                    .field("section", new FieldShape.Self("Section", "{v}:Section"))
                    .build())
            .stream().collect(Collectors.toUnmodifiableMap(TypeShape::type, Function.identity()));

    private Shapes() {
    }

    /** The shape of a read type, or null when the plan does not read it (it is left to its resolvers). */
    public static TypeShape of(String type) {
        return TYPES.get(type);
    }

    /** The shape of {@code type}'s field {@code field}, or null. */
    public static FieldShape field(String type, String field) {
        TypeShape shape = TYPES.get(type);
        return shape == null ? null : shape.fields().get(field);
    }
}
