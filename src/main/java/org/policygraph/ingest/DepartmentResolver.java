package org.policygraph.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.DepartmentRecord;
import org.policygraph.model.GenericActorRecord;
import org.policygraph.model.Places;

/**
 * Resolves a department name as printed in a source ("市商务局", "商务局", "市发展和改革委员会等") to a department id,
 * by exact match on the canonical name or an alias after trimming 等 and punctuation. Nothing is guessed: a name the
 * vocabulary does not list resolves to empty, and the caller records a warning (or fails, in strict mode). This is
 * deliberate: 商务部 (the ministry) and 市商务局 differ by one character and must never be merged by similarity.
 *
 * <p>A resolver reads one plan, of one place (null: unknown). A relative spelling of a body bound to a place (市商务局 of
 * 武汉市) resolves only in a plan of that place or within it ({@link Places#spellingApplies}); elsewhere the name is
 * {@link #knows known} but resolves to nothing, and the caller keeps it as a body of the plan's own place.
 */
public final class DepartmentResolver {

    /**
     * The "and others" closing a list of bodies: "等", "等部门", "等单位", "等有关部门", or both kinds joined ("等部门、单位",
     * "等有关部门和单位"). One definition for the name trimmer here and for the cells of tables (CellContents).
     */
    static final String AND_OTHERS = "等(?:(?:有关|相关)?(?:部门|单位)(?:[、和及与](?:部门|单位))?)?";
    /** {@link #AND_OTHERS} and punctuation around a name. */
    private static final Pattern TRAILING_ETC = Pattern.compile(AND_OTHERS + "$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{P}]+|[\\s\\p{P}]+$");

    private final Map<String, DepartmentRecord> bySpelling = new HashMap<>();
    private final String place;
    private final Map<String, GenericActorRecord> listedGenericActors = new HashMap<>();
    private final GenericActorGrammar genericActorGrammar;
    private final BodyNameEndings bodyNameEndings;

    /** @param place the place of the plan read (武汉市), null when unknown: relative spellings then resolve nowhere */
    public DepartmentResolver(SeedVocabulary vocabulary, String place) {
        this.place = place;
        for (DepartmentRecord department : vocabulary.vocabulary().departments()) {
            bySpelling.put(department.name(), department);
            department.aliases().forEach(alias -> bySpelling.put(alias, department));
        }
        vocabulary.vocabulary().genericActors().forEach(g -> listedGenericActors.put(g.name(), g));
        this.genericActorGrammar = vocabulary.genericActorGrammar();
        this.bodyNameEndings = vocabulary.bodyNameEndings();
    }

    /** The endings of a body's name the vocabulary lists (what shapes a name it lacks as a body's). */
    BodyNameEndings bodyNameEndings() {
        return bodyNameEndings;
    }

    /** The name without surrounding punctuation, whitespace and a trailing 等/等部门. */
    public static String trim(String printedName) {
        String name = printedName.replaceAll("\\s+", "");
        String previous;
        do {
            previous = name;
            String closing = bracketedRemarkStart(name) >= 0 ? name.substring(name.length() - 1) : "";
            name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
            name = TRAILING_ETC.matcher(name).replaceAll("");
            if (!closing.isEmpty() && bracketedRemarkStart(name + closing) >= 0) {
                name = name + closing; // 高新园(邹区镇): the bracket closes one the name opens
            }
        } while (!name.equals(previous));
        return name;
    }

    /** A name ending with a bracket it opened itself: 高新园(邹区镇), 城乡社区服务中心（站）. */
    private static final Pattern BALANCED_TAIL = Pattern.compile("[\\p{IsHan}][(（][^()（）]{1,10}[)）]$");

    /** Where the remark in brackets that closes a name starts (高新园(邹区镇) → 3), or -1 when none closes it. */
    static int bracketedRemarkStart(String name) {
        Matcher m = BALANCED_TAIL.matcher(name);
        return m.find() ? m.start() + 1 : -1;
    }

    /**
     * The department id for a printed name in this plan, or empty when the vocabulary does not list it or lists it as
     * a relative spelling of a body of another place (市商务局 in a plan of 连云港市).
     */
    public Optional<String> resolve(String printedName) {
        String name = trim(printedName);
        DepartmentRecord department = bySpelling.get(name);
        return department != null && Places.spellingApplies(name, department.place(), place)
                ? Optional.of(department.id()) : Optional.empty();
    }

    /**
     * Whether the vocabulary lists the printed name as a body's spelling, whatever the body's place: the name is a
     * body's (what the parser needs to cut and read a list of names), though in a plan of another place not that body.
     */
    public boolean knows(String printedName) {
        return bySpelling.containsKey(trim(printedName));
    }

    /** The place of the plan this resolver reads, null when unknown. */
    public String place() {
        return place;
    }

    /**
     * The generic actor (各区人民政府, 市政府分管领导, 区级相关部门 …) a printed name is, if it is one: a phrase
     * not-departments.tsv lists, else one the grammar of generic-actor-parts.tsv reads as a whole. The name is tried
     * trimmed and as printed (a trailing bracket belongs to 各县（市、区）).
     */
    public Optional<GenericActorRecord> genericActor(String printedName) {
        for (String name : List.of(trim(printedName), printedName.strip())) {
            GenericActorRecord listed = listedGenericActors.get(name);
            if (listed != null) {
                return Optional.of(listed);
            }
        }
        for (String name : List.of(trim(printedName), printedName.strip())) {
            Optional<GenericActorGrammar.Match> match = genericActorGrammar.whole(name);
            if (match.isPresent()) {
                return match.map(DepartmentResolver::recognised);
            }
        }
        return Optional.empty();
    }

    /** The quantifier a list's first generic actor may share with the bare levels after it: "各开发区、镇(街道)". */
    static final String EACH = "各";

    /**
     * The generic actor a bare level or kind of body listed after a generic actor opening with 各 is ("各开发区、镇
     * (街道)": 各 covers 镇(街道) too), named as printed; empty when "各" with it is no generic actor ("各开发区、市财政局").
     */
    public Optional<GenericActorRecord> genericActorSharingEach(String printedName) {
        String name = trim(printedName);
        if (name.isEmpty() || name.startsWith(EACH) || knows(name)) {
            return Optional.empty();
        }
        return genericActor(EACH + name).map(g -> new GenericActorRecord(VocabularyReader.genericActorId(name), name,
                g.kind(), "Read with the " + EACH + " of the generic actor listed before it (as " + g.name() + "); "
                        + "not curated."));
    }

    /** Whether {@code actor} (from {@link #genericActor}) is one not-departments.tsv lists (a node the vocabulary writes). */
    public boolean isListed(GenericActorRecord actor) {
        return listedGenericActors.get(actor.name()) == actor;
    }

    /** A generic actor no list holds, recognised from its parts; its node says so in its note. */
    static GenericActorRecord recognised(GenericActorGrammar.Match match) {
        return new GenericActorRecord(VocabularyReader.genericActorId(match.phrase()), match.phrase(), match.kind(),
                "Recognised from its parts (" + match.parts() + ", " + GenericActorGrammar.FILE
                        + "); not curated.");
    }

    /** True for placeholders such as 各相关部门 that look like a department but name none. */
    public boolean isPlaceholder(String printedName) {
        return trim(printedName).isEmpty() || genericActor(printedName).isPresent();
    }
}
