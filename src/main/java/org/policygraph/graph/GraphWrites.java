package org.policygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.policygraph.model.Places;
import org.policygraph.model.DocumentBundle;
import org.policygraph.model.EditorAliases;
import org.policygraph.model.LinkRecord;
import org.policygraph.model.MeasureRecord;

/**
 * The write path's statements: ingest and retract documents, add aliases, and the audit trail. Every change runs in
 * ONE write transaction together with its {@code (:Change)} record, so it happens completely, with its audit, or not
 * at all (a killed process or a lost connection rolls it back). Dry runs and lookups run in read transactions.
 */
@ApplicationScoped
public class GraphWrites {

    /** What an ingest did (or, for a dry run, would do). */
    public enum IngestOutcome { CREATED, REPLACED, UNCHANGED }

    /** Vocabulary entries that take aliases; the label is never user input. */
    public enum AliasOwner {
        DEPARTMENT("Department"), PARK("Park");

        final String label;

        AliasOwner(String label) {
            this.label = label;
        }
    }

    public record ChangeRecord(String id, String kind, String actor, String at, String documentId, String target,
                               String summary) {
    }

    /**
     * @param nodes         nodes the document consists of, by label (what is or would be written)
     * @param relationships relationships it states, by type
     * @param keptMeasures  measures whose ids were already in the graph (replaced in place), then added and removed ids
     * @param change        the audit record; null for a dry run or an unchanged text
     */
    public record IngestResult(String documentId, IngestOutcome outcome, boolean dryRun, Map<String, Integer> nodes,
                               Map<String, Integer> relationships, int keptMeasures, int addedMeasures,
                               int removedMeasures, ChangeRecord change) {
    }

    public record RetractResult(String documentId, Map<String, Integer> removed, int incomingReferences,
                                ChangeRecord change) {
    }

    /** @param change null when the alias was already there (nothing written) */
    public record AliasResult(String ownerId, String ownerName, String alias, ChangeRecord change) {
    }

    @Inject
    Driver driver;

    /** Aliases editors added, to be used by the next ingest. */
    public EditorAliases editorAliases() {
        return read(tx -> {
            Map<String, List<String>> departments = new HashMap<>();
            Map<String, List<String>> parks = new HashMap<>();
            for (Record r : tx.run(Cypher.statement("write/editor-aliases"), Map.of()).list()) {
                Map<String, List<String>> target = "Park".equals(r.get("label").asString()) ? parks : departments;
                target.put(r.get("id").asString(), r.get("aliases").asList(v -> v.asString()));
            }
            return new EditorAliases(departments, parks);
        });
    }

    /**
     * Writes the document, replacing an earlier version of it, unless the graph holds exactly this content already.
     * A dry run computes the same answer in a read transaction and writes nothing.
     */
    public IngestResult ingest(DocumentBundle bundle, String actor, boolean dryRun) {
        String hash = SeedWriter.contentHash(bundle);
        if (dryRun) {
            return read(tx -> plan(tx, bundle, hash, true));
        }
        return write(tx -> {
            IngestResult planned = plan(tx, bundle, hash, false);
            if (planned.outcome() == IngestOutcome.UNCHANGED) {
                return planned;
            }
            String id = bundle.document().id();
            SeedWriter.writeDocument(tx, bundle, hash);
            tx.run(Cypher.statement("write/document-ingested"), Map.of("id", id, "actor", actor)).consume();
            ChangeRecord change = recordChange(tx, "INGEST_DOCUMENT", actor, id, id, planned.outcome() + " "
                    + describe(planned));
            return new IngestResult(id, planned.outcome(), false, planned.nodes(), planned.relationships(),
                    planned.keptMeasures(), planned.addedMeasures(), planned.removedMeasures(), change);
        });
    }

