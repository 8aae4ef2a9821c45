package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.TERMINATORS;
import static org.policygraph.ingest.indicator.Clauses.segmentStart;
import static org.policygraph.ingest.indicator.Spans.mark;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rank statements: 稳居/位居/保持/进入 … 前三甲/前三/前列/首位/第N位/第一方阵/第一, and 最低; 前N名/百强 ranks; "总量全市第三"
 * (a scope standing for the verb of rank). A rank term that names a thing ("首位产业", "第一时间", "百强企业") or says
 * which body of a responsibility list leads is none.
 */
final class RankStatements {

    private static final Pattern RANK_TERM = Pattern.compile(
            "前三甲|(?:前三|前五|前十)(?![年季个天日周月])|前列|首位|第一方阵|第(\\d+)[位名]|最低|第一(?![时批次代届方个号])"
                    + "|前(\\d+)(?:[名位强]|(?![年季个天日周月\\d.]))"
                    + "|百强|十强|第([二三四五六七八九十])(?![时批次代届方个号])"
                    + "|(?<=[居列](?:全国|全省|全市|全区|全县|全州))第(\\d{1,3})(?=[，,。；;]|$)"); // "居全省第3。"

    /** After a rank: the rank says which body of a responsibility list leads ("排名第一位为牵头单位", "排在第一位的为牵头部门"). */
    private static final Pattern DRAFTING_RANK = Pattern.compile("[位名]?的?(?:单位|部门)?(?:为|是)(?:牵头|主责|主办|责任)");

    /** Verbs of rank: "稳居全省前三". */
    private final List<String> rankVerbs;
    /** A scope right before a place stands for the verb of rank: "总量全市第三", "数量全区第一" (RANK_SCOPE). */
    private final Pattern rankScope;

    RankStatements(IndicatorWords words) {
        Objects.requireNonNull(words, "words");
        this.rankVerbs = words.of(IndicatorWords.Kind.RANK_VERB);
        this.rankScope = Pattern.compile(words.alternation(IndicatorWords.Kind.RANK_SCOPE) + "$");
        this.rankedIn = Pattern.compile(BARE_RANK_VERB + "(?=" + words.alternation(IndicatorWords.Kind.RANK_SCOPE)
                + ")");
    }

    /**
     * "排全区第2位": 排 alone is a verb of rank only right before the whole territory ranked in (RANK_SCOPE), as reviews
     * print it; before a named place ("排湘潭市第一") or elsewhere (安排, 排放) it is read as no verb of rank.
     */
    private static final String BARE_RANK_VERB = "排";
    /** {@link #BARE_RANK_VERB} right before a RANK_SCOPE. */
    private final Pattern rankedIn;

    /** A verb of rank and where it starts in the text before a rank. */
    private record VerbAt(String verb, int at) {
        int end() {
            return at + verb.length();
        }
    }

    /**
     * The verb of rank ending last in {@code region} (the longer where two end together: 稳居 before 居), a RANK_VERB or
     * {@link #BARE_RANK_VERB} before a scope ("排全区第2位"); null when there is none.
     */
    private VerbAt lastVerbOfRank(String region) {
        VerbAt last = null;
        for (String v : rankVerbs) {
            int k = region.lastIndexOf(v);
            int end = k + v.length();
            if (k >= 0 && (last == null || end > last.end() || end == last.end() && k < last.at())) {
                last = new VerbAt(v, k);
            }
        }
        int bare = bareVerbAt(region);
        if (bare >= 0 && (last == null || bare + BARE_RANK_VERB.length() > last.end())) {
            last = new VerbAt(BARE_RANK_VERB, bare);
        }
        return last;
    }

