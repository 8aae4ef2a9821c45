package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.model.DepartmentRecord;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.InitiativeRecord;
import org.policygraph.model.ParkRecord;
import org.policygraph.model.Places;
import org.policygraph.model.Vocabulary;

/**
 * Reads {@code vocabulary/*.tsv} (format in graph-seed/FORMAT.md) and checks what the graph relies on: ids are unique
 * slugs, a name or alias belongs to exactly one department (so a printed name resolves to one body), and every
 * administering 管委会 a park names is a known department.
 */
public final class VocabularyReader {

    static final String DEPARTMENTS = "vocabulary/departments.tsv";
    static final String NOT_DEPARTMENTS = "vocabulary/not-departments.tsv";
    static final String PARKS = "vocabulary/parks.tsv";
    static final String INITIATIVES = "vocabulary/initiatives.tsv";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> GENERIC_KINDS = Set.of("DEPARTMENTS", "DISTRICT_GOVERNMENTS",
            "LOCAL_GOVERNMENTS", "LEADERSHIP", "ASSOCIATIONS", "ENTERPRISES");
    private static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCIAL", "MUNICIPAL", "DISTRICT", "ZONE");

    private VocabularyReader() {
    }

    public static SeedVocabulary read(SeedSource source) {
        Map<String, String> definedAt = new LinkedHashMap<>();
        List<DepartmentRecord> departments = readDepartments(TsvTable.read(source, DEPARTMENTS,
                "id", "name", "level", "aliases"), definedAt);
        List<GenericActorRecord> genericActors = readGenericActors(TsvTable.read(source, NOT_DEPARTMENTS, "phrase"));
        Set<String> notDepartments = new LinkedHashSet<>();
        genericActors.forEach(g -> notDepartments.add(g.name()));
        List<ParkRecord> parks = readParks(TsvTable.read(source, PARKS, "id", "name", "aliases", "administered_by"),
                departments, definedAt);
        List<InitiativeRecord> initiatives = readInitiatives(TsvTable.read(source, INITIATIVES, "id", "name",
                "aliases"), definedAt);
        return new SeedVocabulary(new Vocabulary(departments, parks, initiatives, genericActors,
                readSuccessions(source, departments)),
                Set.copyOf(notDepartments), definedAt,
                PlanConventions.read(source), GenericActorGrammar.read(source, GENERIC_KINDS),
                ResponsibilityLabels.read(source), BodyNameEndings.read(source));
    }

