package org.policygraph.ingest.indicator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the extractor needs to know about a document's time frame, and about the list its title says it is.
 *
 * @param issued  year of issue: a stated year before it is a reported baseline (ACTUAL), not a target
 * @param horizon the plan's target year, used for 年均 growth rates the text states without a year
 * @param annual  the one year an annual plan is for ("2023年重点工作任务分解方案", "2024年工作要点", "2023年度…"),
 *                or the last year of the five-year plan its title names (十二五 → 2015): a target it states without a
 *                year is for that year; null for a plan over several years
 * @param listed  the projects the document lists as its own items, named by its title ("…2026年第一批基本建设项目投资计划"
 *                → 基本建设项目): a count of them says how the list is made up, it is no target; null when the title
 *                names no list of projects
 * @param reviewed the year the whole text gives an account of, where it opens as a review of that year and no heading
 *                says otherwise ({@link ReviewOpening}): its figures are reported, not set; null for any other text
 */
public record DocumentYears(Integer issued, Integer horizon, Integer annual, String listed, Integer reviewed) {

    public static final DocumentYears UNKNOWN = new DocumentYears(null, null, null);

    public DocumentYears(Integer issued, Integer horizon, Integer annual, String listed) {
        this(issued, horizon, annual, listed, null);
    }

    public DocumentYears(Integer issued, Integer horizon, Integer annual) {
        this(issued, horizon, annual, null);
    }

    /**
     * A title naming exactly one year, not as the end of a period ("到2025年", "2021—2023年", "2025年前"): the plan
     * of that year. A title with a five-year plan (十四五) or a span is not annual.
     */
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern SPAN_MARK = Pattern.compile("十[一二三四五六七八九]五|[—\\-－~～至到]\\s*(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}\\s*年?\\s*[—\\-－~～至到]|(?:到|至|力争到)\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*年\\s*(?:前|以前|底前)"
            + "|(?:19|20)\\d{2}\\s*年\\s*(?:及|和)");

    public DocumentYears(Integer issued, Integer horizon) {
        this(issued, horizon, null, null);
    }

    /** From a document's metadata: the year of {@code issuedOn} ("2016-08-10", "2021-09") and its horizon ("2027"). */
    public static DocumentYears of(String issuedOn, String horizon) {
        return new DocumentYears(leadingYear(issuedOn), leadingYear(horizon), null);
    }

    /** As {@link #of(String, String)}, and the year of an annual plan read from its title. */
    public static DocumentYears of(String issuedOn, String horizon, String title) {
        return new DocumentYears(leadingYear(issuedOn), leadingYear(horizon), targetYearOf(title),
                listedProjectsOf(title));
    }

    /**
     * A title naming a list of projects: the projects' name, then 计划, 清单 or 名单 (投资 or 建设 may stand between):
     * "银川市西夏区2026年第一批基本建设项目投资计划", "2024年市级重点建设项目清单".
     */
    private static final Pattern LISTED_PROJECTS = Pattern.compile(
            "(\\p{IsHan}{1,16}?项目)(?:投资|建设)*(?:计划|清单|名单)");
    /** What precedes the projects' own name in a title: the issuer's place, the year, the batch ("第一批"). */
    private static final String BEFORE_ITEMS = "年批省市州县区";

    /**
     * The projects a document lists, by the name its title gives them, the place, year and batch before it aside
     * ("…2026年第一批基本建设项目投资计划" → 基本建设项目); null when the title names no list of projects, or only
     * "项目" (too bare to tell the list's projects from any other).
     */
    static String listedProjectsOf(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = LISTED_PROJECTS.matcher(title.replaceAll("\\s+", ""));
        String noun = null;
        while (m.find()) {
            noun = m.group(1);
        }
        if (noun == null) {
            return null;
        }
        int cut = -1;
        for (char c : BEFORE_ITEMS.toCharArray()) {
            cut = Math.max(cut, noun.lastIndexOf(c));
        }
        String items = noun.substring(cut + 1);
        return items.length() > "项目".length() ? items : null;
    }