    /** Where the last {@link #BARE_RANK_VERB} before a scope stands in {@code region}, or -1. */
    private int bareVerbAt(String region) {
        Matcher m = rankedIn.matcher(region);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** The scope of a rank ending {@code text} ("增幅全省", before 排名): RANK_SCOPE. */
    Matcher scopeAtEnd(String text) {
        return rankScope.matcher(text);
    }

    /**
     * Places listed after one verb of rank, the counter printed after the last or after each: "分别排全区第2、第1、第2、
     * 第3位" (a figure's ranks over the quarters), "增幅分别排名全省第二名、第三名" (several figures' ranks, "分别"
     * pairing them).
     */
    private static final Pattern RANK_LIST = Pattern.compile(
            "第(?:\\d{1,3}|[一二三四五六七八九十]{1,2})[位名]?(?:、第(?:\\d{1,3}|[一二三四五六七八九十]{1,2})[位名]?)*"
                    + "、第(?:\\d{1,3}|[一二三四五六七八九十]{1,2})([位名])");
    /** One place of a {@link #RANK_LIST}, with its counter where printed. */
    private static final Pattern LISTED_PLACE = Pattern.compile("第(\\d{1,3}|[一二三四五六七八九十]{1,2})[位名]?");

    /** Adds the rank statements of the compact passage {@code s} to {@code hits}, marking them taken. */
    void find(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        findLists(s, masked, taken, hits);
        Matcher m = RANK_TERM.matcher(s);
        while (m.find()) {
            if (masked[m.start()] || taken[m.start()]) {
                continue;
            }
            String term = m.group();
            int seg = segmentStart(s, m.start());
            String region = s.substring(seg, m.start());
            VerbAt last = lastVerbOfRank(region);
            String verb = last == null ? null : last.verb();
            int verbAt = last == null ? -1 : last.at();
            int bestEnd = last == null ? -1 : last.end();
            boolean clauseEnds = m.end() >= s.length() || TERMINATORS.indexOf(s.charAt(m.end())) >= 0;
            Matcher scope = rankScope.matcher(region);
            if (verb == null && scope.find() && clauseEnds) {
                verb = ""; // "总量全市第三，": the scope ranks what the clause is about
                verbAt = scope.start();
                bestEnd = scope.start();
            }
            // "首位产业", "第一时间", "第三方": without a verb of rank these name things, they do not rank them
            boolean needsVerb = term.equals("前列") || term.equals("第一") || term.equals("首位") || term.endsWith("强")
                    || m.group(2) != null || m.group(3) != null;
            if ((term.endsWith("强") || m.group(2) != null || term.equals("最低")) && m.end() < s.length()
                    && TERMINATORS.indexOf(s.charAt(m.end())) < 0) {
                continue; // "进入全国零售百强企业", "落实粮食最低收购价政策": the rank names a thing, it ranks nothing
            }
            if (needsVerb && verb == null) {
                continue;
            }
            if (DRAFTING_RANK.matcher(s).region(m.end(), s.length()).lookingAt()) {
                continue; // "(市教育局,市委农办,…排名第一位为牵头单位)": which body of a list leads, no target
            }
            if (verb != null && m.start() - (seg + bestEnd) > 20) {
                verb = null;
                if (needsVerb) {
                    continue;
                }
            }
            Hit h = new Hit();
            h.type = Hit.Type.RANK;
            h.start = verb == null ? m.start() : seg + verbAt;
            h.core = m.start();
            h.end = m.end();
            h.verb = verb;
            h.rankTerm = term;
            h.value = m.group(4) != null ? Double.valueOf(m.group(4))
                    : m.group(3) != null ? Double.valueOf(ChineseNumerals.parse(m.group(3)))
                    : rankValue(term, m.group(1) != null ? m.group(1) : m.group(2));
            mark(taken, h.start, h.end);
            hits.add(h);
        }
    }

    /**
     * The places of each {@link #RANK_LIST} after a verb of rank in its clause: one rank statement a place, each read
     * with the counter printed after the last ("第2位"); the first holds the verb, the others continue its run.
     */
    private void findLists(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        Matcher list = RANK_LIST.matcher(s);
        while (list.find()) {
            if (masked[list.start()] || taken[list.start()]) {
                continue;
            }
            int seg = segmentStart(s, list.start());
            String region = s.substring(seg, list.start());
            VerbAt last = lastVerbOfRank(region); // "分别排全区第2、第1、第2、第3位"
            if (last == null || list.start() - (seg + last.end()) > 20) {
                continue; // "第2、第3批": places named without a verb of rank rank nothing
            }
            String verb = last.verb();
            int verbAt = last.at();
            String counter = list.group(1);
            Matcher place = LISTED_PLACE.matcher(s).region(list.start(), list.end());
            boolean first = true;
            while (place.find()) {
                Hit h = new Hit();
                h.type = Hit.Type.RANK;
                h.start = first ? seg + verbAt : place.start();
                h.core = place.start();
                h.end = place.end() == list.end() - 1 ? list.end() : place.end(); // the last: its counter
                h.verb = first ? verb : "";
                String digits = place.group(1);
                int value = Character.isDigit(digits.charAt(0)) ? Integer.parseInt(digits)
                        : (int) ChineseNumerals.parse(digits);
                h.rankTerm = "第" + value + counter;
                h.value = (double) value;
                mark(taken, h.start, h.end);
                hits.add(h);
                first = false;
            }
        }
    }

    private static Double rankValue(String term, String digits) {
        if (digits != null) {
            return Double.valueOf(digits);
        }
        return switch (term) {
            case "前三甲", "前三" -> 3.0;
            case "前五" -> 5.0;
            case "前十" -> 10.0;
            case "前列", "第一方阵" -> null; // an echelon, like 前列, names no place
            case "百强" -> 100.0;
            case "十强" -> 10.0;
            default -> 1.0; // 首位, 第一, 最低
        };
    }
}