    static List<DepartmentRecord> readDepartments(TsvTable table, Map<String, String> definedAt) {
        List<DepartmentRecord> departments = new ArrayList<>();
        Map<String, String> spellingOwner = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = uniqueSlug(row, definedAt);
            String level = row.required("level");
            if (!LEVELS.contains(level)) {
                throw row.error("level '" + level + "' is not one of " + LEVELS);
            }
            String name = row.required("name");
            List<String> aliases = distinct(row.list("aliases"), name);
            checkSpellings(row, id, name, aliases, spellingOwner, definedAt, "department",
                    "; an alias must name exactly one body");
            String place = optional(row, "place");
            if (place != null && !Places.isPlace(place)) {
                throw row.error(Places.notAPlace(place) + "; leave it empty for a body named absolutely (商务部, "
                        + "湖北省人民政府)");
            }
            departments.add(new DepartmentRecord(id, name, aliases, level, optional(row, "note"), place));
        }
        return List.copyOf(departments);
    }

    static List<GenericActorRecord> readGenericActors(TsvTable table) {
        Set<String> phrases = new LinkedHashSet<>();
        List<GenericActorRecord> actors = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String phrase = row.required("phrase");
            if (!phrases.add(phrase)) {
                throw row.error("phrase '" + row.get("phrase") + "' is listed twice");
            }
            String kind = optional(row, "kind");
            if (kind != null && !GENERIC_KINDS.contains(kind)) {
                throw row.error("kind '" + kind + "' is not one of " + GENERIC_KINDS);
            }
            actors.add(new GenericActorRecord(genericActorId(phrase), phrase, kind == null ? "DEPARTMENTS" : kind,
                    optional(row, "note")));
        }
        return List.copyOf(actors);
    }

    static final String SUCCESSORS = "vocabulary/department-successors.tsv";
    private static final Pattern SINCE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    static List<Vocabulary.Succession> readSuccessions(SeedSource source, List<DepartmentRecord> departments) {
        if (!source.exists(SUCCESSORS)) {
            return List.of();
        }
        Set<String> ids = new HashSet<>();
        departments.forEach(d -> ids.add(d.id()));
        List<Vocabulary.Succession> successions = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read(source, SUCCESSORS, "from", "to", "since").rows()) {
            String from = row.required("from");
            String to = row.required("to");
            for (String id : List.of(from, to)) {
                if (!ids.contains(id)) {
                    throw row.error("'" + id + "' is not a department id in " + DEPARTMENTS);
                }
            }
            String since = row.required("since");
            if (!SINCE.matcher(since).matches()) {
                throw row.error("since '" + since + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }
            successions.add(new Vocabulary.Succession(from, to, since, optional(row, "note")));
        }
        return List.copyOf(successions);
    }

    /** Stable id of a generic actor: "generic-" and a hash of its phrase (phrases are Chinese, ids ascii). */
    public static String genericActorId(String phrase) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(phrase.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "generic-" + java.util.HexFormat.of().formatHex(hash).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static List<ParkRecord> readParks(TsvTable table, List<DepartmentRecord> departments, Map<String, String> definedAt) {
        Set<String> departmentIds = new HashSet<>();
        departments.forEach(d -> departmentIds.add(d.id()));
        List<ParkRecord> parks = new ArrayList<>();
        Map<String, String> spellingOwner = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            Named named = named(row, definedAt, spellingOwner, "park");
            List<String> administeredBy = row.list("administered_by");
            for (String department : administeredBy) {
                if (!departmentIds.contains(department)) {
                    throw row.error("administered_by names '" + department + "', which is not a department id in "
                            + DEPARTMENTS);
                }
            }
            parks.add(new ParkRecord(named.id(), named.name(), named.aliases(), administeredBy, optional(row, "note")));
        }
        return List.copyOf(parks);
    }

    static List<InitiativeRecord> readInitiatives(TsvTable table, Map<String, String> definedAt) {
        List<InitiativeRecord> initiatives = new ArrayList<>();
        Map<String, String> spellingOwner = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            Named named = named(row, definedAt, spellingOwner, "initiative");
            initiatives.add(new InitiativeRecord(named.id(), named.name(), named.aliases(), optional(row, "note")));
        }
        return List.copyOf(initiatives);
    }

    /** A row's id, name and aliases ({@link #named}). */
    private record Named(String id, String name, List<String> aliases) {
    }

    /**
     * The id ({@link #uniqueSlug}), name and aliases of a row of a vocabulary of named things (parks, initiatives),
     * each spelling naming no other {@code kind} ({@link #checkSpellings}).
     */
    private static Named named(TsvTable.Row row, Map<String, String> definedAt, Map<String, String> spellingOwner,
                               String kind) {
        String id = uniqueSlug(row, definedAt);
        String name = row.required("name");
        List<String> aliases = distinct(row.list("aliases"), name);
        checkSpellings(row, id, name, aliases, spellingOwner, definedAt, kind, "");
        return new Named(id, name, aliases);
    }

    /** Each spelling (name or alias) names one {@code kind} only; {@code remark} closes the error saying why. */
    private static void checkSpellings(TsvTable.Row row, String id, String name, List<String> aliases,
                                       Map<String, String> spellingOwner, Map<String, String> definedAt, String kind,
                                       String remark) {
        for (String spelling : concat(name, aliases)) {
            String owner = spellingOwner.putIfAbsent(spelling, id);
            if (owner != null && !owner.equals(id)) {
                throw row.error("name or alias '" + spelling + "' of '" + id + "' already belongs to " + kind + " '"
                        + owner + "' (" + definedAt.get(owner) + ")" + remark);
            }
        }
    }

    /** Ids are unique across all vocabularies, since links point at them without saying which label. */
    private static String uniqueSlug(TsvTable.Row row, Map<String, String> definedAt) {
        String id = row.required("id");
        if (!SLUG.matcher(id).matches()) {
            throw row.error("id '" + id + "' is not an ascii slug (lower case letters, digits, '-')");
        }
        String earlier = definedAt.putIfAbsent(id, row.where());
        if (earlier != null) {
            throw row.error("id '" + id + "' is already defined at " + earlier);
        }
        return id;
    }

    private static List<String> distinct(List<String> aliases, String name) {
        Set<String> unique = new LinkedHashSet<>(aliases);
        unique.remove(name);
        return List.copyOf(unique);
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    private static String optional(TsvTable.Row row, String column) {
        String value = row.values().get(column);
        return value == null || value.isEmpty() ? null : value;
    }
}
