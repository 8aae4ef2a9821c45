package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.printedBefore;
import static org.policygraph.ingest.indicator.Spans.mark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time context of a passage: {@code 到2027年}, {@code 2016年，}, {@code "十四五"期间} (2021–2025), {@code "十三五"期间}
 * (2016–2020), {@code "十三五"前四年} (2016–2019), {@code 2021—2025年}, 今年/明年, a deadline or a status date within a
 * year. A mark governs everything after it until the next one, except inside 《》 titles, after 比 (a comparison base)
 * and in {@code YYYY年以来} (a reporting cue).
 */
final class TimeMarks {

    /** A year with the word before it that makes it a horizon (到, 力争到) or a status date (截至), and 以来 after it. */
    static final Pattern YEAR = Pattern.compile(
            "(预计到|力争到|到|至|截至)?((?:19|20)\\d{2})年(年底|年末|底|末)?(?:前)?(以来)?(?![0-9]{1,2}月)");

    /** "到2019年6月底": a deadline within a year; its year is the year the statements after it are set for. */
    private static final Pattern DEADLINE_YEAR = Pattern.compile(
            "(?:预计到|力争到|到)((?:19|20)\\d{2})年(?=[0-9]{1,2}月(?:底|末|前|中旬|上旬|下旬)?)");

    /**
     * "截至2019年12月底", "截止2024年6月10日": the date a report states its figures at. Its year is the year of the
     * figures after it, and they are reported (actuals), not set; not a deadline ("截至2025年6月底前").
     */
    private static final Pattern STATUS_DATE_YEAR = Pattern.compile(
            "(?:截至|截止)到?((?:19|20)\\d{2})年[0-9]{1,2}月(?:[0-9]{1,2}日|底|末)?+(?!前|以前)");

    /** "从2020年1月1日起，已将…提高到835元/人月": the date a standard applies from; its year is that of what follows. */
    private static final Pattern START_DATE_YEAR = Pattern.compile(
            "(?:从|自)((?:19|20)\\d{2})年(?=[0-9]{1,2}月(?:[0-9]{1,2}日)?起)");

    /** "以2017年黑臭水体面积为基值": the year of the base a change is measured from, then what the base is. */
    static final Pattern BASE_OF = Pattern.compile("([^，,。；;：:]{1,20}?)为(?:基值|基数|基准|基期)");

