package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises generic actors from their parts ({@code vocabulary/generic-actor-parts.tsv}): a scope or quantifier
 * (各, 相关, 区级相关, 全区…各) and a kind of body (人民政府, 部门, 街道办事处, 专班, 协会 …), so that a phrase no list
 * holds (区级相关部门, 各街道办事处, 相关市(州)人民政府, 全区经济运行各专班) is still a typed generic actor, read as
 * printed and as long as it goes. The grammar is in the file's header; this class only compiles it.
 */
final class GenericActorGrammar {

    static final String FILE = "vocabulary/generic-actor-parts.tsv";

    enum Slot { WIDE_OWNER, OWNER, COMMITTEE, QUANTIFIER, LEVEL, DOMAIN, BODY, POST }

    /**
     * At most this many characters name a committee owning the bodies of a whole name (市经济运行监测联席会议; a project's
     * committee names its project in full: 某某港及公铁水联运项目建设领导小组).
     */
    private static final int MAX_COMMITTEE_NAME = 24;

    /** A recognised phrase, its kind, and the parts it was read from (for the node's note). */
    record Match(String phrase, String kind, String parts) {
    }

    /** Characters after a bare level that make it part of another word: 各区域, 各市场主体, 各县级, 各乡村. */
    private static final String NOT_AFTER_LEVEL = "[场域块间划级内外民直属情村]";
    /** A count standing for a quantifier before a level in a whole name: 10县市人民政府, 8个乡镇. */
    private static final String COUNT = "[0-9]{1,3}个?";
    /** At most this many characters name a field between a wide owner and its quantifier (全区经济运行各专班). */
    private static final int MAX_FIELD = 6;
    /**
     * A character of a place or programme named in full before the 各 of a whole name; not a conjunction, which joins
     * two names ("省直有关部门和各市人民政府", "财政局和市直各单位": each an actor of its own).
     */
    private static final String PROPER_OWNER = "[\\p{IsHan}&&[^和及与等并或]]";

    private final Pattern pattern;
    /** {@link #pattern} for a whole name, whose owner may also be a committee named in full. */
    private final Pattern wholePattern;
    private final Map<String, String> levelKind;
    private final Map<String, String> bodyKind;

    private GenericActorGrammar(Map<Slot, List<String>> parts, Map<String, String> levelKind,
                                Map<String, String> bodyKind) {
        this.levelKind = Map.copyOf(levelKind);
        this.bodyKind = Map.copyOf(bodyKind);
        if (parts.get(Slot.QUANTIFIER).isEmpty() || parts.get(Slot.BODY).isEmpty()) {
            this.pattern = null;
            this.wholePattern = null;
            return;
        }
        String q = Alternation.longestFirst(parts.get(Slot.QUANTIFIER));
        String oneLevel = Alternation.longestFirst(parts.get(Slot.LEVEL));
        String oneBody = Alternation.longestFirst(parts.get(Slot.BODY));
        // a level may be followed by more (乡镇街道) and by its alternatives in brackets (乡镇（街道）); so may a body
        // levels printed as a list sharing the body after them: 各乡、镇人民政府, 各县、市、区人民政府
        String level = "(?:" + oneLevel + ")(?:、?(?:" + oneLevel + ")){0,2}" + alternativesOf(oneLevel);
        String domain = Alternation.longestFirst(parts.get(Slot.DOMAIN));
        // bodies printed as a list sharing the words before them: 市直有关部门、单位
        String body = oneBody + "(?:、" + oneBody + ")?" + alternativesOf(oneBody + "|" + oneLevel);
        String post = Alternation.longestFirst(parts.get(Slot.POST));
        String owner = "(?:" + Alternation.longestFirst(parts.get(Slot.WIDE_OWNER)) + "[\\p{IsHan}]{0," + MAX_FIELD + "}?(?=" + q
                + ")|" + Alternation.longestFirst(parts.get(Slot.OWNER)) + "|各" + level + "(?=各))";
        this.pattern = Pattern.compile("(?<owner>" + owner + ")?" + rest(q, level, domain, body, post, "(?!)"));
        // a name read as a whole (a note's or a cell's) may be owned by a committee named in full
        // (市经济运行监测联席会议其他成员单位), and may name the field of its quantified bodies before a domain
        // (各主要经济指标牵头单位, 各专项行动责任部门): there the name's start is known, in running text it is not; and a
        // count may stand for the quantifier before a level (10县市人民政府: the ten county governments)
        String field = "[\\p{IsHan}]{1," + MAX_FIELD + "}?(?=" + domain + ")";
        // a whole name may also open with the place or programme whose bodies it quantifies, named in full before its
        // 各 (襄阳都市圈各规划编制牵头单位, 高新区各部门): 各 makes the rest many bodies, whoever owns them
        this.wholePattern = Pattern.compile("(?<owner>" + owner + "|[\\p{IsHan}]{1," + MAX_COMMITTEE_NAME + "}?"
                + Alternation.longestFirst(parts.get(Slot.COMMITTEE)) + "|" + PROPER_OWNER + "{2," + MAX_COMMITTEE_NAME
                + "}?(?=各))?"
                + rest(q + "|" + COUNT + "(?=" + level + ")", level, domain, body, post, field));
    }

