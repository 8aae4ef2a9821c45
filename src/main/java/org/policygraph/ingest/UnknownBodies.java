package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.model.SourceRef;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Bodies a submitted plan names in a responsibility slot (table cell, note, prose role) that the vocabulary lacks:
 * each becomes an uncurated Department node with the quote it was first read from. Its id is derived from the plan's
 * scope and the printed name: the scope is the plan's place where known (so every plan of 天津市河北区 naming 区财政局
 * reaches one node, and a plan of another district another), else the plan's own id (a plan of unknown place shares
 * its bodies with no other: over-splitting is undone by mergeDepartment, over-merging could not be). The node carries
 * the place. A relative spelling of another place's curated body (市商务局 of 武汉市 in a plan of 连云港市) is such a
 * body too ({@link DepartmentResolver#resolve}). Only names shaped like a body (…局, …委, …办, …厅,
 * …政府, …管委会, …中心 …, and people's organisations: 工商联, 科协; the endings are data,
 * graph-seed/vocabulary/body-name-endings.tsv, {@link BodyNameEndings}) qualify; anything else stays a warning. Parks and zones a measure names that the
 * vocabulary lacks ({@link ParkNames}) become uncurated Park nodes the same way.
 */
final class UnknownBodies {

    static final String ID_PREFIX = "uncurated-";
    private final String documentId;
    /** The plan's place, null when unknown. */
    private final String place;
    private final BodyNameEndings endings;
    private final Map<String, UncuratedBodyRecord> bodies = new LinkedHashMap<>();
    private final Map<String, UncuratedBodyRecord> parks = new LinkedHashMap<>();

    UnknownBodies(String documentId, String place, BodyNameEndings endings) {
        this.documentId = documentId;
        this.place = place;
        this.endings = endings;
    }

    /** The node for an unknown body named {@code name}, created at its first mention; empty if not body-shaped. */
    Optional<String> department(String name, String quote, String location) {
        return department(name, quote, location, false);
    }

    /**
     * @param kindLeftOut the name is printed without its kind's word, which the next name of its list carries
     *                    ("人民大垸、荒湖管理区"): a body although its own shape does not say so
     */
    Optional<String> department(String name, String quote, String location, boolean kindLeftOut) {
        if (!kindLeftOut && !endings.isBodyLike(name)) {
            return Optional.empty();
        }
        UncuratedBodyRecord body = bodies.computeIfAbsent(name, n -> new UncuratedBodyRecord(idOf(place, documentId, n), "Department",
                n, new SourceRef(documentId, location, quote), place));
        return Optional.of(body.id());
    }

    /** The node for an unknown park or zone named {@code name}, created at its first mention. */
    String park(String name, String quote, String location) {
        return parks.computeIfAbsent(name, n -> new UncuratedBodyRecord(idOf(place, documentId, PARK + n), "Park",
                n, new SourceRef(documentId, location, quote), place)).id();
    }

    boolean knowsPark(String name) {
        return parks.containsKey(name);
    }

    boolean knows(String name) {
        return bodies.containsKey(name);
    }

    List<UncuratedBodyRecord> records() {
        List<UncuratedBodyRecord> records = new java.util.ArrayList<>(bodies.values());
        records.addAll(parks.values());
        return List.copyOf(records);
    }

    /** What an uncurated park's name is prefixed with in its id (a park and a body may share a name). */
    static final String PARK = "Park:";

    /**
     * The id of an uncurated body named {@code name} ({@link #PARK} + name for a park) in a plan of {@code place}, or,
     * where the place is unknown (null), in the plan {@code documentId} alone.
     */
    static String idOf(String place, String documentId, String name) {
        String scope = place != null ? "place:" + place : "document:" + documentId;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((scope + "\n" + name)
                    .getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