    private static IngestResult plan(TransactionContext tx, DocumentBundle bundle, String hash, boolean dryRun) {
        String id = bundle.document().id();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("docNumber", bundle.document().docNumber());
        Record state = tx.run(Cypher.statement("write/document-state"), params).single();
        boolean present = state.get("present").asBoolean(false);
        if (present && "seed".equals(state.get("origin").asString())) {
            throw new WriteRejectedException(WriteRejectedException.Reason.SEEDED_DOCUMENT, "document " + id
                    + " comes from graph-seed; change it in graph-seed/, not by ingest");
        }
        List<String> sameDocNumber = state.get("sameDocNumber").asList(v -> v.asString());
        if (!sameDocNumber.isEmpty()) {
            throw new WriteRejectedException(WriteRejectedException.Reason.CONFLICT, "document number "
                    + bundle.document().docNumber() + " already belongs to document " + sameDocNumber.get(0));
        }
        Set<String> before = new LinkedHashSet<>(state.get("measureIds").asList(v -> v.asString()));
        Set<String> after = new LinkedHashSet<>();
        bundle.measures().stream().map(MeasureRecord::id).forEach(after::add);
        int kept = (int) after.stream().filter(before::contains).count();
        IngestOutcome outcome = !present ? IngestOutcome.CREATED
                : hash.equals(state.get("contentHash").asString(null)) ? IngestOutcome.UNCHANGED
                : IngestOutcome.REPLACED;
        return new IngestResult(id, outcome, dryRun, nodeCounts(bundle), relationshipCounts(bundle), kept,
                after.size() - kept, before.size() - kept, null);
    }

