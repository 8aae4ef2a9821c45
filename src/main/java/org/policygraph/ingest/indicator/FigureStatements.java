package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.TERMINATORS;
import static org.policygraph.ingest.indicator.Clauses.closingParenthesis;
import static org.policygraph.ingest.indicator.Clauses.segmentStart;
import static org.policygraph.ingest.indicator.Clauses.startsWithAny;
import static org.policygraph.ingest.indicator.Spans.anyTaken;
import static org.policygraph.ingest.indicator.Spans.mark;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.PrintedValues.PrintedValue;

/**
 * The statements of figures in a passage: a number with its unit is a stated value only where the clause ends after it
 * ("…达到 20 条以上，"), a from→to verb follows ("由目前的 25% 提高至 40%"), or its noun makes it one (a share phrased
 * around its noun, a sum named by its fund: 安排4000万元前期费, a grant's standard, a time limit: N个工作日内); a count
 * followed by its noun is one where {@link CountedNouns} finds the verb that states it. Also a doubling ending its
 * clause ("…规模倍增"). An amount in Chinese numerals is one only where its statement ends (not inside names such as
 * 千亿级). Figures the plan does not set are left to {@link NonTargets}.
 */
final class FigureStatements {

    /**
     * A per-unit standard a plan sets for a grant: "按1500元/人的标准发放求职创业补贴", "按照每院5万元的标准给予补助". The
     * standard is followed by the verb paying the grant (if any) and the grant's noun, up to the clause's end.
     */
    private static final Pattern STANDARD_SET = Pattern.compile(
            "的?标准(?:发放|给予|兑现|拨付|支付|落实)?([^，,。；;：:（()）\\d]{1,16})");

    /** The object a grant standard applies to, printed before 按: "对公建公营敬老院按照…" (a count before it dropped). */
    private static final Pattern STANDARD_OBJECT = Pattern.compile("对(?:[\\d.]+\\p{IsHan})?([^按\\d]{2,16}?)按照?");

    /** A grant's standard following a counted noun: "对7个敬老院按照每院5万元的标准…" (read by STANDARD_SET). */
    private static final Pattern STANDARD_AFTER_NOUN = Pattern.compile("按照?[^，,。；;\\d]{0,8}\\d[^，,。；;]{0,12}?标准");

    /** A count of people or households ("1000人", "500名", "300户"), the ones a service may be given to. */
    private static final Pattern PEOPLE_COUNTED = Pattern.compile("万?(?:人|名|户)");

    /** 为 opening its clause, after at most an adverb: "为1000人…", "免费为1000人…", "全年为500名…". */
    private static final Pattern SERVED_BY = Pattern.compile("^[^，,。；;、\\d]{0,3}为$");

    /** What is done for the people counted, right after them: "筛查脑卒中", "免费体检" (not "的…", a definition). */
    private static final Pattern SERVICE_AFTER = Pattern.compile("(?!的)\\p{IsHan}{2,}");

    /** A short gloss right after a unit: "套(间)", "个(家)". */
    private static final Pattern GLOSS_AFTER = Pattern.compile("[（(][^0-9（()）]{1,4}[)）]");

    /** "…过千亿元(的)基础上": the figure stated is where the plan starts from. */
    private static final Pattern BASELINE_AFTER = Pattern.compile("的?基础上");

    /** The rest of a list of from-values before their verb: "、271元分别" in "从574元、271元分别提高到…". */
    private static final String FROM_LIST =
            "^(?:[、和](?:每人每月|每人每年)?\\d+(?:\\.\\d+)?(?:{UNIT})?)*(?:分别)?";

    /**
     * "实现每个街道有1处综合养老服务设施", "每个村建有1个…": a per-unit standard, the count each unit of a kind has; the
     * noun after the count names it.
     */
    private static final Pattern EACH_HAS = Pattern.compile("每个?[^，,。；;、\\d]{1,6}?(?:都|均|至少)?(?:建有|设有|配有|有)$");

