package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.IndicatorFinder;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.SourceRef;

/**
 * Rule-based extraction of quantitative targets and baselines from Chinese plan text, plus curated corrections.
 *
 * <p>How it reads a passage: whitespace and OCR noise are dropped into a {@link CompactText} (keeping the map back
 * to raw offsets, so quotes stay verbatim). On that text it finds
 * <ul>
 *   <li>year context: {@code 到2027年}, {@code 2016年，}, {@code "十四五"期间} (2025), {@code "十三五"期间} (2020),
 *       {@code "十三五"前四年} (2019); a year governs everything after it until the next one, except inside 《》
 *       titles, after 比 (a comparison base) and in {@code YYYY年以来};</li>
 *   <li>rank statements: 稳居/位居/保持/进入 … 前三甲/前三/前列/首位/第N位/第一方阵/第一, and 最低;</li>
 *   <li>number + unit (+ 以上/左右/余/多), ranges {@code a—b}. A number is a stated value only where the clause
 *       ends after it ("…达到 20 条以上，") or a from→to verb follows ("由目前的 25% 提高至 40%"). A count
 *       followed by a noun is taken only right after an action verb ("培育1—2个中医药服务贸易骨干企业"); any other
 *       number followed by a noun is a qualifier inside a name ("过 10 亿元企业 45 家") and ignored.</li>
 * </ul>
 * Names are the clause subject with year context, 力争 and comparator verbs removed; a clause without a subject
 * ("，年均增长 30% 以上") inherits the last one. 力争 (aspirational) and 每年 (year null) hold until 。or ；.
 * A value is ACTUAL when its year is before the document's year of issue, when it is the "from" value of a
 * from→to statement, or after a baseline cue (现有, 有近, 仅N, YYYY年以来) with no later target year.
 *
 * <p>Corrections: ADD rows are emitted where their quote occurs in the passage; EXCLUDE rows suppress every
 * extracted indicator whose quote lies within an occurrence of the EXCLUDE quote.
 */
public final class RuleBasedIndicatorFinder implements IndicatorFinder {

    private static final String UNITS = "万亿元|亿美元|万美元|亿元|万元|万人次|人次|万吨|万平方米|平方米|万家|场次|%|％"
            + "|倍|家|个|条|列|场|项|名|件|位|所|座|人|元|吨";

    private static final Pattern VALUE = Pattern.compile(
            "(?<![0-9A-Za-z.．第])(\\d+(?:\\.\\d+)?)(?:[—–\\-～~](\\d+(?:\\.\\d+)?))?(余|多)?(" + UNITS + ")(/年)?"
                    + "(及以上|以上|左右|以内|以下|多|余)?");

    private static final Pattern YEAR = Pattern.compile(
            "(预计到|力争到|到|至|截至)?((?:19|20)\\d{2})年(底|末)?(以来)?(?![0-9]{1,2}月)");

    private static final Pattern PERIOD = Pattern.compile(
            "[\"“”'‘’]?十([三四])五[\"“”'‘’]?(期间|时期|期末|前四年)?");

    private static final Pattern RANK_TERM = Pattern.compile(
            "前三甲|前三|前五|前十|前列|首位|第一方阵|第(\\d+)位|最低|第一(?![时批次代届方个号])");

    private static final Pattern ACTUAL_CUE = Pattern.compile("现有|有近|仅(?=\\d)");

    private static final String[] RANK_VERBS = {"回归并保持在", "稳居", "位居", "保持在", "保持", "进入", "居"};

    /** Action verbs that may stand right before a count followed by its noun ("聘请100名…"). */
    private static final String[] PREFIX_VERBS = {"培育打造", "重点培育", "建设改造", "先后认定", "动态评定", "培育",
            "打造", "建立", "建设", "引进", "新增", "认定", "创建", "评定", "遴选", "聘请", "优选", "支持", "引导", "设立",
            "举办", "组织", "新建", "建成"};

