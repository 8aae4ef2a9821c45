package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.CLAUSE_BOUNDARIES;
import static org.policygraph.ingest.indicator.Clauses.closingParenthesis;
import static org.policygraph.ingest.indicator.Clauses.segmentStart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.PrintedValues.PrintedValue;

/**
 * A count followed by its noun: where the counted noun ends, and the action verb that makes the count a statement. A
 * count followed by a noun is taken right after an action verb ("培育形成 5 个…产业集群"), after a verb and an
 * enumeration of names, a modifier or a place, or at the start of a clause with a predicate after its noun ("7项试点经验
 * 获全国复制推广"); any other number followed by a noun is a qualifier inside a name ("过 10 亿元企业 45 家").
 */
final class CountedNouns {

    /** Joints between the counts of an enumeration: "A 3个、B 5个", "2个X和6个Y", "…及4家…". */
    static final String JOINTS = "、和及";

    /**
     * What makes a parenthesis after a noun a note of its own rather than a gloss: figures, 包括/其中, roles. A scope
     * without figures ("400个公共(含专用)充电桩") is a gloss, part of the noun.
     */
    private static final Pattern NOTE_INSIDE = Pattern.compile("\\d|^(?:包括|其中)|牵头|配合|负责|责任单位");

    /** "…等16个项目": a list of names closed by 等 before its count, whose 、 join names, not clauses. */
    private static final Pattern OTHERS_COUNTED = Pattern.compile("等\\d");

    /** The kind of the names a list closed by 等 lists, printed after it before the count: "…、饶河等灌区5个…". */
    private static final Pattern OTHERS_OF_A_KIND = Pattern.compile("等\\p{IsHan}{1,3}$");

    /** A gloss in brackets after a listed name. */
    private static final Pattern GLOSS = Pattern.compile("[（(][^（）()]*[)）]");

    /** The longest name of a list closed by 等 ("青山湖科技城第一幼儿园"). */
    private static final int MAX_NAME_BEFORE_OTHERS = 16;

    /** A figure with its unit inside a listed name ("3个项目"): the list is no list of names. */
    private static final String FIGURE_IN_NAME = "\\d+(?:\\.\\d+)?(?:{UNIT})";

    /** An adverb before a clause's verb ("集中办好", "全面完成") is short. */
    private static final int MAX_ADVERB = 4;

    /** A modifier of a counted noun: words, no figure, no break. */
    private static final Pattern MODIFIER = Pattern.compile("[^\\d，,。；;：:、（()）]+");

    /** Action verbs that may stand right before a count followed by its noun ("聘请100名…"), first match wins. */
    private final List<String> prefixVerbs;
    /** Resultative complements after an action verb ("实施好"): VERB_COMPLEMENT. */
    private final List<String> verbComplements;
    /** Predicates after a clause-initial count: "7项试点经验获全国复制推广", "5项创新案例入选…" (COUNT_PREDICATE). */
    private final Pattern countPredicate;
    /**
     * Predicates that complete a counted noun at the end of its clause ("…示范社区全面建成"; DONE), or a verb of completion
     * with its object ("7个乡镇卫生院完成搬迁或改扩建"; DONE_OBJECT, the object 1 to 8 Han characters).
     */
    private final Pattern completion;
    private final Units units;
    private final IndicatorNames naming;
    private final PlaceNames places;

