package org.policygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.model.SourceRef;
import org.policygraph.model.UncuratedBodyRecord;

/**
 * Bodies a submitted plan names in a responsibility slot (table cell, note, prose role) that the vocabulary lacks:
 * each becomes an uncurated Department node (its id derived from the printed name, so every plan naming it reaches
 * the same node), with the quote it was first read from. Only names shaped like a body (…局, …委, …办, …厅,
 * …政府, …管委会, …中心 …, and people's organisations: 工商联, 科协; the endings are data,
 * graph-seed/vocabulary/body-name-endings.tsv) qualify; anything else stays a warning. Parks and zones a measure names that the
 * vocabulary lacks ({@link ParkNames}) become uncurated Park nodes the same way.
 */
final class UnknownBodies {

    static final String ID_PREFIX = "uncurated-";
    /** The file of the endings a body's name has (data: 局, 委, 管委会, 中心 …, 工商联, 经开区). */
    static final String ENDINGS_FILE = "vocabulary/body-name-endings.tsv";

    /** How much of a name may come before an ending of each shape (body-name-endings.tsv). */
    private enum Shape { NAME, SHORT, ZONE }

    /** The shape of a body's name, built once from the packaged seed's {@link #ENDINGS_FILE}. */
    private static final class Endings {
        static final Pattern BODY_LIKE = read(SeedSource.classpath());
    }

    /**
     * The pattern a body's name matches, from {@code source}'s {@link #ENDINGS_FILE}: group 1, 2 or 3 is the ending of
     * a NAME, SHORT or ZONE row.
     */
    static Pattern read(SeedSource source) {
        Map<Shape, List<String>> endings = new java.util.EnumMap<>(Shape.class);
        for (Shape shape : Shape.values()) {
            endings.put(shape, new java.util.ArrayList<>());
        }
        for (TsvTable.Row row : TsvTable.read(source, ENDINGS_FILE, "ending", "shape").rows()) {
            String ending = row.required("ending");
            if (!ending.matches("\\p{IsHan}+")) {
                throw row.error("an ending is Han characters (has '" + ending + "')");
            }
            Shape shape = row.oneOf("shape", Shape.class);
            if (endings.get(shape).contains(ending)) {
                throw row.error(shape + " ending '" + ending + "' is listed twice");
            }
            endings.get(shape).add(ending);
        }
        for (Shape shape : Shape.values()) {
            if (endings.get(shape).isEmpty()) {
                throw new SeedException(source.describe(ENDINGS_FILE), "no " + shape + " ending listed");
            }
        }
        return Pattern.compile("[\\p{IsHan}（）()]{2,24}(" + alternation(endings.get(Shape.NAME)) + ")"
                + "|[\\p{IsHan}]{1,8}(" + alternation(endings.get(Shape.SHORT)) + ")"
                + "|[\\p{IsHan}]{0,8}(" + alternation(endings.get(Shape.ZONE)) + ")");
    }

    private static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    private final String documentId;
    private final Map<String, UncuratedBodyRecord> bodies = new LinkedHashMap<>();
    private final Map<String, UncuratedBodyRecord> parks = new LinkedHashMap<>();

    UnknownBodies(String documentId) {
        this.documentId = documentId;
    }

    /** Whether {@code name} is shaped like the name of a body (…局, …委, …中心, …镇, 工商联). */
    static boolean isBodyLike(String name) {
        if (Endings.BODY_LIKE.matcher(name).matches()) {
            return true;
        }
        // a remark in brackets after a body's name: 高新园(邹区镇), 城乡社区服务中心（站）, 各有关乡镇(街道)
        int remark = DepartmentResolver.bracketedRemarkStart(name);
        return remark >= 0 && Endings.BODY_LIKE.matcher(name.substring(0, remark)).matches();
    }

    /**
     * The names of a list printed without separators ("区发改局区统计局", "文化宣传股文化馆": cells of web tables whose
     * line breaks were lost): split where a body-shaped name ends and the next opens with the list's first character
     * (its level or field, which the names of one list share); {@code name} alone when it does not read so.
     */
    static List<String> gluedNames(String name) {
        for (int i = 3; i <= name.length() - 3; i++) {
            String left = name.substring(0, i);
            String right = name.substring(i);
            if (right.charAt(0) == name.charAt(0) && isBodyLike(left) && left.indexOf('(') < 0
                    && left.indexOf('（') < 0) {
                List<String> rest = gluedNames(right);
                if (rest.size() > 1 || isBodyLike(right)) {
                    List<String> names = new java.util.ArrayList<>(List.of(left));
                    names.addAll(rest);
                    return names;
                }
            }
        }
        return List.of(name);
    }

    /** The word naming the kind of body {@code name} is (局, 管理区, 人民政府 …), or null if it is not body-shaped. */
    static String kindWord(String name) {
        Matcher m = Endings.BODY_LIKE.matcher(name);
        return m.matches() ? m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) : null;
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
        if (!kindLeftOut && !isBodyLike(name)) {
            return Optional.empty();
        }
        UncuratedBodyRecord body = bodies.computeIfAbsent(name, n -> new UncuratedBodyRecord(idOf(n), "Department", n,
                new SourceRef(documentId, location, quote)));
        return Optional.of(body.id());
    }

    /** The node for an unknown park or zone named {@code name}, created at its first mention. */
    String park(String name, String quote, String location) {
        return parks.computeIfAbsent(name, n -> new UncuratedBodyRecord(idOf("Park:" + n), "Park", n,
                new SourceRef(documentId, location, quote))).id();
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

    static String idOf(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