    /** What follows a phrase's owner; {@code field}: what may stand between a quantifier and a domain. */
    private static String rest(String q, String level, String domain, String body, String post, String field) {
        return "(?:"
                + "(?<q>" + q + ")(?:(?<level>" + level + ")|(?<field>" + field + "))?(?<domain>" + domain + ")?(?<body>"
                + body + ")"
                + "|(?<q2>" + q + ")(?<level2>" + level + ")(?!" + NOT_AFTER_LEVEL + ")"
                + "|(?<domain3>" + domain + ")(?<body3>" + body + ")"
                + "|(?<post>" + post + "))";
    }

    /**
     * "（街道）", "(单位)", "（市、区）", "〈管委会〉", "〔州〕" (angle or tortoise-shell brackets printed for round ones, as
     * a note already in round brackets must): alternatives in brackets after a part, optional.
     */
    private static String alternativesOf(String words) {
        return "(?:[（(〈<〔](?:" + words + ")(?:、(?:" + words + "))*[）)〉>〕])?";
    }

    /** A grammar of no words (it recognises no generic actor): for tests of one rule of the parser in isolation. */
    static GenericActorGrammar none() {
        Map<Slot, List<String>> empty = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            empty.put(slot, List.of());
        }
        return new GenericActorGrammar(empty, Map.of(), Map.of());
    }

    static GenericActorGrammar read(SeedSource source, Set<String> genericKinds) {
        return of(TsvTable.read(source, FILE, "part", "slot", "kind"), genericKinds);
    }

    static GenericActorGrammar of(TsvTable table, Set<String> genericKinds) {
        Map<Slot, List<String>> parts = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            parts.put(slot, new ArrayList<>());
        }
        Map<String, String> levelKind = new HashMap<>();
        Map<String, String> bodyKind = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String part = row.required("part");
            Slot slot = row.oneOf("slot", Slot.class);
            if (parts.get(slot).contains(part)) {
                throw row.error("part '" + part + "' is listed twice as " + slot);
            }
            parts.get(slot).add(part);
            String kind = row.get("kind");
            boolean typed = slot == Slot.LEVEL || slot == Slot.BODY || slot == Slot.POST;
            if (typed && (kind == null || !genericKinds.contains(kind))) {
                throw row.error("a " + slot + " needs a kind, one of " + genericKinds + " (has '" + kind + "')");
            }
            if (slot == Slot.LEVEL) {
                levelKind.put(part, kind);
            } else if (typed) {
                bodyKind.put(part, kind);
            }
        }
        return new GenericActorGrammar(parts, levelKind, bodyKind);
    }

    /** The longest part of {@code kinds} that {@code printed} starts with (乡镇（街道） → 乡镇). */
    private static String firstPart(String printed, Map<String, String> kinds) {
        if (printed == null) {
            return null;
        }
        String best = null;
        for (String part : kinds.keySet()) {
            if (printed.startsWith(part) && (best == null || part.length() > best.length())) {
                best = part;
            }
        }
        return best;
    }

    /** The generic actor {@code name} is as a whole, if its parts make one. */
    Optional<Match> whole(String name) {
        if (pattern == null || name == null) {
            return Optional.empty();
        }
        Matcher m = wholePattern.matcher(name);
        return m.matches() && sharedBodiesAgree(m) ? Optional.of(match(m)) : Optional.empty();
    }

    /**
     * Whether the bodies a phrase lists with 、 are of one kind ("市直有关部门、单位": both departments); "属地区政府、
     * 管委会" lists two kinds of body, each an actor of its own.
     */
    private boolean sharedBodiesAgree(Matcher m) {
        String body = m.group("body") != null ? m.group("body") : m.group("body3");
        String first = firstPart(body, bodyKind);
        if (first == null || !body.startsWith(first + "、")) {
            return true;
        }
        String second = firstPart(body.substring(first.length() + 1), bodyKind);
        return second != null && bodyKind.get(first).equals(bodyKind.get(second));
    }

    /** The longest generic actor starting at {@code t[from]} and ending by {@code to}, if any. */
    Optional<Match> at(String t, int from, int to) {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(t).region(from, to);
        if (m.lookingAt() && !sharedBodiesAgree(m)) {
            // the phrase up to its first body only
            String body = m.group("body") != null ? m.group("body") : m.group("body3");
            int cut = (m.group("body") != null ? m.start("body") : m.start("body3"))
                    + firstPart(body, bodyKind).length();
            m = pattern.matcher(t).region(from, cut);
        }
        return m.lookingAt() && m.end() > m.start() + 1 ? Optional.of(match(m)) : Optional.empty();
    }

    private Match match(Matcher m) {
        String level = firstPart(m.group("level") != null ? m.group("level") : m.group("level2"), levelKind);
        String body = firstPart(m.group("body") != null ? m.group("body") : m.group("body3") != null
                ? m.group("body3") : m.group("post"), bodyKind);
        String kind;
        if (body == null) {
            kind = levelKind.get(level);
        } else {
            kind = bodyKind.get(body);
            if (level != null && kind.endsWith("_GOVERNMENTS")) {
                kind = levelKind.get(level);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String group : List.of("owner", "q", "q2", "level", "level2", "field", "domain", "domain3", "body",
                "body3", "post")) {
            if (m.group(group) != null) {
                parts.add(m.group(group));
            }
        }
        return new Match(m.group(), kind, String.join(" + ", parts));
    }
}
