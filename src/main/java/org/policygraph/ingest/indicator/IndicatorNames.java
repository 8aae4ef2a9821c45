package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.segmentStart;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.ItemNumbers;

/**
 * The name of a figure, cut from the clause before it: what is no part of a name is dropped (OCR spaces, quotes, the
 * year context, item labels, the part of a year a report covers, 力争/其中, the PLANNED words, a trailing 的), and a
 * clause without a subject of its own ("，年均增长 30% 以上") is named by the subject stated before it.
 */
final class IndicatorNames {

    /** A change stated without its subject: "，同比提高0.5亿元/平方公里", "，上升20个百分点". */
    private static final Pattern BARE_CHANGE = Pattern.compile("(?:同比|比上年|较上年)?(?:提高|上升|增加|提升|减少|下降|降低)");

    private static final Pattern NAME_YEAR = Pattern.compile(
            "(?<!比)(预计到|力争到|到|至|截至)?(?:(?:19|20)\\d{2}[—–\\-～~至到])?(19|20)\\d{2}年(年底|年末|底|末)?前?(以来)?|(?<![是比较])十[一二三四五六七八九]五(期间|时期|期末|前四年)?");

    private static final Pattern PARENTHETICAL = Pattern.compile("[（(]以下简称([^)）]*)[)）]");