    CountedNouns(Units units, IndicatorWords words, IndicatorNames naming, PlaceNames places) {
        this.units = Objects.requireNonNull(units, "units");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.places = Objects.requireNonNull(places, "places");
        this.completion = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.DONE) + "|"
                + words.alternation(IndicatorWords.Kind.DONE_OBJECT) + "\\p{IsHan}{1,8})$");
        this.prefixVerbs = words.of(IndicatorWords.Kind.PREFIX_VERB);
        this.countPredicate = Pattern.compile(words.alternation(IndicatorWords.Kind.COUNT_PREDICATE));
        this.verbComplements = words.of(IndicatorWords.Kind.VERB_COMPLEMENT);
    }

    /** The predicate of completion ending {@code text}: "…全面建成", "…完成搬迁或改扩建". */
    Matcher completion(CharSequence text) {
        return completion.matcher(text);
    }

    /** The COUNT_PREDICATE words in {@code noun}: "7项试点经验获全国复制推广". */
    Matcher predicate(String noun) {
        return countPredicate.matcher(noun);
    }

    /** Where the clause holding {@code pos} starts: its segment's start, or a 、 opening a clause of its own after it. */
    int verbClauseStart(String s, int pos) {
        int start = segmentStart(s, pos);
        for (int i = pos - 1; i > start; i--) {
            if (opensVerbClause(s, i, start)) {
                return i + 1;
            }
        }
        return start;
    }

    /**
     * The counted noun after a count runs to its clause's end, to the next count of an enumeration, or to a 、 opening a
     * clause of its own ({@link #opensVerbClause}).
     */
    int nounEnd(String s, int from) {
        int nounEnd = from;
        int clauseStart = segmentStart(s, from);
        while (nounEnd < s.length()) {
            char c = s.charAt(nounEnd);
            if (CLAUSE_BOUNDARIES.indexOf(c) >= 0 || c == ')' || c == '）') {
                break; // "…包括63个省级补助村、62个市县级补助村)": the note the count stands in ends
            }
            if (opensVerbClause(s, nounEnd, clauseStart)) {
                break; // "建成…等4处绿地广场、建成移动公厕12座": the noun ends where the next clause's verb starts
            }
            if (c == '(' || c == '（') {
                int close = closingParenthesis(s, nounEnd);
                if (close < 0 || NOTE_INSIDE.matcher(s.substring(nounEnd + 1, close)).find()) {
                    break; // "125个村庄(包括63个…)": a note with figures or roles of its own follows the noun
                }
                nounEnd = close + 1; // "50多个国别(地区)的推介活动": a gloss is part of the noun
                continue;
            }
            if (JOINTS.indexOf(c) >= 0 && nounEnd + 1 < s.length() && Character.isDigit(s.charAt(nounEnd + 1))) {
                break; // "2个千亿级产业集群和6个五百亿级产业集群": the next count starts
            }
            if (s.startsWith("作为", nounEnd) || s.startsWith("为核心", nounEnd)) {
                break;
            }
            nounEnd++;
        }
        return nounEnd;
    }

    /**
     * True where the 、 at {@code i} opens a clause of its own rather than joining names: an action verb of two characters
     * or more follows it ({@link IndicatorWords.Kind#PREFIX_VERB}), and either that clause holds a figure before its
     * next 、 or clause end ("建成…等4处绿地广场、建成移动公厕12座、增设5G基站140座"), or the same verb was printed
     * before in the clause ("建成…等6条市政道路、建成子午大道…天桥"). A list of nouns ("绿地、公园") has no verb after its
     * 、; a noun that merely opens with a verb's characters ("提升太湖水质、安置房建造等16个项目": 安置房) is one of a list
     * closed by 等 before the count, or carries no figure of its own. 为 opening the next service to the people counted
     * after it ("…宫颈癌筛查、为6万名妇女…") counts as such a verb.
     */
    private boolean opensVerbClause(String s, int i, int clauseStart) {
        if (s.charAt(i) != '、') {
            return false;
        }
        String v = verbAt(s, i + 1);
        if (v == null && s.startsWith(FOR_WHOM, i + 1)) {
            v = FOR_WHOM; // "为7万名妇女做宫颈癌筛查、为6万名妇女做乳腺癌筛查": the next service, to the next people counted
        }
        if (v == null) {
            return false;
        }
        int end = i + 1 + v.length();
        while (end < s.length() && CLAUSE_BOUNDARIES.indexOf(s.charAt(end)) < 0
                && !(s.charAt(end) == '、' && verbAt(s, end + 1) != null)) {
            end++; // "、完成东街、西街2个积水点改造": the verb's objects may be listed with 、 in turn
        }
        String item = s.substring(i + 1 + v.length(), end);
        boolean figure = item.chars().anyMatch(Character::isDigit) && !OTHERS_COUNTED.matcher(item).find();
        return figure || s.substring(clauseStart, i).contains(v);
    }

    /** The word before the people or places a service is given to ("为2000名老年人提供…"). */
    private static final String FOR_WHOM = "为";

    /** The action verb of two characters or more printed at {@code at}, or null. */
    private String verbAt(String s, int at) {
        for (String v : prefixVerbs) {
            if (v.length() >= 2 && s.startsWith(v, at)) {
                return v;
            }
        }
        return null;
    }

    /**
     * Where, in the noun after a count ({@code from}..{@code nounEnd}), a next count of things starts right after a word
     * ("403个贫困村18万贫困人口…"); -1 where none does. "5G基站" is no count. It starts a list without joints only where
     * a predicate of completion ends the clause for all of them ("…脱贫退出"): "组织100家企业参与20多个国别的展会" is one
     * count whose noun holds another.
     */
    int nextCountInNoun(String s, List<PrintedValue> printed, int from, int nounEnd) {
        for (PrintedValue next : printed) {
            if (next.start() >= from + 2 && next.start() < nounEnd && !next.chineseNumerals()
                    && Character.isIdeographic(s.charAt(next.start() - 1))
                    && units.isCounted(units.normalize(next.unit()))) {
                return next.start();
            }
        }
        return -1;
    }

    /**
     * The action verb ending {@code before}, or null; with its resultative complement where one follows it ("实施好2个…
     * 项目": 实施好).
     */
    String verbEnding(String before) {
        String verb = plainVerbEnding(before);
        if (verb != null) {
            return verb;
        }
        for (String c : verbComplements) {
            String head = before.endsWith(c) ? plainVerbEnding(before.substring(0, before.length() - c.length())) : null;
            if (head != null) {
                return head + c;
            }
        }
        return null;
    }

    /** The action verb ending {@code before} by itself (no complement after it), or null. */
    private String plainVerbEnding(String before) {
        for (String v : prefixVerbs) {
            if (before.endsWith(v)) {
                return v;
            }
        }
        return null;
    }

    /**
     * "新增黄石、十堰、荆门、孝感4个…城市": the action verb opening the clause, when only an enumeration of names stands
     * between it and the count; else null. A list closed by 等 counts what it names ("新增599B、855H和2754等4条公交线路",
     * "新建成A幼儿园、8300安置小区配套幼儿园和B学校等7所中小学、幼儿园"): its names may be longer, hold digits and be
     * joined by 和, as long as none holds a figure of its own.
     */
    String verbBeforeEnumeration(String before) {
        String t = naming.clean(before);
        Matcher kind = OTHERS_OF_A_KIND.matcher(t);
        if (kind.find() && t.substring(0, kind.start()).matches(".*[、和].*")) {
            // "开工建设绥滨、虎林、饶河等灌区5个渠首工程": the names listed are of a kind (灌区, 乡镇, 村) the 等 closing
            // them names, and what is counted is in them
            t = t.substring(0, kind.start() + 1);
        }
        boolean others = t.endsWith("等"); // "对人民中路等3条城区道路…": one name and others
        for (String v : prefixVerbs) {
            // a list closed by 等 may follow an adverb before its verb: "着力推进湖田中学、伯塘中学等5所…"
            int k = t.indexOf(v);
            if (k != 0 && !(others && k > 0 && k <= MAX_ADVERB && !t.substring(0, k).matches(".*[、\\d].*"))) {
                continue;
            }
            String list = t.substring(k + v.length());
            String second = list.startsWith("、") ? verbAt(list, 1) : null;
            if (second != null) {
                list = list.substring(1 + second.length()); // "建成、改造A、B等11所…": two verbs share the list
            }
            String[] items = others ? othersListed(list.substring(0, list.length() - 1)) : list.split("、", -1);
            if (items.length < 2 && !others && !(before.endsWith("、") && !list.isEmpty())) {
                return null; // "完成县应急广播指挥中心、18个…": one object before the count, joined to it by 、
            }
            for (String item : items) {
                String name = others ? GLOSS.matcher(item).replaceAll("") : item; // "中心幼儿园(回购…配套园)"
                if (name.isEmpty() || name.length() > (others ? MAX_NAME_BEFORE_OTHERS : 10)
                        || (others ? units.pattern(FIGURE_IN_NAME).matcher(name).find() : name.chars().anyMatch(Character::isDigit))) {
                    return null;
                }
            }
            return v;
        }
        return null;
    }

    /**
     * The names of a list closed by 等, without the 等: separated by 、 and 和 ("599B、855H和2754"); a 和 opening or
     * closing a name is part of it ("中和、大弯、禾丰等5座…", a place called 中和), not a joint.
     */
    private static String[] othersListed(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split("、", -1)) {
            String[] joined = item.split("(?<=.)和(?=.)");
            items.addAll(List.of(joined));
        }
        return items.toArray(String[]::new);
    }

    /**
     * "集中办好涉及群众切身利益的110件实事": the action verb near the clause's start, when only a modifier of the counted
     * noun, closed by 的 and holding no figure, stands between it and the count; else null.
     */
    String verbBeforeModifier(String before) {
        if (!before.endsWith("的")) {
            return null;
        }
        String t = naming.clean(before) + "的"; // clean drops a trailing 的
        for (String v : prefixVerbs) {
            int k = t.indexOf(v);
            if (v.length() < 2 || k < 0 || k > MAX_ADVERB) {
                continue;
            }
            String modifier = t.substring(k + v.length(), t.length() - 1);
            if (modifier.length() >= 2 && modifier.length() <= 16 && MODIFIER.matcher(modifier).matches()) {
                return v;
            }
        }
        return null;
    }

    /**
     * "推进郊区32条公交线路实现…", "完成中心城区11条道路积水改善工程": the action verb near the clause's start, when only
     * the place where the things counted lie ({@link IndicatorWords.Kind#PLACE_ENDING}) stands between it and the count;
     * else null.
     */
    String verbBeforePlace(String before) {
        String t = before.strip(); // not cleaned: a leading 推进 is the verb here
        for (String v : prefixVerbs) {
            int k = t.indexOf(v);
            if (v.length() < 2 || k < 0 || k > MAX_ADVERB) {
                continue;
            }
            String place = t.substring(k + v.length());
            if (place.length() <= 6 && places.isPlace(place)) {
                return v;
            }
        }
        return null;
    }

    static boolean endsWithJoint(String before) {
        return !before.isEmpty() && JOINTS.indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** A figure printed with a unit inside a count's noun: what is done there is measured by a figure of its own. */
    static boolean figureInNoun(List<PrintedValue> printed, int from, int nounEnd) {
        for (PrintedValue next : printed) {
            if (next.start() > from && next.start() < nounEnd && !next.chineseNumerals() && !next.unit().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "在50所学校食堂开展…建设": the places counted are followed, in their clause, by what is done there. */
    boolean actsOn(String noun) {
        for (String v : prefixVerbs) {
            int k = noun.indexOf(v);
            if (v.length() >= 2 && k > 0) {
                return true;
            }
        }
        return false;
    }

    /** "建设用地面积达到…": a noun, with no figure of its own, then a predicate ("30亿元以上项目60个" is not). */
    boolean predicatedNoun(String noun) {
        Matcher predicate = countPredicate.matcher(noun);
        return predicate.find() && predicate.start() > 0
                && noun.substring(0, predicate.start()).chars().noneMatch(Character::isDigit);
    }
}