    private static final String[] FROM_TO = {"提高至", "提高到", "增长至", "增长到", "提升至", "提升到", "下降至",
            "下降到", "增加到", "增加至", "扩大至", "扩大到"};

    private static final String[] FOLLOWERS = {"增长", "提高", "提升", "下降", "增加", "扩大", "和"};

    private static final String TERMINATORS = "，,。；;、：:）)」”\"'’》!?！？";
    private static final String CLAUSE_BOUNDARIES = "，,。；;：:!?！？";
    private static final String SENTENCE_ENDS = "。；;!?！？";

    private static final java.util.Set<String> COUNT_UNITS = java.util.Set.of("家", "个", "条", "列", "场", "场次",
            "项", "名", "件", "位", "所", "座", "人", "万家");

    private enum Tok { GROWTH, GROWTH_NEG, EXCEED, AT_LEAST, ABOUT, EQUAL, NEUTRAL, ASPIRATION, CUE_ABOUT, CUE }

    private record VerbToken(String text, Tok type) {
    }

    /** Tokens stripped from the end of the text before a number, longest first. */
    private static final List<VerbToken> VERB_TOKENS = buildVerbTokens();

    private static List<VerbToken> buildVerbTokens() {
        List<VerbToken> t = new ArrayList<>();
        for (String s : new String[] {"年均复合增长率", "年均增长率", "年均增长", "年均增幅", "年均增速", "同比增长", "年增长",
                "增长率", "增幅", "增速", "增长"}) {
            t.add(new VerbToken(s, Tok.GROWTH));
        }
        t.add(new VerbToken("同比下降", Tok.GROWTH_NEG));
        t.add(new VerbToken("下降", Tok.GROWTH_NEG));
        for (String s : new String[] {"累计超过", "超过", "突破", "超", "过"}) {
            t.add(new VerbToken(s, Tok.EXCEED));
        }
        for (String s : new String[] {"不少于", "不低于"}) {
            t.add(new VerbToken(s, Tok.AT_LEAST));
        }
        for (String s : new String[] {"约", "近"}) {
            t.add(new VerbToken(s, Tok.ABOUT));
        }
        for (String s : new String[] {"累计达", "高达", "达到", "达", "提高到", "提高至", "提升至", "提升到", "增长至",
                "增长到", "下降到", "下降至", "扩大至", "扩大到", "增加到", "增加至", "保持在", "稳定在", "为"}) {
            t.add(new VerbToken(s, Tok.EQUAL));
        }
        t.add(new VerbToken("有近", Tok.CUE_ABOUT));
        t.add(new VerbToken("仅", Tok.CUE));
        t.add(new VerbToken("各", Tok.NEUTRAL));
        t.add(new VerbToken("力争", Tok.ASPIRATION));
        t.sort(Comparator.comparingInt((VerbToken v) -> v.text().length()).reversed());
        return List.copyOf(t);
    }

    private final IndicatorCorrections corrections;
    private final Map<String, DocumentYears> documentYears;

    public RuleBasedIndicatorFinder(IndicatorCorrections corrections, Map<String, DocumentYears> documentYears) {
        this.corrections = Objects.requireNonNull(corrections, "corrections");
        this.documentYears = Map.copyOf(documentYears);
    }

    // ------------------------------------------------------------------------------------------------------------

    private enum HitType { SUFFIX, PREFIX, RANK }

    /** One found statement, in compact coordinates. */
    private static final class Hit {
        HitType type;
        int start;      // first char of the statement core (number, or rank verb/term)
        int core;       // number start or rank term start: the position whose context (year, 力争) applies
        int end;        // exclusive end of what the quote must include
        Double value;
        Double valueMax;
        String unit;
        String qualifier;
        String verb;    // PREFIX: the action verb; RANK: the rank verb
        String noun;    // PREFIX: the counted noun
        String rankTerm;
        boolean fromValue;
    }

    private record YearMark(int start, int end, int year, boolean governs, boolean since) {
    }

    private record Span(int start, int end, IndicatorRecord record) {
    }