    /** A bound printed before a count, after its verb: "打造不少于20个…", "认定至少3个…". */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?:不少于|不低于|至少|超过)$");

    /** A noun naming a task or quota whose amount the figure before it states: "…征拆任务", "…造林任务". */
    private static final Pattern TASK_NOUN = Pattern.compile("^[^，,。；;：:、\\d]{1,12}(?:任务|指标)$");

    /** Words after a value that still end its statement: "增长", "和", "或". */
    private final List<String> followers;
    /** A scope between a count's verb and the count: "全力推进全省20个…重点项目", "督促辖区内12家…敬老院" (COUNT_SCOPE). */
    private final Pattern scopeBeforeCount;
    /** 为 as "for", not the copula of "作为3个试点县", "成为10个示范区之一", "列为5个重点县" (NOT_FOR). */
    private final Pattern forWhom;
    /** "实现对外贸易规模倍增": a doubling, 2 倍 of the level the plan starts from (DOUBLING). */
    private final Pattern doublingWord;
    /**
     * A sum right after an investment word (INVESTMENT): "投资3000万元", "总投资5亿元", "完成投资…"; a short bound (约, 近, 超)
     * may stand between.
     */
    private final Pattern investmentBefore;
    /** The fund a sum makes up, right after the sum (FUND_NOUN words): "4000万元重大项目前期费", "1亿元产业引导基金". */
    private final Pattern fundNoun;
    /**
     * After a count: its noun, then a figure every one of them is to reach (SHARED_FIGURE_VERB): "…指标均实现10%以上增长".
     */
    private final Pattern sharedFigureAfter;
    /**
     * The people or places a service is given to, counted after 为 and followed by what is done for them (SERVICE_VERB):
     * "为23000名老年人提供居家上门服务", "为1.2万人次有需求的残疾人开展职业技能培训", "为2.2万户困难重度残疾人家庭实施无障碍改造";
     * the ages of the people served may open the noun ("为7万名35-64岁妇女免费做宫颈癌筛查": an age range is a scope).
     */
    private final Pattern served;
    /** 为 and a modifier closed by 的 before the count of those served ("为老旧小区内既有的1000个…"). */
    private final Pattern forWhomOf;
    /** From→to verbs: "由目前的25%提高至40%". */
    private final List<String> fromTo;
    private final Units units;
    private final IndicatorNames naming;
    private final PrintedValues printedValues;
    private final CountedNouns counts;
    private final NonTargets nonTargets;
    private final ShareNouns shares;
    /** A responsibility note right after a value ends its statement: "…达到城市社区的60%(牵头单位:市人社局)". */
    private final TaskLabels taskLabels;

    FigureStatements(Units units, IndicatorWords words, IndicatorNames naming, PrintedValues printedValues,
                     CountedNouns counts, NonTargets nonTargets, ShareNouns shares, TaskLabels taskLabels) {
        this.taskLabels = Objects.requireNonNull(taskLabels, "taskLabels");
        this.units = Objects.requireNonNull(units, "units");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.printedValues = Objects.requireNonNull(printedValues, "printedValues");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.nonTargets = Objects.requireNonNull(nonTargets, "nonTargets");
        this.shares = Objects.requireNonNull(shares, "shares");
        this.fromTo = words.of(IndicatorWords.Kind.FROM_TO);
        this.followers = words.of(IndicatorWords.Kind.FOLLOWER);
        this.scopeBeforeCount = Pattern.compile(words.alternation(IndicatorWords.Kind.COUNT_SCOPE) + "$");
        this.forWhom = Pattern.compile("为(?<!" + words.alternation(IndicatorWords.Kind.NOT_FOR) + ")$");
        this.forWhomOf = Pattern.compile("为(?<!" + words.alternation(IndicatorWords.Kind.NOT_FOR)
                + ")[^\\d，,。；;、：:（()）为]{1,12}的$");
        // the word lists below are read in the order the file prints them (IndicatorWords#inOrder), as the Java
        // alternations they replace were
        this.fundNoun = Pattern.compile("[^，,。；;：:、的]{0,12}?" + words.inOrder(IndicatorWords.Kind.FUND_NOUN));
        this.sharedFigureAfter = Pattern.compile("[^，,。；;、\\d]{1,12}?(?:均|都|全部|分别)(?:要)?"
                + words.inOrder(IndicatorWords.Kind.SHARED_FIGURE_VERB) + "(?:了)?\\d");
        this.served = Pattern.compile("^(?:\\d+(?:[-—–~至]\\d+)?(?:" + words.alternation(IndicatorWords.Kind.AGE_UNIT)
                + ")(?:及以上|以上|以下)?)?[^，,。；;、\\d]{1,12}?" + words.inOrder(IndicatorWords.Kind.SERVICE_VERB));
        this.investmentBefore = Pattern.compile(words.alternation(IndicatorWords.Kind.INVESTMENT)
                + "(?:约|近|超)?$");
        this.doublingWord = Pattern.compile(words.alternation(IndicatorWords.Kind.DOUBLING));
    }

    /** The DOUBLING words in {@code s}: "倍增". */
    Matcher doubling(String s) {
        return doublingWord.matcher(s);
    }

    /** Adds the figure statements of the compact passage {@code s} to {@code hits}, marking them taken. */
    void find(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        int previousEnd = -1;
        List<PrintedValue> printed = printedValues.in(s);
        for (PrintedValue m : printed) {
            boolean equivalent = previousEnd >= 0 && m.start() == previousEnd + 1 && "(（".indexOf(s.charAt(previousEnd)) >= 0
                    && m.end() < s.length() && ")）".indexOf(s.charAt(m.end())) >= 0;
            previousEnd = m.end();
            if (equivalent) {
                continue; // "总用地面积24938.8㎡(37.4082亩)": the same figure in another unit
            }
            if (masked[m.start()] || anyTaken(taken, m.start(), m.end()) || insideStatement(hits, m.start())
                    || nonTargets.notAFigure(s, m)) {
                continue;
            }
            Hit h = new Hit();
            h.start = m.start();
            h.core = m.start();
            h.end = m.end();
            h.value = m.value();
            h.valueMax = m.valueMax();
            h.unit = m.unit();
            h.qualifier = m.qualifier();
            String unit = units.normalize(m.unit());
            String rest = s.substring(m.end());
            String unquoted = rest.replaceFirst("^[\"“”'‘’「」]+", "");
            if (!unquoted.isEmpty() && unquoted.length() < rest.length() && units.isCounted(unit)
                    && TERMINATORS.indexOf(unquoted.charAt(0)) < 0) {
                rest = unquoted; // 聘请100名“武汉招商大使”: the quote opens the counted noun
            }
            if (rest.startsWith("规模") && (unit.endsWith("元") || m.unit().endsWith("亿"))) {
                rest = rest.substring("规模".length()); // "超过五千亿规模": the amount is the size of what precedes
                h.end += "规模".length();
            }
            boolean markPassed = rest.startsWith("大关");
            if (markPassed) {
                // "突破2000亿元大关": the mark passed is the amount itself, also where a noun follows ("…大关的地区")
                rest = rest.substring("大关".length());
                h.end += "大关".length();
            }
            String clauseBefore = s.substring(segmentStart(s, m.start()), m.start());
            if (nonTargets.notSetByPlan(unit, clauseBefore, rest)
                    || nonTargets.qualifiesForAGrant(clauseBefore, m.qualifier(), rest)) {
                continue;
            }
            Matcher standard = STANDARD_SET.matcher(rest);
            if (unit.contains("元") && clauseBefore.contains("按") && standard.lookingAt()) {
                // "按1500元/人的标准发放求职创业补贴": the standard a grant is paid at, named by the grant (and by
                // what it is paid to where the grant's noun alone says nothing: "对敬老院按…标准给予补助")
                String grant = naming.clean(standard.group(1));
                Matcher object = STANDARD_OBJECT.matcher(clauseBefore);
                h.type = Hit.Type.PREFIX;
                h.verb = "";
                h.noun = grant.length() <= 2 && object.find() ? object.group(1) + grant : grant;
                h.end = m.end() + standard.end();
                mark(taken, m.start(), m.end());
                hits.add(h);
                continue;
            }
            if (nonTargets.computationBasis(s, rest, m.start())) {
                continue;
            }
            Matcher gloss = GLOSS_AFTER.matcher(rest);
            if (gloss.lookingAt() && (gloss.end() == rest.length() || TERMINATORS.indexOf(rest.charAt(gloss.end())) >= 0)) {
                rest = rest.substring(gloss.end()); // "2000套(间)。": a gloss on the unit, the statement ends after it
                h.end += gloss.end();
            }
            h.onBasis = BASELINE_AFTER.matcher(rest).lookingAt();
            boolean brokenDown = false;
            if (rest.startsWith("(") || rest.startsWith("（")) {
                // "新增奶羊2.5万只(新引进0.85万只,自繁1.65万只)，": a breakdown of the figure in parentheses, then the
                // statement ends (the parts are figures of their own); "控制在2.5%以下(以市政府正式下达指标为准)。": a
                // remark on the figure, then the statement ends
                int close = closingParenthesis(s, m.end());
                brokenDown = close > 0 && (close + 1 == s.length() || TERMINATORS.indexOf(s.charAt(close + 1)) >= 0);
            }
            // "从574元、271元分别提高到609元、300元": the values a from→to verb starts from, listed before it
            boolean listedFrom = startsWithAny(units.pattern(FROM_LIST).matcher(rest).replaceFirst(""), fromTo);
            boolean terminated = rest.isEmpty() || TERMINATORS.indexOf(rest.charAt(0)) >= 0 || brokenDown || listedFrom
                    || startsWithAny(rest, followers) || taskLabels.noteAfterAt(rest, 0) || h.onBasis
                    || markPassed;
            if (m.chineseNumerals() && !terminated) {
                continue; // "过千亿元城市", "五百亿级": a Chinese-numeral amount inside a name only qualifies it
            }
            if (!terminated && unit.endsWith("元") && investmentBefore.matcher(s.substring(0, m.start())).find()) {
                terminated = true; // "投资3000万元建设…基地": the sum is the object of 投资, what it builds follows
            }
            if (!terminated && "内".equals(m.qualifier()) && units.isDuration(unit)) {
                terminated = true; // "14个工作日内完成审批": a time limit, the action follows
            }
            h.fromValue = startsWithAny(rest, fromTo) || listedFrom;
            if (!terminated && units.isPercent(unit) && shares.opensClause(clauseBefore)
                    && shares.ofWhatFollows(rest).lookingAt()) {
                terminated = true; // "90%以上乡镇实现15分钟上高速": the share of the noun after it, named in nameValue
            }
            if (!terminated && units.isPercent(unit)
                    && (shares.noun(rest).find() || rest.startsWith("的") || startsWithAny(rest, shares.areaWords()))) {
                terminated = true; // "80%以上区域覆盖": the share's noun follows, named in nameValue
            }
            if (terminated) {
                h.type = Hit.Type.SUFFIX;
                mark(taken, m.start(), m.end());
                hits.add(h);
                continue;
            }
            if (units.isCounted(unit) && sharedFigureAfter.matcher(rest).lookingAt()) {
                continue; // "4个结构性指标均实现10%以上增长": how many things the figure after holds for, no target
            }
            int seg = counts.verbClauseStart(s, m.start());
            String before = s.substring(seg, m.start());
            Matcher bound = BOUND_BEFORE.matcher(before);
            if (bound.find()) {
                // "打造不少于20个夜经济聚集区": the bound stands between the verb and the count
                before = before.substring(0, bound.start());
                h.qualifier = h.qualifier != null ? h.qualifier : bound.group();
            }
            h.type = Hit.Type.PREFIX;
            int nounEnd = counts.nounEnd(s, m.end());
            int nextCount = counts.nextCountInNoun(s, printed, m.end(), nounEnd);
            if (nextCount > 0 && counts.completion(s.substring(nextCount, nounEnd)).find()) {
                h.listedBefore = s.substring(nextCount, nounEnd);
                nounEnd = nextCount;
            }
            Matcher paidAt = STANDARD_AFTER_NOUN.matcher(s).region(m.end(), nounEnd);
            if (paidAt.find()) {
                nounEnd = paidAt.start(); // "对7个敬老院按照每院5万元的标准给予补助": the standard is a figure of its own
            }
            h.noun = s.substring(m.end(), nounEnd);
            h.end = nounEnd;
            Matcher fund = fundNoun.matcher(h.noun);
            if (unit.endsWith("元") && fund.lookingAt()) {
                // "安排4000万元重大项目前期费": a sum named by the fund it makes up
                h.noun = h.noun.substring(0, fund.end());
                h.end = m.end() + fund.end();
                h.verb = "";
            } else if (units.isCounted(unit)) {
                String verbed = scopeBeforeCount.matcher(before).replaceFirst("");
                h.verb = counts.verbEnding(verbed);
                if (h.verb == null) {
                    h.verb = counts.verbBeforeEnumeration(before);
                }
                if (h.verb == null) {
                    h.verb = counts.verbBeforeModifier(before);
                }
                if (h.verb == null) {
                    h.verb = counts.verbBeforePlace(verbed);
                }
                if (h.verb == null && forWhom.matcher(verbed).find() && served.matcher(h.noun).find()) {
                    h.verb = "为"; // "为全区23000名老年人提供居家上门服务": the people a service is given to
                }
                if (h.verb == null && forWhomOf.matcher(verbed).find() && served.matcher(h.noun).find()) {
                    // "为老旧小区内既有的1000个…充电场所加装消防设施": the places served, a modifier closed by 的 first
                    h.verb = "为";
                }
                if (h.verb == null && PEOPLE_COUNTED.matcher(m.unit()).matches() && forWhom.matcher(verbed).find()
                        && SERVED_BY.matcher(verbed).find()
                        && SERVICE_AFTER.matcher(h.noun).lookingAt()) {
                    h.verb = "为"; // "免费为1000人筛查脑卒中": the people served, what is done for them follows at once
                }
                if (h.verb == null && EACH_HAS.matcher(verbed).find()) {
                    h.verb = ""; // "每个社区有1处养老服务场所": the standard each unit meets, named by its noun
                }
                if (h.verb == null && !counts.endsWithJoint(before) && !naming.clean(before).isEmpty()
                        && !counts.completion(h.noun + h.listedBefore).find()) {
                    continue;
                }
                if (h.verb == null && naming.clean(before).isEmpty() && counts.figureInNoun(printed, m.end(), nounEnd)) {
                    // "60户重点企业利润增长24.3%", "2401家白名单企业正常生产率保持95%以上": a count opening its clause
                    // says which things the figure after it is of; that figure is the clause's
                    continue;
                }
                if ("在".equals(h.verb) && (!counts.actsOn(h.noun) || counts.figureInNoun(printed, m.end(), nounEnd))) {
                    // "在46个小区，建成…": where, not what the task counts; "在39个村改造升级线路16.66公里": what
                    // is done there carries its own figure, the count of places is only where
                    continue;
                }
            } else if (forWhom.matcher(before).find() && served.matcher(h.noun).find()) {
                h.verb = "为"; // "为1.2万人次有需求的残疾人开展职业技能培训": served, counted in visits
            } else if (unit.endsWith("次") && (h.verb = counts.verbEnding(before)) != null) {
                // "开展100万人次长者智能技术运用能力提升行动": the visits an action reaches, counted as it is named
            } else if (TASK_NOUN.matcher(h.noun).find() && (h.verb = counts.verbEnding(before)) != null) {
                // "完成60万平方米征拆任务": the amount of the task the verb sets, the task named after it
            } else if (units.isExtent(unit) && !(m.qualifier() != null && rest.startsWith("的"))
                    && ((h.verb = counts.verbEnding(before)) != null || counts.endsWithJoint(before))) {
                // "实施1920万亩黑土地保护性耕作", "改造50万平方米老旧小区": the extent of what the verb treats, named
                // after it ("建设1000平方米以上的中心" only defines what is built); "划定1350万亩…功能区和60万亩…保护区":
                // an extent after a joint shares the verb of the one before (the reading takes it, or drops the figure)
            } else if (!naming.clean(before).isEmpty() || !counts.predicatedNoun(h.noun)) {
                continue; // a measured value inside a noun phrase ("过10亿元企业") qualifies the noun
            }
            mark(taken, m.start(), m.end());
            hits.add(h);
        }
    }

    /**
     * A doubling stated as the clause's end ("…规模倍增，"); "倍增计划" names a programme and is skipped, and so is a
     * slogan of one verb and the doubling word ("学杭黄、提标杆，强信心、促翻番"): it doubles nothing it names.
     */
    void findDoublings(String s, boolean[] masked, boolean[] taken, List<Hit> hits) {
        Matcher m = doublingWord.matcher(s);
        while (m.find()) {
            if (masked[m.start()] || anyTaken(taken, m.start(), m.end())
                    || (m.end() < s.length() && TERMINATORS.indexOf(s.charAt(m.end())) < 0)
                    || sloganVerbBefore(s, m.start())) {
                continue;
            }
            Hit h = new Hit();
            h.type = Hit.Type.SUFFIX;
            h.start = m.start();
            h.core = m.start();
            h.end = m.end();
            h.value = 2.0;
            h.unit = "倍";
            mark(taken, m.start(), m.end());
            hits.add(h);
        }
    }

    /** What opens a slogan's item: a clause's boundary, or 、 between the items of an enumeration. */
    private static final String SLOGAN_ITEM_START = Clauses.CLAUSE_BOUNDARIES + "、";

    /** "促翻番" opening its clause or its item of an enumeration: one verb before the doubling word, nothing doubled. */
    private static boolean sloganVerbBefore(String s, int at) {
        return at >= 1 && Character.UnicodeScript.of(s.charAt(at - 1)) == Character.UnicodeScript.HAN
                && (at == 1 || SLOGAN_ITEM_START.indexOf(s.charAt(at - 2)) >= 0);
    }

    /** True where {@code pos} lies inside a statement already found (a count's noun, a sum's fund). */
    private static boolean insideStatement(List<Hit> hits, int pos) {
        for (Hit h : hits) {
            if (h.start <= pos && pos < h.end) {
                return true;
            }
        }
        return false;
    }
}