    /** A year printed in a title: "2025年", also opening a span ("2021—2025年"). */
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|[—\\-－~～至到])");

    /** "十二五", "第十二个五年规划": a title naming one five-year plan and no year of its own. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年");

    /**
     * The year a target the text states without a year is for: an annual plan's year, or the last year of the one
     * five-year plan a title names ("落实…第十二个五年规划纲要主要目标和任务工作分工的通知" → 2015); null otherwise.
     */
    static Integer targetYearOf(String title) {
        Integer annual = annualYear(title);
        if (annual != null || title == null) {
            return annual;
        }
        Matcher plan = FIVE_YEAR_PLAN.matcher(title);
        if (!plan.find()) {
            return null;
        }
        char numeral = (plan.group(1) != null ? plan.group(1) : plan.group(2)).charAt(0);
        if (plan.find() && (plan.group(1) != null ? plan.group(1) : plan.group(2)).charAt(0) != numeral) {
            return null; // two plans named: no one end year
        }
        int last = FiveYearPlans.lastYear(numeral);
        Matcher year = TITLE_YEAR.matcher(title);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y < last - 4 || y > last) {
                return null; // a year outside the plan's period: the title is about something else too
            }
        }
        return last; // "第十四个五年规划（2021—2025年）": the years printed are the plan's own period
    }

    /** The year an annual plan's title names ("立山区政府2023年重点工作任务分解和责任分工方案" → 2023), else null. */
    static Integer annualYear(String title) {
        if (title == null || SPAN_MARK.matcher(title).find()) {
            return null;
        }
        Matcher m = YEAR_IN_TITLE.matcher(title);
        Integer year = null;
        while (m.find()) {
            if (year != null) {
                return null; // two years: a period, or a plan citing another's year
            }
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    /**
     * The year a submitted text says it was issued when its metadata does not: the signature date standing on its own
     * line ("2023年1月3日"), else the document's own number on its own line ("蔡政办〔2023〕1号"). A number cited
     * inside a sentence ("(国办发〔2020〕32号)") is another document's. Null when the text prints neither.
     */
    public static Integer issuedYearIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher date = DATE_LINE.matcher(text);
        if (date.find()) {
            return Integer.valueOf(date.group(1));
        }
        Matcher number = NUMBER_LINE.matcher(text);
        return number.find() ? Integer.valueOf(number.group(1)) : null;
    }

    /**
     * As {@link #of(String, String, String)}; without {@code issuedOn}, the year of issue the text prints. A title that
     * divides the tasks of a government work report without naming its year ("关于落实《政府工作报告》重点工作责任分工的
     * 意见") is still an annual plan: its year is the one the text gives the report ("现就2013年《政府工作报告》确定的
     * 重点工作…"), else the year of issue (a work report is delivered and divided in the year it plans).
     */
    public static DocumentYears ofSubmitted(String issuedOn, String horizon, String title, String text) {
        Integer issued = leadingYear(issuedOn);
        if (issued == null) {
            issued = issuedYearIn(text);
        }
        Integer annual = targetYearOf(title);
        if (annual == null && title != null && WORK_REPORT.matcher(title).find()) {
            Matcher named = text == null ? null : WORK_REPORT_OF_YEAR.matcher(text);
            annual = named != null && named.find() ? Integer.valueOf(named.group(1)) : issued;
        }
        if (annual == null && (title == null || !YEAR_IN_TITLE.matcher(title).find())) {
            // a title printing no year: the year the notice names for the plan it publishes, or the text's headline
            // holding the title with its year, else the text's only year
            annual = publishedPlanYear(text);
            if (annual == null) {
                annual = yearOfPrintedTitle(text, title);
            }
            if (annual == null) {
                annual = openingYear(text, issued);
            }
            if (annual == null && horizon == null) {
                annual = thisYearOpening(text, issued);
            }
            if (annual == null && horizon == null) {
                annual = expectedTargetsOpening(text, issued);
            }
            if (annual == null) {
                Integer only = onlyYearIn(text);
                annual = only != null && (issued == null || issued.equals(only)) ? only : null;
            }
        }
        return new DocumentYears(issued, leadingYear(horizon), annual, listedProjectsOf(title),
                ReviewOpening.reviewedYear(text, issued));
    }

    /**
     * The year of an undated work list: a text that sets its deadlines by the month ("12月底前", "2017年3月底前拨付…",
     * "第3季度"), or reports at a date ("截至2019年12月底", "至12月底"), and prints one year only, never as a horizon, a period or a base ("到2025年", "2021—2023年",
     * "比2010年"), is that year's plan ("精心策划2019年…活动" beside "12月底前"). Years of cited documents' numbers
     * ("〔2016〕13号") are not the text's. So too a report dating its results by a part of the year printed without
     * the year ("上半年", "前三季度", "1-9月") beside one year ("梳理2024年储备项目"). Null when the text sets no deadline by the month, prints no year, several, or
     * one as a horizon, period or base (an opinion saying "现就2019年工作提出意见" alone is no plan of one year).
     */
    static Integer onlyYearIn(String text) {
        if (text == null || !(MONTH_DEADLINE.matcher(text).find() || STATUS_DATE.matcher(text).find()
                || MONTH_STATUS.matcher(text).find() || YEARLESS_PART.matcher(text).find())) {
            return null;
        }
        // "截至2019年12月底" dates a report, it opens no period ("至2019")
        String own = STATUS_DATE_WORD.matcher(CITED_NUMBER.matcher(text).replaceAll("")).replaceAll("");
        if (SPAN_MARK.matcher(own).find() || BASE_YEAR.matcher(own).find()) {
            return null;
        }
        Matcher m = YEAR_IN_TEXT.matcher(own);
        Integer year = null;
        while (m.find()) {
            Integer y = Integer.valueOf(m.group(1));
            if (year != null && !year.equals(y)) {
                return null;
            }
            year = y;
        }
        return year;
    }

    /** The longest line read as the text's own headline. */
    private static final int MAX_HEADLINE = 40;

    /**
     * The year of a plan given the phrase it names itself by ("15件大事和民生实事"), where the text prints a headline
     * holding that phrase with one year ("甘谷县政府2020年将为民办好15件大事和民生实事", a post's headline a page stores
     * apart from the text): a short line without a sentence's end. Null when no such line names one year.
     */
    private static Integer yearOfPrintedTitle(String text, String title) {
        String phrase = title == null ? "" : title.replaceAll("\\s", "");
        if (text == null || phrase.isEmpty()) {
            return null;
        }
        for (String line : text.split("\n")) {
            String headline = line.replaceAll("\\s", "");
            if (headline.length() <= MAX_HEADLINE && headline.contains(phrase) && !headline.matches(".*[。；;！!？?]$")) {
                Integer year = annualYear(headline);
                if (year != null) {
                    return year;
                }
            }
        }
        return null;
    }

    /**
     * The sentence of a covering notice or an announcement that names the plan it publishes, the plan's name opening
     * with its year: "现将《2024年某县重点工作任务分解方案》印发给你们", "现将立山区政府2023年重点工作…印发", "票决确定20项
     * 2023年市人民政府民生实事项目". Read only near the text's start, where the notice stands. Only the year, after 现将 or
     * 确定; not the plan parser's readings of a plan's name (PlanParser.PUBLISHED_PLAN: 现将《X》印发; listNamedInLead:
     * any clause of a lead naming a year's plan, by PlanConventions.namesAPlan).
     */
    private static final Pattern PUBLISHED_PLAN = Pattern.compile(
            "(?:现将|确定了?)\\s*(?:\\d+\\s*[项件个]\\s*)?[《“\"]?\\s*[\\p{IsHan}]{0,12}?((?:19|20)\\d{2})\\s*年(?!\\d{1,2}\\s*月)");
    /** How far into a text the notice's sentence is looked for. */
    private static final int NOTICE_REACH = 600;

    /**
     * The year of a plan whose title prints none, named by the notice or announcement that publishes it (see
     * {@link #PUBLISHED_PLAN}); null when the text's start has no such sentence.
     */
    static Integer publishedPlanYear(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PUBLISHED_PLAN.matcher(text.substring(0, Math.min(text.length(), NOTICE_REACH)));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * A paragraph opening with the year and a comma, as a plan's preamble states what the year's work will do
     * ("2024年,奉贤区乡村振兴工作将坚持…"; "2024年，全区将…") and an account of a year's plan opens ("2021年,我县省市县
     * 重点工程项目共30项", read by the plan parser): group 1 the year. Near a text's start (the title and its notice
     * before it), that year is the plan's.
     */
    public static final Pattern OPENING_YEAR = Pattern.compile("^((?:19|20)\\d{2})\\s*年\\s*[，,]");
    /** {@link #OPENING_YEAR} at the start of any line of a text, after white space (also {@link ReviewOpening}'s). */
    static final Pattern OPENING_YEAR_LINE = Pattern.compile("(?m)^[ \t\u3000]*"
            + OPENING_YEAR.pattern().substring(1));

    /**
     * The year a paragraph near the text's start opens with ({@link #OPENING_YEAR_LINE}), when it is not before the year
     * of issue (a paragraph opening with a past year reviews it; the plan is for a year to come); null when none does.
     */
    static Integer openingYear(String text, Integer issued) {
        if (text == null) {
            return null;
        }
        Matcher m = OPENING_YEAR_LINE.matcher(text.substring(0, Math.min(text.length(), NOTICE_REACH)));
        if (!m.find()) {
            return null;
        }
        Integer year = Integer.valueOf(m.group(1));
        return issued == null || year >= issued ? year : null;
    }

    /**
     * "今年" in the covering notice or lead ("今年将继续为民办25项实事", "报告明确,今年将…"): a notice announcing this
     * year's work without printing the year. Not 去今年 / 明今年 spans, nor "今年以来", which dates results reported.
     * So too the year's work or targets the plan's goals aim at ("聚焦全年经济工作重点,…力争地区生产总值增长6.5%",
     * "冲刺全年目标"): "全年" with its 工作重点, 重点工作, 目标 or 任务 is the year of issue's. Not "全年" dating a
     * figure ("全年完成地区生产总值…", "全年实现目标任务", a review's results) or naming a season ("全年游").
     */
    private static final Pattern THIS_YEAR = Pattern.compile("(?<![去明])今年(?!以来)"
            + "|全年(?!完成|实现)[\\p{IsHan}]{0,6}?(?:工作重点|重点工作|目标|任务)");

    /**
     * The year of issue, where the notice near the text's start ({@link #NOTICE_REACH}) speaks of "今年" (this year)
     * or of the year's work or targets ("全年工作重点", {@link #THIS_YEAR}) and the text is dated: the plan it
     * announces is that year's. Null otherwise.
     */
    static Integer thisYearOpening(String text, Integer issued) {
        if (text == null || issued == null) {
            return null;
        }
        return THIS_YEAR.matcher(text.substring(0, Math.min(text.length(), NOTICE_REACH))).find() ? issued : null;
    }

    /**
     * "主要预期目标": the targets a government work report (or the year's plan) expects for the year it is delivered in
     * ("全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上，…").
     */
    private static final Pattern EXPECTED_TARGETS = Pattern.compile("预期目标");
    private static final Pattern ANY_YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年");

    /**
     * The year of issue, where the text's opening ({@link #NOTICE_REACH}) announces the year's expected targets
     * ({@link #EXPECTED_TARGETS}) without printing any year: a page summarising a work report's targets and tasks is
     * dated by the report, delivered in the year it plans. Null otherwise (an opening printing a year is dated by it).
     */
    static Integer expectedTargetsOpening(String text, Integer issued) {
        if (text == null || issued == null) {
            return null;
        }
        String opening = text.substring(0, Math.min(text.length(), NOTICE_REACH));
        return EXPECTED_TARGETS.matcher(opening).find() && !ANY_YEAR.matcher(opening).find() ? issued : null;
    }

    /**
     * A part of a year printed without its year, as a report dates its results ("上半年地区生产总值同比增长4.5%",
     * "前三季度", "1-9月"): the report is on the year it prints.
     */
    private static final Pattern YEARLESS_PART = Pattern.compile(
            "(?<![年\\d])" + TimeMarks.PART_OF_YEAR);
    /** A deadline by the month: "12月底前", "6月前", "第3季度". */
    private static final Pattern MONTH_DEADLINE = Pattern.compile(
            "\\d{1,2}\\s*月份?(?:底|末|中旬|上旬|下旬)?(?:前|以前)|第[一二三四1-4]季度");
    private static final String STATUS_WORD = "(?:截至|截止)到?";
    private static final String YEAR_AND_MONTH = "\\s*(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月";
    /** A report's status date, "截至2019年12月底", "截止2024年6月10日": a report on the tasks of that year. */
    private static final Pattern STATUS_DATE = Pattern.compile(STATUS_WORD + YEAR_AND_MONTH);
    /**
     * A report's status date printed without its year, "至12月底,该项目已…", "截至9月末": the report is on the year it
     * prints.
     */
    private static final Pattern MONTH_STATUS = Pattern.compile("(?:截至|截止|至)\\s*\\d{1,2}\\s*月(?:底|末)(?!前|以前)");
    /** The word of a {@link #STATUS_DATE} alone. */
    private static final Pattern STATUS_DATE_WORD = Pattern.compile(STATUS_WORD + "(?=" + YEAR_AND_MONTH + ")");
    /** A document's number, "昆政发〔2016〕13号": the year it was issued, not the year of this text. */
    private static final Pattern CITED_NUMBER = Pattern.compile("[〔\\[［(（](?:19|20)\\d{2}[〕\\]］)）]");
    /** A year as the base of a comparison: "比2010年", "较2020年", "与2015年相比". */
    private static final Pattern BASE_YEAR = Pattern.compile("(?:比|较|与|同|相对于)\\s*(?:19|20)\\d{2}\\s*年");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

    /** A government work report, the annual plan a 分工/分解 of its tasks follows. */
    private static final Pattern WORK_REPORT = Pattern.compile("政府工作报告");
    /** "2013年《政府工作报告》", "2022年《重庆市沙坪坝区人民政府工作报告》": the year of the report. */
    private static final Pattern WORK_REPORT_OF_YEAR = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(?:度\\s*)?[《“\"]?[\\p{IsHan}]{0,16}政府工作报告");

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)^[\\s\u3000]*((?:19|20)\\d{2})\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日[\\s\u3000]*$");
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "(?m)^[\\s\u3000]*[\\p{IsHan}]{1,12}[〔\\[［(（]((?:19|20)\\d{2})[〕\\]］)）]\\s*\\d{1,4}\\s*号[\\s\u3000]*$");

    private static Integer leadingYear(String value) {
        return value != null && value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(value.substring(0, 4)) : null;
    }
}