    @Override
    public List<IndicatorRecord> find(String documentId, String ownerId, String location, String rawText) {
        DocumentYears years = documentYears.getOrDefault(documentId, DocumentYears.UNKNOWN);
        List<Span> spans = new ArrayList<>(extract(documentId, location, rawText, years));
        applyExclusions(documentId, rawText, spans);
        for (IndicatorCorrection add : corrections.forDocument(documentId, IndicatorCorrection.Action.ADD)) {
            int at = rawText.indexOf(add.quote());
            if (at < 0) {
                continue;
            }
            IndicatorRecord r = new IndicatorRecord(null, documentId, null, add.name(), add.value(), add.valueMax(),
                    add.unit(), add.year(), add.kind(), add.comparator(), add.aspirational(),
                    new SourceRef(documentId, location, add.quote()));
            spans.add(new Span(at, at + add.quote().length(), r));
        }
        spans.sort(Comparator.comparingInt(Span::start)); // stable: file order for equal positions
        List<IndicatorRecord> out = new ArrayList<>(spans.size());
        int n = 0;
        for (Span s : spans) {
            IndicatorRecord r = s.record();
            out.add(new IndicatorRecord(ownerId + "#" + (++n), documentId, ownerId, r.name(), r.value(),
                    r.valueMax(), r.unit(), r.year(), r.kind(), r.comparator(), r.aspirational(), r.source()));
        }
        return out;
    }