    /**
     * "今年", "明年": a year named relative to the time of writing ("明年经济社会发展主要预期目标是…", "今年全市地区生产总值
     * 增长6%左右"). Not "今年以来" (a reporting span), nor a date inside the year ("今年3月"), nor the words that only
     * hold the characters ("如今年轻人", "至今年均增长").
     */
    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?<![如至迄])(今|明)年(?!以来|来|[0-9]{1,2}月|[均轻])");

    /**
     * "去年": the year before the plan's, or before the year of writing ("加大去年新开工200个项目的推进力度": last year's
     * figure, reported). After 比, 较, 与 or 于, or followed by 同期, it is the base of a comparison ("比去年增长5%"),
     * which dates nothing. Not "过去年…" (a word that only holds the characters). A review heading's year before is
     * ReviewHeadings.PAST_YEAR (去年以来 too).
     */
    private static final Pattern LAST_YEAR = Pattern.compile("(?<![过失])去年(?!以来|来|[0-9]{1,2}月)");

    /** "2021—2025年": an explicit span of years. */
    private static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)\\d{2})[—–\\-～~至到]((?:19|20)\\d{2})年");

    /** The name of a five-year plan, quoted or not ("十四五", “十三五”); group 1 its ordinal's digit. */
    private static final String FIVE_YEAR_PLAN = "[\"“”'‘’]?十([一二三四五六七八九])五[\"“”'‘’]?";

    /** A five-year plan's period: "十三五"期间, "十四五"时期, "十三五"期末, "十三五"前四年. */
    private static final Pattern PERIOD = Pattern.compile(FIVE_YEAR_PLAN + "(期间|时期|期末|前四年)?");

    /** A heading naming a five-year plan's period as its time: "省政府工作报告“十四五”时期重点工作涉杭任务". */
    private static final Pattern PERIOD_IN_HEADING = Pattern.compile(FIVE_YEAR_PLAN + "(?:期间|时期)");

    /** "今后五年", "未来五年": the five years from the year of writing, as a new term's work report names them. */
    private static final Pattern NEXT_FIVE_YEARS = Pattern.compile("(?:今后|未来)(?:五|5)年");

    /**
     * The last year of the five-year period the nearest heading naming a time names ("一、…“十四五”时期重点工作…" →
     * 2025; "(一)今后五年工作的总体要求…" → the year of issue and four more), or null where that heading names a year
     * instead ("二、…2021年重点工作…") or none names a time.
     */
    static Integer periodOfHeadings(List<String> headings, Integer issued) {
        for (String heading : headings) {
            String h = heading == null ? "" : heading.replaceAll("\\s+", "");
            Matcher period = PERIOD_IN_HEADING.matcher(h);
            if (period.find()) {
                return FiveYearPlans.lastYear(period.group(1).charAt(0));
            }
            if (issued != null && NEXT_FIVE_YEARS.matcher(h).find()) {
                return issued + 4; // a work report of 2022 on "今后五年": 2022-2026, the government's term
            }
            if (YEAR.matcher(h).find()) {
                return null;
            }
        }
        return null;
    }

    /**
     * A part of a year printed without its year, as reports date their results: "三季度", "前三季度", "上半年",
     * "1-10月份", "1—9月", "截至10月底". Printed so, it is the year of writing.
     */
    static final String PART_OF_YEAR = "(?:(?:前|第)?[一二三四1-4]季度|[上下]半年|\\d{1,2}[-—–~至]\\d{1,2}月份?"
            + "|截至\\d{1,2}月(?:底|末)?)";

    /**
     * A time mark. {@code governs}: it sets the year of what follows; {@code since}: "YYYY年以来", a reporting cue
     * (both: a status date, "截至2019年12月底");
     * {@code spanFrom..year}: a period ("十三五"期间, 2021—2025年) rather than one year.
     */
    record YearMark(int start, int end, int year, boolean governs, boolean since, Integer spanFrom) {
    }

    /** "获评2024年全省…先进县": a year right after one of these dates the title won, not the figures around it. */
    private final List<String> awardVerbs;
    /** What a five-year plan's name is followed by when it names the plan ("十三五"规划), not a time (PLAN_NAMED). */
    private final Pattern planNamed;

    TimeMarks(IndicatorWords words) {
        Objects.requireNonNull(words, "words");
        this.awardVerbs = words.of(IndicatorWords.Kind.AWARD_VERB);
        this.planNamed = Pattern.compile(words.alternation(IndicatorWords.Kind.PLAN_NAMED));
    }

    /** The time marks of the compact passage {@code s}, in text order; none inside the {@code masked} titles. */
    List<YearMark> in(String s, boolean[] masked, DocumentYears years) {
        List<YearMark> marks = new ArrayList<>();
        boolean[] inSpan = new boolean[s.length()];
        Matcher span = YEAR_SPAN.matcher(s);
        while (span.find()) {
            if (masked[span.start()]) {
                continue;
            }
            marks.add(new YearMark(span.start(), span.end(), Integer.parseInt(span.group(2)), true, false,
                    Integer.parseInt(span.group(1))));
            mark(inSpan, span.start(), span.end());
        }
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int start = m.start();
            if (masked[start] || inSpan[start] || (start > 0 && Character.isDigit(s.charAt(start - 1)))) {
                continue;
            }
            boolean comparison = start > 0 && ("比较".indexOf(s.charAt(start - 1)) >= 0
                    || (s.charAt(start - 1) == '以' && BASE_OF.matcher(s).region(m.end(), s.length()).lookingAt()));
            boolean since = m.group(4) != null;
            // "获评2024年全省粮油千亩高产先进县": the year of a title won, not the time of what the passage reports
            boolean titleWon = m.group(1) == null && printedBefore(s, start, awardVerbs);
            marks.add(new YearMark(start, m.end(), Integer.parseInt(m.group(2)), !comparison && !since && !titleWon,
                    since, null));
        }
        Matcher status = STATUS_DATE_YEAR.matcher(s);
        while (status.find()) {
            if (!masked[status.start()] && !inSpan[status.start()]) {
                marks.add(new YearMark(status.start(), status.end(), Integer.parseInt(status.group(1)), true, true,
                        null));
            }
        }
        for (Pattern datedYear : List.of(DEADLINE_YEAR, START_DATE_YEAR)) {
            Matcher d = datedYear.matcher(s);
            while (d.find()) {
                if (!masked[d.start()] && !inSpan[d.start()]) {
                    marks.add(new YearMark(d.start(), d.end(), Integer.parseInt(d.group(1)), true, false, null));
                }
            }
        }
        Matcher relative = RELATIVE_YEAR.matcher(s);
        while (relative.find()) {
            if (masked[relative.start()] || inSpan[relative.start()]) {
                continue;
            }
            Integer year = relativeYear("明".equals(relative.group(1)), years, s.contains("明年"));
            if (year != null) {
                // a later year printed in the passage's earlier sentences ("结合…2021年来明莅沙考察精神") no longer dates it
                marks.add(new YearMark(relative.start(), relative.end(), year, true, false, null));
            }
        }
        Matcher last = LAST_YEAR.matcher(s);
        while (last.find()) {
            int start = last.start();
            Integer before = years.annual() != null ? years.annual() : years.issued();
            if (masked[start] || inSpan[start] || before == null) {
                continue;
            }
            boolean comparison = start > 0 && "比较与于".indexOf(s.charAt(start - 1)) >= 0
                    || s.startsWith("同期", last.end());
            marks.add(new YearMark(start, last.end(), before - 1, !comparison, false, null));
        }
        Matcher p = PERIOD.matcher(s);
        while (p.find()) {
            if (masked[p.start()]) {
                continue;
            }
            if (p.start() > 0 && "是比较".indexOf(s.charAt(p.start() - 1)) >= 0) {
                continue; // "是"十二五"期末的 1.46 倍": a comparison base, not the time of the statement
            }
            if (p.group(2) == null && planNamed.matcher(s).region(p.end(), s.length()).lookingAt()) {
                continue; // "完善"十三五"规划项目库": the name of a plan, not the time of the statement
            }
            char numeral = p.group(1).charAt(0);
            int first = FiveYearPlans.firstYear(numeral);
            String part = p.group(2);
            if ("期末".equals(part)) {
                marks.add(new YearMark(p.start(), p.end(), first + 4, true, false, null));
            } else if ("前四年".equals(part)) {
                marks.add(new YearMark(p.start(), p.end(), first + 3, true, false, first));
            } else {
                marks.add(new YearMark(p.start(), p.end(), first + 4, true, false, first));
            }
        }
        marks.sort(Comparator.comparingInt(YearMark::start));
        return marks;
    }

    /**
     * The year "今年" or "明年" ({@code next}) stands for. 今年 is the year of issue; without one, the plan's own year
     * (an annual plan's), unless the passage also looks ahead to 明年 (then it was written the year before the plan's).
     * 明年 is the year an annual plan is for (a plan speaking of 明年 is written before its year starts), else the year
     * after issue. Null when the document tells neither.
     */
    static Integer relativeYear(boolean next, DocumentYears years, boolean looksAhead) {
        if (next) {
            return years.annual() != null ? years.annual() : years.issued() == null ? null : years.issued() + 1;
        }
        if (years.issued() != null) {
            return years.issued();
        }
        return looksAhead ? null : years.annual();
    }

    /** Marks 《…》 titles: nothing inside a cited title is a target or sets the year. */
    static boolean[] titleMask(String s) {
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
}