    /**
     * An item number ("1.", "（二）", "3、", "①", "⑴", "第3项", "第25" right before a name) or a time span ("三年内")
     * opening a clause is not part of a name. "第N" followed by a counter ("第5代", "第2批", "第3位") is kept.
     */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(?:\\d+" + ItemNumbers.CLOSING_MARK + "|[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|[一二三四五六七八九十\\d]+年内"
                    + "|[\\u2460-\\u249B]|第\\d{1,3}(?:项|条)|第\\d{1,3}(?=\\p{IsHan})(?![代批次届位名轮期个家类季年号章款阶部]))");

    /**
     * The part of a year a progress report's figure covers ("1-10月份", "三季度", "上半年"): printed before or after the
     * quantity's name ("三季度地区生产总值", "地区生产总值1—9月完成") it dates the figure, which the quote keeps
     * ({@link TimeMarks#PART_OF_YEAR}); it is no part of the name, nor is a result verb after it. 全年 goes only where a verb of result or estimate follows it
     * ("全年预计完成", "全年实现地区生产总值"): alone it may name a per-year quantity ("全年展会节事数量"). A name ending in
     * a result verb alone ("…收入完成") drops it too.
     */
    private static final String REPORT_TIME = "(?:" + TimeMarks.PART_OF_YEAR + "|全年(?=预计|累计|完成|实现|力争))";

    private static final Pattern LEADING_TIME = Pattern.compile(
            "^" + REPORT_TIME + "(?:预计|累计)?(?:完成|实现)?");

    private static final Pattern TRAILING_TIME = Pattern.compile(
            "(?:" + REPORT_TIME + "(?:预计|累计)?(?:完成|实现)?|(?:预计|累计)?完成)$");

    /**
     * A figure the name still carries at its end, with its verb of change and its comparator ("固定资产投资增长8%以上",
     * "全员劳动生产率46000元/人以上"): a statement of the figure before, printed into the clause of the next one; the
     * name is what precedes it.
     */
    private static final Pattern TRAILING_FIGURE = Pattern.compile(
            "(?:增长|提高|提升|下降|降低|达到|达)?\\d+(?:\\.\\d+)?(?:%|‰|元/人)(?:以上|以下|左右|以内)?$");

    /**
     * A clause naming who leads or is responsible for an item, opening the name ("市发改委牵头的第1地区生产总值", "由县
     * 商务局负责的…"): the words of {@link IndicatorWords.Kind#ROLE_CLAUSE} end it; the body is a role, not the name.
     */
    private static final Pattern ROLE_CLAUSE_BODY = Pattern.compile("^由?[^，,。；;：:、（）()\\d]{2,20}?$");

    /**
     * A bracket opening a name and not closed in it: the figure inside is an alternative of the one before the bracket
     * ("地区生产总值增长5.5%左右（确保5%以上）", "增长7%（力争8%）"), so the name is the one stated before, not the bracket.
     */
    private static final Pattern UNCLOSED_OPENING = Pattern.compile("^[（(](?![^（()）]*[)）])");

    private static final Pattern FROM_YEAR = Pattern.compile("^[从由](?=(19|20)\\d{2}年|目前)");

    /**
     * The number of a task in the plan a report quotes it from, in brackets after its name ("产业投资(第7项)",
     * "国际医药创新产业园建设（第22项）"): where the task stands in the plan, not part of what is measured.
     */
    private static final Pattern TASK_NUMBER = Pattern.compile("[（(]第[\\d一二三四五六七八九十]{1,4}[项条号][)）]");

    /** "年计划完成地区生产总值": a name opening with a PLANNED word (and 完成) is named by what follows it. */
    private final Pattern plannedOpening;
    /** "…收入由年初预算": a name ending on 由 and a PLANNED word is named by what precedes them. */
    private final Pattern plannedEnding;
    private final IndicatorWords words;

    IndicatorNames(IndicatorWords words) {
        this.words = Objects.requireNonNull(words, "words");
        this.plannedOpening = Pattern.compile("^(?:" + words.alternation(IndicatorWords.Kind.PLANNED)
                + ")(?:完成|实现|达到)?");
        this.plannedEnding = Pattern.compile("(?:由|从)(?:" + words.alternation(IndicatorWords.Kind.PLANNED) + ")$");
    }

    /** Cleans a name: no OCR spaces, no quotes, no year context, no leading 力争/其中, no trailing 的. */
    String clean(String text) {
        return clean(text, words);
    }

    /** {@link #clean(String)} with the name words of {@code words}: for the table readers. */
    static String clean(String text, IndicatorWords words) {
        String t = text.replaceAll("[\\s*\"“”'‘’「」『』]", "");
        t = PARENTHETICAL.matcher(t).replaceAll("");
        t = TASK_NUMBER.matcher(t).replaceAll("");
        t = FROM_YEAR.matcher(t).replaceAll("");
        t = NAME_YEAR.matcher(t).replaceAll("");
        t = LEADING_LABEL.matcher(t).replaceFirst("");
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            String unlabelled = LEADING_LABEL.matcher(t).replaceFirst(""); // "力争3年内新增…"
            unlabelled = UNCLOSED_OPENING.matcher(unlabelled).replaceFirst(""); // "增长5.5%左右（确保5%以上）"
            if (!unlabelled.equals(t)) {
                t = unlabelled;
                changed = true;
            }
            for (String rc : words.of(IndicatorWords.Kind.ROLE_CLAUSE)) {
                int at = t.indexOf(rc);
                if (at >= 2 && t.length() - at - rc.length() >= 2
                        && ROLE_CLAUSE_BODY.matcher(t.substring(0, at)).matches()) {
                    t = t.substring(at + rc.length()); // "市发改委牵头的第1地区生产总值": the lead body is a role
                    changed = true;
                    break;
                }
            }
            Matcher time = LEADING_TIME.matcher(t);
            if (time.find() && t.length() - time.end() >= 4) {
                t = t.substring(time.end()); // "上半年地区生产总值"
                changed = true;
            }
            String untimed = withoutTrailingTime(t); // "地区生产总值1—9月完成", "固定资产投资全年预计", "…增长8%以上"
            if (!untimed.equals(t)) {
                t = untimed;
                changed = true;
            }
            for (String l : words.of(IndicatorWords.Kind.LEADING)) {
                if (t.startsWith(l)) {
                    t = t.substring(l.length());
                    changed = true;
                }
            }
            for (String tr : words.of(IndicatorWords.Kind.TRAILING)) {
                if (t.endsWith(tr)) {
                    t = t.substring(0, t.length() - tr.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** The short name a text defines for its subject ("（以下简称“社零额”）"), or null. */
    String abbreviation(String text) {
        Matcher m = PARENTHETICAL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String shortName = clean(m.group(1));
        return shortName.isEmpty() ? null : shortName;
    }

    static boolean isGeneric(String name) {
        return name.equals("规模") || name.equals("增速") || name.equals("总量") || name.equals("增幅") || name.equals("数量")
                || name.equals("总数")
                || BARE_CHANGE.matcher(name).matches();
    }

    /**
     * Whether an indicator's name is a change alone, without what changes ("提升" of "提升3.89个百分点"): a figure that
     * names nothing it measures.
     */
    static boolean isBareChange(String name) {
        return name != null && BARE_CHANGE.matcher(name.strip()).matches();
    }

    /**
     * "地区生产总值" + "1—9月完成", "固定资产投资增长8%以上": the name with no part of the year and result verb, nor a
     * figure, after it.
     */
    static String withoutTrailingTime(String name) {
        Matcher figure = TRAILING_FIGURE.matcher(name);
        if (figure.find() && figure.start() >= 2) {
            name = name.substring(0, figure.start());
        }
        Matcher time = TRAILING_TIME.matcher(name);
        return time.find() && time.start() >= 2 ? name.substring(0, time.start()) : name;
    }

    static String inherit(String subject, String name) {
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
    String previousClauseSubject(String s, int segStart) {
        if (segStart <= 1) {
            return null;
        }
        int prevStart = segmentStart(s, segStart - 1);
        String prev = clean(s.substring(prevStart, segStart - 1));
        for (String cut : new String[] {"拾级而上", "保持", "持续", "连续", "不断", "稳步", "成效", "明显", "显著"}) {
            int k = prev.indexOf(cut);
            if (k > 0) {
                prev = prev.substring(0, k);
            }
        }
        return prev.isEmpty() ? null : prev;
    }

    /** "以2017年黑臭水体面积为基值，消减50%": the quantity the clause before takes as its base, or null. */
    String baseOfPreviousClause(String s, int segStart) {
        if (segStart <= 1) {
            return null;
        }
        String prev = s.substring(segmentStart(s, segStart - 1), segStart - 1);
        if (!prev.startsWith("以")) {
            return null;
        }
        Matcher base = TimeMarks.BASE_OF.matcher(prev);
        if (!base.region(1, prev.length()).matches()) {
            return null;
        }
        String name = clean(base.group(1));
        return name.isEmpty() ? null : name;
    }

    /** "年计划完成地区生产总值" → "地区生产总值", "…收入由年初预算" → "…收入": the PLANNED words are no part of a name. */
    String withoutPlannedWords(String name) {
        Matcher opening = plannedOpening.matcher(name);
        if (opening.find() && name.length() - opening.end() >= 4) {
            name = name.substring(opening.end());
        }
        Matcher ending = plannedEnding.matcher(name);
        if (ending.find() && ending.start() >= 2) {
            name = name.substring(0, ending.start());
        }
        return name;
    }
}
