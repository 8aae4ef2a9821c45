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
 * …政府, …管委会, …中心 …, and people's organisations: 工商联, 科协) qualify; anything else stays a warning. Parks and zones a measure names that the
 * vocabulary lacks ({@link ParkNames}) become uncurated Park nodes the same way.
 */
final class UnknownBodies {

    static final String ID_PREFIX = "uncurated-";
    private static final Pattern BODY_LIKE = Pattern.compile(
            "[\\p{IsHan}（）()]{2,24}(局|委|办|厅|署|院|会|部|处|股|馆|所|站|委员会|管委会|办公室|办公厅|人民政府|政府|中心|集团|公司|分行|支行|海关|银行|领导小组|小组|开发区|高新区|园区|新区|片区|试验区|管理区|产业园|工业园|物流园|科技园|创业园|大队|支队|调查队|总队|街道|镇|乡)"
            // people's organisations are named short: 工商联, 妇联, 残联, 科协, 侨联
            + "|[\\p{IsHan}]{1,8}(联|协)"
            // a zone's administration named by the zone alone, short: 经开区 (经济技术开发区), 高新区
            + "|[\\p{IsHan}]{0,8}(经开区|高新区)");

    private final String documentId;
    private final Map<String, UncuratedBodyRecord> bodies = new LinkedHashMap<>();
    private final Map<String, UncuratedBodyRecord> parks = new LinkedHashMap<>();

    UnknownBodies(String documentId) {
        this.documentId = documentId;
    }

    /** Whether {@code name} is shaped like the name of a body (…局, …委, …中心, …镇, 工商联). */
    static boolean isBodyLike(String name) {
        if (BODY_LIKE.matcher(name).matches()) {
            return true;
        }
        // a remark in brackets after a body's name: 高新园(邹区镇), 城乡社区服务中心（站）, 各有关乡镇(街道)
        int remark = DepartmentResolver.bracketedRemarkStart(name);
        return remark >= 0 && BODY_LIKE.matcher(name.substring(0, remark)).matches();
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
        Matcher m = BODY_LIKE.matcher(name);
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