    private void applyExclusions(String documentId, String rawText, List<Span> spans) {
        for (IndicatorCorrection ex : corrections.forDocument(documentId, IndicatorCorrection.Action.EXCLUDE)) {
            int from = 0;
            int found;
            while ((found = rawText.indexOf(ex.quote(), from)) >= 0) {
                final int at = found;
                final int end = at + ex.quote().length();
                spans.removeIf(s -> s.start() >= at && s.end() <= end);
                from = at + 1;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private List<Span> extract(String documentId, String location, String rawText, DocumentYears years) {
        CompactText ct = CompactText.of(rawText);
        String s = ct.text();
        if (s.isEmpty()) {
            return List.of();
        }
        boolean[] masked = titleMask(s);
        List<YearMark> yearMarks = yearMarks(s, masked);
        List<Hit> hits = new ArrayList<>();
        boolean[] taken = new boolean[s.length()];
        for (YearMark y : yearMarks) {
            mark(taken, y.start(), y.end());
        }
        findRanks(s, masked, taken, hits);
        findValues(s, masked, taken, hits);
        hits.sort(Comparator.comparingInt(h -> h.start));

        List<Span> out = new ArrayList<>();
        String lastSubject = null;
        int prevEnd = -1;
        HitType prevType = null;
        String prevVerb = null;
        for (Hit h : hits) {
            int segStart = segmentStart(s, h.start);
            boolean afterEnumeration = prevEnd >= segStart && prevEnd < s.length() && s.charAt(prevEnd) == '、'
                    && prevEnd < h.start;
            if (afterEnumeration) {
                segStart = prevEnd + 1;
            }
            int nameStart = prevEnd >= segStart ? Math.max(segStart, prevEnd) : segStart;
            if (h.type == HitType.PREFIX && h.verb == null) {
                if (afterEnumeration && prevType == HitType.PREFIX) {
                    h.verb = prevVerb;
                } else {
                    continue;
                }
            }

            // context at the core position
            YearMark gov = null;
            boolean cue = false;
            Integer issued = years.issued();
            for (YearMark y : yearMarks) {
                if (y.end() <= h.core) {
                    if (y.since()) {
                        cue = true;
                    } else if (y.governs()) {
                        gov = y;
                        if (issued == null || y.year() >= issued) {
                            cue = false;
                        }
                    }
                }
            }
            Matcher cm = ACTUAL_CUE.matcher(s);
            while (cm.find() && cm.start() < h.core) {
                if (!masked[cm.start()] && (gov == null || cm.start() >= gov.end())
                        && scopedBefore(s, cm.group(), h.core, cm.start())) {
                    cue = true;
                }
            }
            boolean aspirational = scopedBefore(s, "力争", h.core);
            boolean perYear = scopedBefore(s, "每年", h.core);
            Integer govYear = gov == null ? null : gov.year();

            String pre = s.substring(nameStart, h.type == HitType.RANK ? h.start : h.core);
            for (String v : FROM_TO) {
                if (pre.startsWith(v)) {
                    pre = pre.substring(v.length());
                    break;
                }
            }
            boolean previousClauseHasHit = prevEnd >= 0 && prevEnd >= segmentStart(s, Math.max(0, segStart - 1));
            String name;
            IndicatorKind kind;
            org.policygraph.model.Comparator cmp = org.policygraph.model.Comparator.EQUAL;
            Double value = h.value;
            boolean growth = false;
            boolean ownName = true;

            if (h.type == HitType.RANK) {
                String subject = pre;
                String scope = "";
                if (h.verb == null && startsWithAny(clean(pre), "全国", "中部", "长江", "我国")) {
                    scope = clean(pre);
                    subject = "";
                } else if (h.verb != null) {
                    scope = clean(s.substring(h.start + h.verb.length(), h.core));
                }
                String subj = clean(subject);
                for (String t : new String[] {"持续", "稳定"}) {
                    if (subj.endsWith(t)) {
                        subj = subj.substring(0, subj.length() - t.length());
                    }
                }
                if (subj.isEmpty() || isGeneric(subj)) {
                    String base = previousClauseHasHit ? lastSubject : previousClauseSubject(s, segStart);
                    if (base == null) {
                        base = lastSubject;
                    }
                    subj = inherit(base, subj);
                    lastSubject = base;
                    ownName = false;
                }
                name = scope.isEmpty() ? subj : subj + "（" + stripTrailing(scope, "的") + "）";
                kind = IndicatorKind.RANK;
                cmp = h.rankTerm.startsWith("前") ? org.policygraph.model.Comparator.AT_LEAST
                        : org.policygraph.model.Comparator.EQUAL;
                if (ownName) {
                    lastSubject = subj;
                }
            } else if (h.type == HitType.PREFIX) {
                name = clean(h.verb + h.noun);
                kind = IndicatorKind.COUNT;
            } else {
                // peel comparator / growth tokens off the end of the text before the number
                String rest = pre;
                String growthToken = null;
                boolean negative = false;
                org.policygraph.model.Comparator verbCmp = null;
                boolean peeled = true;
                while (peeled && !rest.isEmpty()) {
                    peeled = false;
                    for (VerbToken vt : VERB_TOKENS) {
                        if (rest.endsWith(vt.text())) {
                            rest = rest.substring(0, rest.length() - vt.text().length());
                            peeled = true;
                            switch (vt.type()) {
                                case GROWTH -> {
                                    if (growthToken == null) {
                                        growthToken = vt.text();
                                    }
                                }
                                case GROWTH_NEG -> {
                                    if (growthToken == null) {
                                        growthToken = vt.text();
                                        negative = true;
                                    }
                                }
                                case EXCEED -> verbCmp = verbCmp == null ? org.policygraph.model.Comparator.EXCEED : verbCmp;
                                case AT_LEAST -> verbCmp = verbCmp == null ? org.policygraph.model.Comparator.AT_LEAST : verbCmp;
                                case ABOUT -> verbCmp = verbCmp == null ? org.policygraph.model.Comparator.ABOUT : verbCmp;
                                case CUE_ABOUT -> {
                                    verbCmp = verbCmp == null ? org.policygraph.model.Comparator.ABOUT : verbCmp;
                                    cue = true;
                                }
                                case CUE -> cue = true;
                                case ASPIRATION -> aspirational = true;
                                default -> {
                                }
                            }
                            break;
                        }
                    }
                }
                boolean percent = "%".equals(h.unit) || "％".equals(h.unit);
                growth = percent && growthToken != null;
                String n0 = clean(rest);
                // "工程设计行业中高级人才达到从业人员的 40%": the verb sits before the base of the share
                if (percent && !growth && verbCmp == null) {
                    for (String v : new String[] {"达到", "提高到", "提高至", "提升至", "提升到"}) {
                        int k = rest.lastIndexOf(v);
                        if (k > 0) {
                            n0 = clean(rest.substring(0, k)) + "占" + stripTrailing(clean(rest.substring(k + v.length())), "的");
                            break;
                        }
                    }
                }
                if (!percent && growthToken != null) {
                    n0 = n0 + growthToken; // "国际多式联运通道年增长 3 条": the increment is part of what is counted
                }
                if (n0.isEmpty() || isGeneric(n0) || startsWithAny(n0, "占", "比", "较", "是")) {
                    // "，年均增长 30% 以上" / "占对外贸易的比重…" / "规模稳居…": the subject is stated before
                    String base = lastSubject;
                    if (base == null || (!previousClauseHasHit && isGeneric(n0))) {
                        String prev = previousClauseSubject(s, segStart);
                        base = prev != null ? prev : base;
                    }
                    n0 = inherit(base, n0);
                    lastSubject = base;
                    ownName = false;
                }
                if (n0.contains("分别")) {
                    ownName = false; // "A、B…分别达到 x、y": one subject per value; see corrections
                }
                name = n0;
                if (ownName) {
                    lastSubject = name;
                }
                if (growth) {
                    kind = IndicatorKind.GROWTH_RATE;
                    if (negative) {
                        value = -value;
                    }
                } else if (percent) {
                    kind = IndicatorKind.SHARE;
                } else if (COUNT_UNITS.contains(h.unit)) {
                    kind = IndicatorKind.COUNT;
                } else {
                    kind = IndicatorKind.LEVEL;
                }
                if (verbCmp != null) {
                    cmp = verbCmp;
                }
            }
            if (h.type != HitType.RANK) {
                if (h.valueMax != null) {
                    cmp = org.policygraph.model.Comparator.RANGE;
                } else if ("以上".equals(h.qualifier) || "及以上".equals(h.qualifier)) {
                    cmp = org.policygraph.model.Comparator.AT_LEAST;
                } else if ("左右".equals(h.qualifier)) {
                    cmp = org.policygraph.model.Comparator.ABOUT;
                } else if ("余".equals(h.qualifier) || "多".equals(h.qualifier)) {
                    cmp = org.policygraph.model.Comparator.EXCEED;
                }
            }

            boolean actual = h.fromValue || cue || (govYear != null && issued != null && govYear < issued);
            Integer year = govYear;
            if (h.fromValue && pre.contains("目前")) {
                year = null;
            }
            if (perYear && !actual) {
                year = null;
            }
            if (year == null && growth && !actual && !perYear) {
                year = years.horizon();
            }
            if (actual) {
                cmp = org.policygraph.model.Comparator.ACTUAL;
            }

            int quoteEnd = h.end;
            String quote = ct.quote(segStart, quoteEnd);
            IndicatorRecord r = new IndicatorRecord(null, documentId, null, name, value, h.valueMax,
                    h.type == HitType.RANK ? h.rankTerm : h.unit, year, kind, cmp, aspirational,
                    new SourceRef(documentId, location, quote));
            out.add(new Span(ct.rawStart(segStart), ct.rawEnd(quoteEnd), r));
            prevEnd = h.end;
            prevType = h.type;
            prevVerb = h.verb;
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void findRanks(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        Matcher m = RANK_TERM.matcher(s);
        while (m.find()) {
            if (masked[m.start()] || taken[m.start()]) {
                continue;
            }
            String term = m.group();
            int seg = segmentStart(s, m.start());
            String region = s.substring(seg, m.start());
            String verb = null;
            int verbAt = -1;
            int bestEnd = -1;
            for (String v : RANK_VERBS) {
                int k = region.lastIndexOf(v);
                if (k >= 0) {
                    int e = k + v.length();
                    if (e > bestEnd || (e == bestEnd && k < verbAt)) {
                        bestEnd = e;
                        verbAt = k;
                        verb = v;
                    }
                }
            }
            boolean needsVerb = term.equals("前列") || term.equals("第一");
            if (needsVerb && verb == null) {
                continue;
            }
            if (verb != null && m.start() - (seg + bestEnd) > 20) {
                verb = null;
                if (needsVerb) {
                    continue;
                }
            }
            Hit h = new Hit();
            h.type = HitType.RANK;
            h.start = verb == null ? m.start() : seg + verbAt;
            h.core = m.start();
            h.end = m.end();
            h.verb = verb;
            h.rankTerm = term;
            h.value = rankValue(term, m.group(1));
            mark(taken, h.start, h.end);
            hits.add(h);
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
            case "前列" -> null;
            default -> 1.0; // 首位, 第一, 第一方阵, 最低
        };
    }

    private static void findValues(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        Matcher m = VALUE.matcher(s);
        while (m.find()) {
            if (masked[m.start()] || anyTaken(taken, m.start(), m.end())) {
                continue;
            }
            Hit h = new Hit();
            h.start = m.start();
            h.core = m.start();
            h.end = m.end();
            h.value = Double.valueOf(m.group(1));
            h.valueMax = m.group(2) == null ? null : Double.valueOf(m.group(2));
            h.unit = m.group(4) + (m.group(5) == null ? "" : m.group(5));
            h.qualifier = m.group(6) != null ? m.group(6) : m.group(3);
            String rest = s.substring(m.end());
            String unquoted = rest.replaceFirst("^[\"“”'‘’「」]+", "");
            if (!unquoted.isEmpty() && unquoted.length() < rest.length() && COUNT_UNITS.contains(m.group(4))
                    && TERMINATORS.indexOf(unquoted.charAt(0)) < 0) {
                rest = unquoted; // 聘请100名“武汉招商大使”: the quote opens the counted noun
            }
            boolean terminated = rest.isEmpty() || TERMINATORS.indexOf(rest.charAt(0)) >= 0
                    || startsWithAny(rest, FOLLOWERS);
            h.fromValue = startsWithAny(rest, FROM_TO);
            if (terminated) {
                h.type = HitType.SUFFIX;
            } else if (COUNT_UNITS.contains(m.group(4))) {
                int seg = segmentStart(s, m.start());
                String before = s.substring(seg, m.start());
                h.type = HitType.PREFIX;
                for (String v : PREFIX_VERBS) {
                    if (before.endsWith(v)) {
                        h.verb = v;
                        break;
                    }
                }
                if (h.verb == null && !before.endsWith("、")) {
                    continue;
                }
                int nounEnd = m.end();
                while (nounEnd < s.length()) {
                    char c = s.charAt(nounEnd);
                    if (CLAUSE_BOUNDARIES.indexOf(c) >= 0) {
                        break;
                    }
                    if (c == '、' && nounEnd + 1 < s.length() && Character.isDigit(s.charAt(nounEnd + 1))) {
                        break;
                    }
                    if (s.startsWith("作为", nounEnd) || s.startsWith("为核心", nounEnd)) {
                        break;
                    }
                    nounEnd++;
                }
                h.noun = s.substring(m.end(), nounEnd);
                h.end = nounEnd;
            } else {
                continue;
            }
            mark(taken, m.start(), m.end());
            hits.add(h);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private static List<YearMark> yearMarks(String s, boolean[] masked) {
        List<YearMark> marks = new ArrayList<>();
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int start = m.start();
            if (masked[start] || (start > 0 && Character.isDigit(s.charAt(start - 1)))) {
                continue;
            }
            boolean comparison = start > 0 && s.charAt(start - 1) == '比';
            boolean since = m.group(4) != null;
            marks.add(new YearMark(start, m.end(), Integer.parseInt(m.group(2)), !comparison && !since, since));
        }
        Matcher p = PERIOD.matcher(s);
        while (p.find()) {
            if (masked[p.start()]) {
                continue;
            }
            int year = "三".equals(p.group(1)) ? ("前四年".equals(p.group(2)) ? 2019 : 2020) : 2025;
            marks.add(new YearMark(p.start(), p.end(), year, true, false));
        }
        marks.sort(Comparator.comparingInt(YearMark::start));
        return marks;
    }

    /** Marks 《…》 titles: nothing inside a cited title is a target or sets the year. */
    private static boolean[] titleMask(String s) {
        boolean[] masked = new boolean[s.length()];
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '《') {
                open = i;
            } else if (c == '》' && open >= 0) {
                mark(masked, open, i + 1);
                open = -1;
            }
        }
        return masked;
    }

    /** True where {@code word} occurs before {@code pos} with no sentence end (。；) in between. */
    private static boolean scopedBefore(String s, String word, int pos) {
        return scopedBefore(s, word, pos, s.lastIndexOf(word, pos - word.length()));
    }

    private static boolean scopedBefore(String s, String word, int pos, int k) {
        if (k < 0) {
            return false;
        }
        for (int i = k + word.length(); i < pos; i++) {
            if (SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static int segmentStart(String s, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            if (CLAUSE_BOUNDARIES.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String inherit(String subject, String name) {
        if (subject == null || subject.isEmpty()) {
            return name;
        }
        if (name.isEmpty()) {
            return subject;
        }
        if (name.startsWith("是")) {
            return subject + "相对" + name.substring(1);
        }
        return subject + name;
    }

    /** "社会消费品零售总额(以下简称社零额)拾级而上，从2015年的…": the subject of a clause stated just before. */
    private static String previousClauseSubject(String s, int segStart) {
        if (segStart <= 1) {
            return null;
        }
        int prevStart = segmentStart(s, segStart - 1);
        String prev = clean(s.substring(prevStart, segStart - 1));
        for (String cut : new String[] {"拾级而上", "保持", "持续", "不断", "稳步", "成效", "明显", "显著"}) {
            int k = prev.indexOf(cut);
            if (k > 0) {
                prev = prev.substring(0, k);
            }
        }
        return prev.isEmpty() ? null : prev;
    }

    private static boolean isGeneric(String name) {
        return name.equals("规模") || name.equals("增速") || name.equals("总量") || name.equals("增幅");
    }

    private static final Pattern NAME_YEAR = Pattern.compile(
            "(?<!比)(预计到|力争到|到|至|截至)?(19|20)\\d{2}年(底|末)?(以来)?|十[三四]五(期间|时期|期末|前四年)?");
    private static final Pattern PARENTHETICAL = Pattern.compile("[（(]以下简称[^)）]*[)）]");
    private static final String[] LEADING = {"力争", "预计", "其中", "同时", "推动", "推进", "实现", "并", "和",
            "、", "—", "-", "－"};
    private static final String[] TRAILING = {"的", "各", "累计", "保持", "持续", "回归并", "由目前", "由", "从", "、"};
    private static final Pattern FROM_YEAR = Pattern.compile("^[从由](?=(19|20)\\d{2}年|目前)");

    /** Cleans a name: no OCR spaces, no quotes, no year context, no leading 力争/其中, no trailing 的. */
    static String clean(String text) {
        String t = text.replaceAll("[\\s*\"“”'‘’「」『』]", "");
        t = PARENTHETICAL.matcher(t).replaceAll("");
        t = FROM_YEAR.matcher(t).replaceAll("");
        t = NAME_YEAR.matcher(t).replaceAll("");
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String l : LEADING) {
                if (t.startsWith(l)) {
                    t = t.substring(l.length());
                    changed = true;
                }
            }
            for (String tr : TRAILING) {
                if (t.endsWith(tr)) {
                    t = t.substring(0, t.length() - tr.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    private static String stripTrailing(String t, String suffix) {
        return t.endsWith(suffix) ? t.substring(0, t.length() - suffix.length()) : t;
    }

    private static boolean startsWithAny(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] a, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(a.length, to); i++) {
            a[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i]) {
                return true;
            }
        }
        return false;
    }
}