    private static Map<String, Integer> nodeCounts(DocumentBundle bundle) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Document", 1);
        counts.put("Section", bundle.sections().size());
        counts.put("Measure", bundle.measures().size());
        counts.put("Indicator", bundle.indicators().size());
        return counts;
    }

    private static Map<String, Integer> relationshipCounts(DocumentBundle bundle) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("HAS_PART", bundle.sections().size() + bundle.measures().size());
        counts.put("HAS_INDICATOR", bundle.indicators().size());
        counts.put("OF_METRIC", (int) bundle.indicators().stream().filter(i -> i.metricId() != null).count());
        counts.put("ISSUED_BY", bundle.document().issuerIds() == null ? 0 : bundle.document().issuerIds().size());
        for (LinkRecord link : bundle.links()) {
            counts.merge(link.type().name(), 1, Integer::sum);
        }
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private static String describe(IngestResult planned) {
        return planned.nodes() + ", measures kept " + planned.keptMeasures() + ", added " + planned.addedMeasures()
                + ", removed " + planned.removedMeasures();
    }

    /** Removes a document that the write path created, with all its parts. */
    public RetractResult retract(String id, String actor) {
        return write(tx -> {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("docNumber", null);
            Record state = tx.run(Cypher.statement("write/document-state"), params).single();
            if (!state.get("present").asBoolean(false)) {
                throw new WriteRejectedException(WriteRejectedException.Reason.NOT_FOUND, "no document with id '"
                        + id + "'");
            }
            if ("seed".equals(state.get("origin").asString())) {
                throw new WriteRejectedException(WriteRejectedException.Reason.SEEDED_DOCUMENT, "document " + id
                        + " comes from graph-seed; remove it from graph-seed/documents.tsv instead");
            }
            SeedWriter.countMeasures(tx, id, -1); // the roles the retraction removes
            Record result = tx.run(Cypher.statement("write/document-retract"), Map.of("id", id)).single();
            Map<String, Integer> removed = new TreeMap<>();
            removed.put("Document", 1);
            for (var entry : result.get("removed").asList(v -> v.asMap())) {
                if (entry.get("label") != null) {
                    removed.put((String) entry.get("label"), ((Number) entry.get("count")).intValue());
                }
            }
            int incoming = result.get("incomingReferences").asInt();
            ChangeRecord change = recordChange(tx, "RETRACT_DOCUMENT", actor, id, id, "removed " + removed
                    + (incoming > 0 ? ", and " + incoming + " references from other documents" : ""));
            return new RetractResult(id, removed, incoming, change);
        });
    }

    /** Adds an alias to a department or park (named by id, name or alias); a no-op when it already has it. */
    public AliasResult addAlias(AliasOwner owner, String ownerName, String alias, String actor) {
        return write(tx -> {
            String statement = CypherTemplate.fill("write/alias-owner", Map.of("LABEL", owner.label));
            Record found = tx.run(statement, Map.of("owner", ownerName, "alias", alias)).single();
            if (found.get("id").isNull()) {
                throw new WriteRejectedException(WriteRejectedException.Reason.NOT_FOUND, "no "
                        + owner.label.toLowerCase() + " with id, name or alias '" + ownerName + "'");
            }
            List<String> candidates = found.get("candidates").asList(v -> v.asString());
            if (candidates.size() > 1) {
                throw new WriteRejectedException(WriteRejectedException.Reason.CONFLICT, "'" + ownerName
                        + "' names several " + owner.label.toLowerCase() + "s " + candidates + "; use the id");
            }
            String id = found.get("id").asString();
            String name = found.get("name").asString();
            List<String> usedBy = found.get("usedBy").asList(v -> v.asString());
            if (!usedBy.isEmpty()) {
                throw new WriteRejectedException(WriteRejectedException.Reason.CONFLICT, "'" + alias
                        + "' already names " + usedBy.get(0) + "; one spelling can name one " + owner.label.toLowerCase()
                        + " only");
            }
            if (found.get("already").asBoolean()) {
                return new AliasResult(id, name, alias, null);
            }
            String add = CypherTemplate.fill("write/alias-add", Map.of("LABEL", owner.label));
            tx.run(add, Map.of("id", id, "alias", alias)).consume();
            String merged = "";
            if (owner == AliasOwner.DEPARTMENT) {
                // an uncurated body printed under this spelling in a plan where the spelling means this department
                // (Places: a relative alias of 武汉市's body, in a plan of 武汉市) is the same body: its roles move over
                String place = found.get("place").asString(null);
                for (Record uncurated : tx.run(Cypher.statement("write/department-lookup"), Map.of("name", alias))
                        .list()) {
                    if (!uncurated.get("curated").asBoolean()
                            && Places.spellingApplies(alias, place, uncurated.get("place").asString(null))) {
                        Record m = mergeDepartments(tx, uncurated.get("id").asString(), id);
                        merged += "; merged uncurated " + uncurated.get("id").asString() + " ("
                                + m.get("moved").asLong() + " roles)";
                    }
                }
            }
            ChangeRecord change = recordChange(tx, "ADD_" + owner.name() + "_ALIAS", actor, null, id,
                    "'" + alias + "' → " + name + merged);
            return new AliasResult(id, name, alias, change);
        });
    }

    /** What mergeDepartment did. */
    public record MergeResult(String fromId, String fromName, String intoId, String intoName, long rolesMoved,
                              List<String> aliasesAdded, ChangeRecord change) {
    }

    /**
     * Merges the uncurated department {@code fromName} into the department {@code intoName} (ids, names or aliases),
     * in one transaction with its (:Change). Curated departments change in graph-seed, not here.
     */
    public MergeResult mergeDepartment(String fromName, String intoName, String actor) {
        return write(tx -> {
            Record from = department(tx, fromName);
            Record into = department(tx, intoName);
            if (from.get("curated").asBoolean()) {
                throw new WriteRejectedException(WriteRejectedException.Reason.CONFLICT, "'" + fromName + "' is the "
                        + "curated department " + from.get("name").asString() + " (" + from.get("id").asString()
                        + "); only a body found in a submitted plan (curated: false) can be merged away, curated ones "
                        + "change in graph-seed/vocabulary/departments.tsv");
            }
            if (from.get("id").asString().equals(into.get("id").asString())) {
                throw new WriteRejectedException(WriteRejectedException.Reason.CONFLICT, "'" + fromName + "' and '"
                        + intoName + "' are the same department");
            }
            Record merged = mergeDepartments(tx, from.get("id").asString(), into.get("id").asString());
            long moved = merged.get("moved").asLong();
            List<String> spellings = merged.get("spellings").asList(v -> v.asString());
            ChangeRecord change = recordChange(tx, "MERGE_DEPARTMENT", actor, null, into.get("id").asString(),
                    "'" + from.get("name").asString() + "' (uncurated, " + from.get("id").asString() + ") → "
                            + into.get("name").asString() + "; " + moved + " roles moved, aliases " + spellings);
            return new MergeResult(from.get("id").asString(), from.get("name").asString(),
                    into.get("id").asString(), into.get("name").asString(), moved, spellings, change);
        });
    }

    /**
     * write/department-merge, with the facet counts of the documents whose measures the moved roles reach taken out
     * before and put back after: the merged department leaves their lists and values, its target gains them.
     */
    private static Record mergeDepartments(TransactionContext tx, String fromId, String intoId) {
        List<String> documentIds = tx.run(Cypher.statement("write/department-documents"), Map.of("id", fromId))
                .list(r -> r.get("documentId").asString());
        SeedWriter.countFacets(tx, documentIds, -1);
        Record merged = tx.run(Cypher.statement("write/department-merge"), Map.of("fromId", fromId, "intoId", intoId))
                .single();
        SeedWriter.countFacets(tx, documentIds, 1);
        return merged;
    }

    private static Record department(TransactionContext tx, String name) {
        List<Record> found = tx.run(Cypher.statement("write/department-lookup"), Map.of("name", name)).list();
        if (found.isEmpty()) {
            throw new WriteRejectedException(WriteRejectedException.Reason.NOT_FOUND, "no department with id, name "
                    + "or alias '" + name + "'");
        }
        return found.get(0);
    }

    /** The audit trail, newest first. */
    public List<ChangeRecord> changes(String documentId, int first) {
        return read(tx -> {
            Map<String, Object> params = new HashMap<>();
            params.put("documentId", documentId);
            params.put("first", first);
            List<ChangeRecord> changes = new ArrayList<>();
            for (Record r : tx.run(Cypher.statement("read/changes"), params).list()) {
                changes.add(changeRecord(r));
            }
            return changes;
        });
    }

    private static ChangeRecord recordChange(TransactionContext tx, String kind, String actor, String documentId,
                                             String target, String summary) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        params.put("actor", actor);
        params.put("documentId", documentId);
        params.put("target", target);
        params.put("summary", summary);
        Record r = tx.run(Cypher.statement("write/change"), params).single();
        return new ChangeRecord(r.get("id").asString(), kind, actor, r.get("at").asString(), documentId, target,
                summary);
    }

    private static ChangeRecord changeRecord(Record r) {
        return new ChangeRecord(r.get("id").asString(), r.get("kind").asString(), r.get("actor").asString(null),
                r.get("at").asString(), r.get("documentId").asString(null), r.get("target").asString(null),
                r.get("summary").asString(null));
    }

    private <T> T read(TransactionCallback<T> work) {
        return inSession(session -> session.executeRead(work));
    }

    private <T> T write(TransactionCallback<T> work) {
        // No schema work here: migrations run outside requests (graph.SchemaMigrations), and readiness waits for them.
        return inSession(session -> session.executeWrite(work));
    }

    /** One session per change; a database that cannot be reached is DATABASE_UNAVAILABLE, as for reads. */
    private <T> T inSession(Function<Session, T> work) {
        try (Session session = driver.session(SessionConfig.defaultConfig())) {
            return work.apply(session);
        } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException
                | TransientException e) {
            throw new GraphUnavailableException(e);
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            // A database that refuses writes for now (read-only, e.g. while an operator restores or the cluster has
            // no writer for it) is as unavailable for a change as an unreachable one; the change is not applied.
            if (NO_WRITER_CODES.contains(e.code())) {
                throw new GraphUnavailableException(e);
            }
            throw e;
        }
    }

    /** What Neo4j 5 answers a write it cannot take now: a read-only database (either setting) or a non-leader. */
    private static final java.util.Set<String> NO_WRITER_CODES = java.util.Set.of(
            "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
            "Neo.ClientError.General.WriteOnReadOnlyAccessDatabase",
            "Neo.ClientError.Cluster.NotALeader");
}
