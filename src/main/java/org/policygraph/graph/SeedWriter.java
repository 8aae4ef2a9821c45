package org.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.policygraph.model.DepartmentRecord;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.DocumentRecord;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.InitiativeRecord;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.LinkType;
import org.policygraph.model.MeasureRecord;
import org.policygraph.model.MetricRecord;
import org.policygraph.model.ParkRecord;
import org.policygraph.model.SectionRecord;
import org.policygraph.model.SourceRef;
import org.policygraph.model.Vocabulary;

/**
 * Writes validated seed records to Neo4j. Idempotent: nodes are merged on stable ids, and each document is
 * written in one write transaction that replaces its previous parts, so a failure leaves the previous state
 * and loading twice gives the same graph. A document whose content hash is unchanged is skipped.
 */
public final class SeedWriter {

    /** What one load did, per document: written or unchanged. */
    public record Outcome(String documentId, boolean written) {
    }

    /** Generic actors' ids start so (VocabularyReader.genericActorId); department ids never do. */
    static final String GENERIC_ACTOR_PREFIX = "generic-";

    private final Driver driver;

    public SeedWriter(Driver driver) {
        this.driver = driver;
    }

    public void writeVocabulary(Vocabulary vocabulary) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(Cypher.statement("seed/departments"),
                        Map.of("departments", vocabulary.departments().stream().map(SeedWriter::department).toList()))
                        .consume();
                tx.run(Cypher.statement("seed/parks"),
                        Map.of("parks", vocabulary.parks().stream().map(SeedWriter::park).toList())).consume();
                tx.run(Cypher.statement("seed/initiatives"),
                        Map.of("initiatives", vocabulary.initiatives().stream().map(SeedWriter::initiative).toList()))
                        .consume();
                tx.run(Cypher.statement("seed/generic-actors"), Map.of("actors", vocabulary.genericActors().stream()
                        .map(SeedWriter::genericActor).toList())).consume();
                tx.run(Cypher.statement("seed/department-successors"), Map.of("successions",
                        vocabulary.successions().stream().map(x -> {
                            Map<String, Object> m = new HashMap<>();
                            m.put("fromId", x.fromId());
                            m.put("toId", x.toId());
                            m.put("since", x.since());
                            m.put("note", x.note());
                            return m;
                        }).toList())).consume();
                tx.run(Cypher.statement("seed/vocabulary-prune"), Map.of(
                        "genericActorIds", vocabulary.genericActors().stream().map(g -> g.id()).toList(),
                        "departmentIds", vocabulary.departments().stream().map(DepartmentRecord::id).toList(),
                        "parkIds", vocabulary.parks().stream().map(ParkRecord::id).toList(),
                        "initiativeIds", vocabulary.initiatives().stream().map(InitiativeRecord::id).toList()))
                        .consume();
            });
        }
    }

    /**
     * Writes the curated metrics, removes those no longer listed, and links every indicator to the metric its
     * {@code metricId} names (so a metric added later also reaches documents written before it).
     */
    public void writeMetrics(List<MetricRecord> metrics) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MetricRecord metric : metrics) {
            Map<String, Object> m = new HashMap<>();
            m.put("id", metric.id());
            m.put("name", metric.name());
            m.put("kind", metric.kind().name());
            m.put("aliases", metric.aliases());
            m.put("note", metric.note());
            rows.add(m);
        }
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(Cypher.statement("seed/metrics"), Map.of("metrics", rows)).consume();
                tx.run(Cypher.statement("seed/metrics-prune"),
                        Map.of("ids", metrics.stream().map(MetricRecord::id).toList())).consume();
                tx.run(Cypher.statement("seed/metric-links"), Map.of()).consume();
            });
        }
    }

    /** Writes one document in one transaction, unless the graph already holds exactly this content. */
    public Outcome write(DocumentBundle bundle) {
        String id = bundle.document().id();
        String hash = contentHash(bundle);
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> {
                var existing = tx.run(Cypher.statement("seed/document-hash"), Map.of("id", id)).list();
                if (!existing.isEmpty() && hash.equals(existing.get(0).get("contentHash").asString(null))) {
                    return new Outcome(id, false);
                }
                writeDocument(tx, bundle, hash);
                return new Outcome(id, true);
            });
        }
    }

    /** Replaces the document's parts with the bundle's, inside the caller's transaction. */
    static void writeDocument(TransactionContext tx, DocumentBundle bundle, String hash) {
        DocumentRecord doc = bundle.document();
        countMeasures(tx, doc.id(), -1); // the roles document-clear removes
        tx.run(Cypher.statement("seed/document-clear"), Map.of("id", doc.id())).consume();
        tx.run(Cypher.statement("seed/document"), Map.of("doc", document(doc), "contentHash", hash)).consume();
        tx.run(Cypher.statement("seed/cited-documents"),
                Map.of("documents", bundle.citedDocuments().stream().map(SeedWriter::document).toList())).consume();
        // seq: position in document order, the default ordering of every list the API returns
        List<Map<String, Object>> sections = inDocumentOrder(bundle.sections().stream().map(SeedWriter::section).toList());
        tx.run(Cypher.statement("seed/sections"), Map.of("sections", sections)).consume();
        tx.run(Cypher.statement("seed/section-parts"), Map.of("sections", sections)).consume();
        Map<String, Object> measures = new HashMap<>();
        measures.put("measures", inDocumentOrder(bundle.measures().stream().map(SeedWriter::measure).toList()));
        measures.put("issuedOn", doc.issuedOn());
        tx.run(Cypher.statement("seed/measures"), measures).consume();
        Map<String, Object> indicators = new HashMap<>();
        indicators.put("indicators", inDocumentOrder(bundle.indicators().stream().map(SeedWriter::indicator).toList()));
        indicators.put("issuedOn", doc.issuedOn());
        tx.run(Cypher.statement("seed/indicators"), indicators).consume();
        tx.run(Cypher.statement("seed/uncurated-bodies"), Map.of("bodies", bundle.uncuratedBodies().stream()
                .map(b -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("id", b.id());
                    m.put("label", b.label());
                    m.put("name", b.name());
                    m.put("place", b.place());
                    putSource(m, b.source());
                    return m;
                }).toList())).consume();
        tx.run(Cypher.statement("seed/recognised-generic-actors"), Map.of("actors", bundle.recognisedGenericActors()
                .stream().map(SeedWriter::genericActor).toList())).consume();
        writeLinks(tx, bundle);
        tx.run(Cypher.statement("seed/measure-page-keys"), Map.of("documentIds", List.of(doc.id()))).consume();
        countMeasures(tx, doc.id(), 1);
    }

    /**
     * Adds {@code sign} times the document's roles on its measures to its departments' measure counts and sets the
     * document's (seed/measure-counts), and adds its measures to the facet counts of the lists they are in
     * (seed/measure-facet-counts): -1 before its parts are removed, +1 once its links are written.
     */
    static void countMeasures(TransactionContext tx, String documentId, int sign) {
        tx.run(Cypher.statement("seed/measure-counts"), Map.of("documentIds", List.of(documentId), "sign", sign))
                .consume();
        countFacets(tx, List.of(documentId), sign);
    }

    /** Adds {@code sign} times the documents' measures to the facet counts (seed/measure-facet-counts). */
    static void countFacets(TransactionContext tx, List<String> documentIds, int sign) {
        tx.run(Cypher.statement("seed/measure-facet-counts"), Map.of("documentIds", documentIds, "sign", sign))
                .consume();
    }

    private static List<Map<String, Object>> inDocumentOrder(List<Map<String, Object>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("seq", i + 1);
        }
        return rows;
    }

    /** Groups links by type and by the concrete labels of their endpoints, one statement per group. */
    private static void writeLinks(TransactionContext tx, DocumentBundle bundle) {
        Set<String> measureIds = bundle.measures().stream().map(MeasureRecord::id).collect(Collectors.toSet());
        Set<String> sectionIds = bundle.sections().stream().map(SectionRecord::id).collect(Collectors.toSet());
        Map<LinkType, Map<String, List<Map<String, Object>>>> groups = new EnumMap<>(LinkType.class);
        for (LinkRecord link : bundle.links()) {
            String from = concreteLabel(link.type().fromLabel(), link.fromId(), measureIds, sectionIds);
            String to = concreteLabel(link.type().toLabel(), link.toId(), measureIds, sectionIds);
            groups.computeIfAbsent(link.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(from + ">" + to, k -> new ArrayList<>())
                    .add(link(link));
        }
        groups.forEach((type, byLabels) -> byLabels.forEach((labels, rows) -> {
            String[] fromTo = labels.split(">");
            String statement = Cypher.statement("seed/link")
                    .replace("{{TYPE}}", type.name())
                    .replace("{{FROM}}", fromTo[0])
                    .replace("{{TO}}", fromTo[1]);
            tx.run(statement, Map.of("links", rows)).consume();
        }));
    }

    /** "Measure|Section" endpoints resolve by which of the bundle's records carries the id. */
    private static String concreteLabel(String declared, String id, Set<String> measureIds, Set<String> sectionIds) {
        if (!declared.contains("|")) {
            return declared;
        }
        if (declared.startsWith("Department")) {
            return id.startsWith(GENERIC_ACTOR_PREFIX) ? "GenericActor" : "Department";
        }
        if (measureIds.contains(id)) {
            return "Measure";
        }
        if (sectionIds.contains(id)) {
            return "Section";
        }
        throw new IllegalArgumentException("Link endpoint " + id + " is neither a Measure nor a Section of its document");
    }

    static String contentHash(DocumentBundle bundle) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Records have value-based, deterministic toString(): the hash changes exactly when the content does.
            return HexFormat.of().formatHex(sha.digest(bundle.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A generic actor's parameters, listed in the vocabulary or recognised in a plan (note may be null). */
    private static Map<String, Object> genericActor(GenericActorRecord g) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", g.id());
        m.put("name", g.name());
        m.put("kind", g.kind());
        m.put("note", g.note());
        return m;
    }

    private static Map<String, Object> department(DepartmentRecord d) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("aliases", d.aliases());
        m.put("level", d.level());
        m.put("note", d.note());
        m.put("place", d.place());
        return m;
    }

    private static Map<String, Object> park(ParkRecord p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("aliases", p.aliases());
        m.put("administeredBy", p.administeredBy());
        m.put("note", p.note());
        return m;
    }

    private static Map<String, Object> initiative(InitiativeRecord i) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", i.id());
        m.put("name", i.name());
        m.put("aliases", i.aliases());
        m.put("note", i.note());
        return m;
    }

    private static Map<String, Object> document(DocumentRecord d) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("docNumber", d.docNumber());
        m.put("issuedOn", d.issuedOn());
        m.put("status", d.status() == null ? null : d.status().name());
        m.put("horizon", d.horizon());
        m.put("issuerIds", d.issuerIds() == null ? List.of() : d.issuerIds());
        m.put("place", d.place());
        putSource(m, d.source());
        return m;
    }

    private static Map<String, Object> section(SectionRecord s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("documentId", s.documentId());
        m.put("parentId", s.parentId());
        m.put("label", s.label());
        m.put("title", s.title());
        m.put("text", s.text());
        m.put("order", s.order());
        putSource(m, s.source());
        return m;
    }

    private static Map<String, Object> measure(MeasureRecord r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("documentId", r.documentId());
        m.put("parentId", r.parentId());
        m.put("number", r.number());
        m.put("list", r.list());
        m.put("title", r.title());
        m.put("text", r.text());
        m.put("timeline", r.timeline());
        m.put("order", r.order());
        putSource(m, r.source());
        return m;
    }

    private static Map<String, Object> indicator(IndicatorRecord r) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", r.id());
        m.put("documentId", r.documentId());
        m.put("ownerId", r.ownerId());
        m.put("name", r.name());
        m.put("value", r.value());
        m.put("valueMax", r.valueMax());
        m.put("unit", r.unit());
        m.put("year", r.year());
        m.put("kind", r.kind().name());
        m.put("comparator", r.comparator().name());
        m.put("aspirational", r.aspirational());
        m.put("role", r.role().name());
        m.put("period", r.period().name());
        m.put("periodFrom", r.periodFrom());
        m.put("periodTo", r.periodTo());
        m.put("printedUnit", r.printedUnit());
        m.put("each", r.each());
        m.put("metricId", r.metricId());
        putSource(m, r.source());
        return m;
    }

    private static Map<String, Object> link(LinkRecord l) {
        Map<String, Object> m = new HashMap<>();
        m.put("fromId", l.fromId());
        m.put("toId", l.toId());
        putSource(m, l.source());
        return m;
    }

    private static void putSource(Map<String, Object> m, SourceRef source) {
        m.put("location", source == null ? null : source.location());
        m.put("quote", source == null ? null : source.quote());
        if (source != null) {
            m.putIfAbsent("documentId", source.documentId());
        }
    }
}
