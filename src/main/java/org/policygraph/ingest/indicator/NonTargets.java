package org.policygraph.ingest.indicator;

import static org.policygraph.ingest.indicator.Clauses.CLAUSE_BOUNDARIES;
import static org.policygraph.ingest.indicator.Clauses.SENTENCE_ENDS;
import static org.policygraph.ingest.indicator.Clauses.scopedBefore;
import static org.policygraph.ingest.indicator.Clauses.startsWithAny;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.indicator.PrintedValues.PrintedValue;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorRecord;
import org.policygraph.model.IndicatorRole;

/**
 * Figures a plan prints that are no figure it sets: scope notes ((不含6亩)), item counts ((共28项)), quoted names
 * (“20条”), the terms of a tax relief (a grant's own award, standard, rate or cap is read: README), the conditions
 * qualifying for a grant (对总投资5000万元以上的项目…给予), computation bases (按…的增速/标准), the size of a site or of
 * one thing built, moves in a ranking, gaps to a target or benchmark, the ages bounding who is counted, how
 * far works are done, the share of the year's aim a result reported as an amount makes, and the count of the plan's
 * own items.
 */
final class NonTargets {

    /** The start of a note bounding a rule's scope: "(不含6亩)", "（含本数）"; "(包括63个…)" breaks a target down. */
    private static final Pattern SCOPE_NOTE = Pattern.compile("不含|含|不包括|除");

    /** The units a list's items are counted in ("共3项", "共5件"). */
    private static final Pattern ITEMS = Pattern.compile("[项件]");

    /**
     * A figure measured against another ("塌目标1.8个百分点", "高于全国平均水平2.2个百分点", "比上年快3个百分点",
     * "居民消费价格涨幅低于控制目标2.1个百分点": a price ceiling is a 控制目标; "增速高于GDP增速1个百分点": one growth
     * rate against another's; "滞后序时进度9.8个百分点": behind the pace the year's target sets by now): the gap to a target
     * or a benchmark, not a value of the quantity itself.
     */
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?:(?:高于|低于|快于|慢于|超出|超过|超|塌|落后于?|领先)(?:年度|全年|序时|控制)?"
                    + "|比(?:年度|全年|序时)?(?=(?:目标|预期|全国|全省|全市|全区|平均|上年)[^，,。；;、\\d]{0,8}[高低快慢]出?$))"
                    + "(?:目标|预期|全国|全省|全市|全区|平均|上年)[^，,。；;、\\d]{0,8}$"
                    // "海洋产业增加值增速高于GDP增速1个百分点": one growth rate against another's, the gap between them
                    + "|(?:高于|低于|快于|慢于)[^，,。；;、\\d]{1,10}?(?:增速|增幅|增长速度)$"
                    // "滞后序时进度9.8个百分点", "超序时进度": the gap to the pace the year's target sets by now
                    + "|(?:高于|低于|快于|慢于|超出|超过|超|落后于?|滞后于?|领先)(?:序时|时序)进度[^，,。；;、\\d]{0,4}$");

    /**
     * A run of years right before a bound ("地区生产总值增速连续四年超过6%", "连续5年保持在90%以上"): the threshold every
     * year of the run passed, a summary of figures stated (or not) year by year, no figure of one year.
     */
    private static final Pattern RUN_OF_YEARS = Pattern.compile(
            "连续[\\d一二三四五六七八九十两]{1,2}年(?:保持在?|稳定在|超过|高于|低于|均?在|达到)$");

    /** "…的增速": a rate used as the basis of a computation ("按…N%的增速"); a grant's standard is read (STANDARD_SET). */
    private static final Pattern BASIS_AFTER = Pattern.compile("的(?:增速|速度|增幅|增长速度|标准)|测算|计算");

    /** A width, height or depth right before a figure in 米: the size of one thing, not a length laid. */
    private static final Pattern SIZE_OF_ONE = Pattern.compile(
            "(?:宽|高|深|厚|径|距|间距|距离)度?(?:为|约|达|达到|不低于|不小于|不少于|不超过|控制在)?$");

    /**
     * A share of the works done, as a progress report states it: "改造完成90%", "已完成总工程量的85%", "已进场施工，完成30%".
     * It says how far a project is, not a quantity the plan sets or reports.
     */
    private static final Pattern WORKS_DONE = Pattern.compile("完成(?:总?工程量的?|工程进度的?|总?工作量的?)?$");

    /**
     * The share of the year's aim a result makes ("完成全年目标的46.2%", "完成年度任务的117.2%"): where the clause before
     * prints the result as an amount ("新增北京投资额35.16亿元,完成年度任务的117.2%"), the share is derived from it and
     * the aim, and the amount is the actual (bench README, shexian-2024); alone, the share is the report of progress.
     */
    private static final Pattern SHARE_OF_AIM = Pattern.compile("完成(?:全年|年度)(?:目标|任务|计划)(?:任务)?的?$");
    /** A figure with its unit ({UNIT}), to find the amount a clause before prints. */
    private static final String AMOUNT = "\\d+(?:\\.\\d+)?({UNIT})";
    /** The ends of a sentence, past which an amount belongs to another statement. */
    private static final Pattern SENTENCE_END = Pattern.compile("[" + SENTENCE_ENDS + "\\n]");

    /**
     * A stage of a schedule by quarter, as a practical-projects plan prints each project's ("项目具体实施进度为:第一季度
     * 细化方案;…;第三季度完成3家;第四季度完成1家", "第三季度完成工作进度60%"): what a quarter is to do of the project's
     * figure, stated once as the project's target. Only after the schedule's lead (进度为:, 进度安排:): elsewhere
     * "一季度完成投资30亿元" reports a result.
     */
    private static final Pattern QUARTER_STAGE = Pattern.compile("第[一二三四1-4]季度[^，,；;。：:]*$");
    private static final Pattern SCHEDULE_LEAD = Pattern.compile("进度(?:安排)?(?:为|如下)?[：:]");

    /**
     * The plan dividing its own work into items: "主要工作任务分解为7大方面、80项", "将全年工作细化为150项"; or sizing the
     * programme it lists by its categories: "为民办实事项目共10大类36项", "确定了11个方面共196项重点工作", "实事项目共计
     * 11类39项".
     */
    private static final Pattern OWN_ITEMS = Pattern.compile("(?:分解|细化|划分)(?:为|成)[^，,。；;]*$"
            + "|共计?[\\d一二三四五六七八九十]+(?:大?类|个?大?方面|个领域)$|[\\d一二三四五六七八九十]+(?:大类|个?大?方面|个领域)共$");

    /** A year and the issuer printed between a count and the plan's items it counts ("20项2023年市人民政府民生实事项目"). */
    private static final Pattern YEAR_AND_ISSUER = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?)?(?:[省市州县区]委)?(?:[省市州县区]?(?:人民)?政府)?");

    /**
     * After the noun of a plan's own items, before their count: "确定民生实事项目20项", "民生实事共10件", "十件民生实事目标
     * 任务23项".
     */
    private static final String OWN_ITEM_BEFORE_COUNT = "(?:项目|工程|目标任务)?共?$";

    /** The unit of an age: printed before a noun ("3—6岁幼儿") it bounds who is counted; at a clause's end a level. */
    private final List<String> ageUnits;
    /** Words after an age that still end its statement ("达到80岁和…", "以上", "左右"): no noun follows (AGE_JOIN). */
    private final List<String> ageJoins;
    /**
     * The terms of a tax relief: its rate, standard or limit ("研发费用加计扣除比例提高至100%", "税率降至9%"): tax law the
     * plan relays, not a figure it sets (RELIEF then RELIEF_TERM, or a TAX_RATE). A grant's own terms — an award, a
     * subsidy's amount, rate or cap ("给予一次性奖励20万元", "补贴标准为每月10元", "最高不超过500万元") — are what the
     * policy sets per qualifying unit, targets like any per-unit standard (bench/extraction/README.md).
     */
    private final Pattern reliefTerms;
    /** "占地132亩", "占地面积约5390平方米": the land a site occupies, printed right before the figure (SITE_SIZE). */
    private final Pattern siteSize;
    /** Verbs moving a place in a ranking (RANK_MOVE words), right before "N位": "提升5位", "前移3名". */
    private final Pattern rankMove;
    /**
     * "建设项目27项(省级6项、市级5项、县级16项)": a count named only by an administrative level breaks a list down by
     * level; what it counts is told elsewhere, it is no quantity of its own.
     */
    boolean countsALevel(IndicatorRecord record) {
        return record != null && record.kind() == IndicatorKind.COUNT && LEVEL_ONLY.matcher(record.name()).matches();
    }

    /**
     * A name that is only an administrative level ("省级", "县级"): what a count of it counts is told elsewhere. Not the
     * levels opening a body's name (the vocabulary's NAME_LEVEL rows, {@code ResponsibilityCell.LEVEL_ONLY}): a 级
     * level, so 国家 and 村 too and no 旗 or 街.
     */
    private static final Pattern LEVEL_ONLY = Pattern.compile("(?:国家|省|市|州|县|区|乡|镇|村)级");

    /** "民生实事", "实事": the nouns naming the items a plan lists itself (OWN_ITEM); a count of them is no target. */
    private final List<String> ownItems;
    /** "确定民生实事项目20项": an OWN_ITEM noun right before a count. */
    private final Pattern ownItemBeforeCount;
    /**
     * "23项目标任务已提前完成2项", "10件民生实事中已完成3件": a count of the plan's own items earlier in the clause; a count
     * after it in 项 or 件 tells how many of those items are done, no quantity of its own.
     */
    private final Pattern ownItemsCountedBefore;
    private final Units units;
    private final IndicatorNames naming;

    NonTargets(Units units, IndicatorWords words, IndicatorNames naming) {
        this.units = Objects.requireNonNull(units, "units");
        this.naming = Objects.requireNonNull(naming, "naming");
        this.ageUnits = words.of(IndicatorWords.Kind.AGE_UNIT);
        this.ageJoins = words.of(IndicatorWords.Kind.AGE_JOIN);
        this.ownItems = words.of(IndicatorWords.Kind.OWN_ITEM);
        this.ownItemBeforeCount = Pattern.compile("(?:" + words.alternation(IndicatorWords.Kind.OWN_ITEM) + ")"
                + OWN_ITEM_BEFORE_COUNT);
        this.ownItemsCountedBefore = Pattern.compile("[\\d一二三四五六七八九十]+[项件](?:(?:"
                + words.alternation(IndicatorWords.Kind.OWN_ITEM) + ")(?:项目)?|目标任务)[^，,。；;]*$");
        this.reliefTerms = Pattern.compile(words.alternation(IndicatorWords.Kind.RELIEF)
                + words.alternation(IndicatorWords.Kind.RELIEF_TERM)
                + "|" + words.alternation(IndicatorWords.Kind.TAX_RATE));
        // the word lists below are read in the order the file prints them (IndicatorWords#inOrder), as the Java
        // alternations they replace were
        this.rankMove = Pattern.compile(words.inOrder(IndicatorWords.Kind.RANK_MOVE) + "了?$");
        this.siteSize = Pattern.compile(words.alternation(IndicatorWords.Kind.SITE_SIZE) + "(?:约|近|为|达)?$");
    }

    /** A number that is no figure at all: in a scope note, a quoted name, the item count of a heading. */
    boolean notAFigure(String s, PrintedValue m) {
        return inScopeNote(s, m.start()) || quotedName(s, m.start(), m.end()) || itemCount(s, m);
    }

    /**
     * A figure (in {@code unit}, after {@code clauseBefore}, {@code rest} following it) that the plan prints but does
     * not set: an age bounding who is counted, a tax relief's term, a site's size, a move in a ranking, a gap.
     */
    boolean notSetByPlan(String unit, String clauseBefore, String rest) {
        if (ageUnits.contains(unit) && !rest.isEmpty() && Character.UnicodeScript.of(rest.charAt(0))
                == Character.UnicodeScript.HAN && !startsWithAny(rest, ageJoins)) {
            return true; // "3-6岁幼儿受教育率", "60岁以上老年人": the ages of the people counted, a scope
        }
        if ((unit.endsWith("元") || units.isPercent(unit)) && reliefTerms.matcher(clauseBefore).find()) {
            return true; // "加计扣除比例提高至100%": the terms of a tax relief, set by tax law
        }
        if (siteSize.matcher(clauseBefore).find()) {
            return true; // "…安置小区建设工程,占地132亩": the size of the site, a description, not a figure the plan sets
        }
        if ((unit.equals("位") || unit.equals("名")) && rankMove.matcher(clauseBefore).find()) {
            return true; // "比去年同期提升5位": a move in a ranking, not a place in it
        }
        if (COMPARED_WITH.matcher(clauseBefore).find()) {
            return true; // "同比增长3.2%，塌目标1.8个百分点": the gap to the target, not a figure of its own
        }
        if (RUN_OF_YEARS.matcher(clauseBefore).find()) {
            return true; // "增速连续四年超过6%": a threshold each year of a run passed, restating the years' figures
        }
        return false;
    }

    /** The rest of a figure's clause up to a 的 that closes what the figure defines: "以上的…项目", "、2000万元的". */
    private static final Pattern DEFINING_CLAUSE = Pattern.compile("^[^，,；;。！!？?]*的");
    /**
     * A rule granting something, later in the figure's sentence: "…的，分别给予一次性奖励…": any grant, 予以 too, after
     * the figure.
     */
    private static final Pattern GRANTED = Pattern.compile("^[^。；;！!？?]*(?:给予|予以)");
    /** A threshold passed, right before the figure or a list of figures ending there: "首次突破1000万元、2000万元". */
    private static final Pattern PASSING = Pattern.compile("(?:突破|超过|超|达到|达)[\\d.、万亿元]*$");
    /** The bounds that make a figure a threshold ("5000万元以上"; PrintedValue's qualifier). */
    private static final Pattern THRESHOLD_BOUND = Pattern.compile("^(?:及|或)?以[上下]$");

    /**
     * A threshold in the condition of a rule that grants something, as policy measures state who qualifies ("对总投资
     * 5000万元以上、补足…短板的重大工业项目，…给予最高5000万元支持", "年销售收入首次突破1000万元、2000万元的，分别给予
     * 一次性奖励…"): the figure is bounded (以上) or passed (突破), its own clause goes on to a 的 (the figure defines
     * the things the rule is for, or closes the condition) and the sentence grants after it. A scope condition
     * (README: 6亩以下), not a figure the plan sets; a standard ("按每人每月200元的标准给予") is no threshold.
     */
    boolean qualifiesForAGrant(String clauseBefore, String qualifier, String rest) {
        boolean threshold = qualifier != null && THRESHOLD_BOUND.matcher(qualifier).matches()
                || PASSING.matcher(clauseBefore).find();
        return threshold && DEFINING_CLAUSE.matcher(rest).find() && GRANTED.matcher(rest).find();
    }

    /** A rate or standard after 按 that a figure is computed from ("按3年年均11.3%的增速"). */
    boolean computationBasis(String s, String rest, int pos) {
        // "按3年年均11.3%的增速": the rate a figure is computed from, stated as a target elsewhere
        return BASIS_AFTER.matcher(rest).lookingAt() && scopedBefore(s, "按", pos);
    }

    /** Whether the sentence before {@code end} prints an amount: a figure in a unit that is no percentage. */
    private boolean amountBefore(String s, int end) {
        String before = s.substring(0, Math.min(end, s.length()));
        Matcher stop = SENTENCE_END.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        Matcher amount = units.pattern(AMOUNT).matcher(before.substring(from));
        while (amount.find()) {
            if (!units.isPercent(units.normalize(amount.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A statement, once named and placed, that only describes: how far works are done, a quarter's stage of a
     * schedule, the size of one thing built, how many items the plan itself holds.
     */
    boolean describesOnly(IndicatorRecord record, Hit h, String s, String pre) {
        if (record != null && record.role() == IndicatorRole.ACTUAL && units.isPercent(h.unit)
                && WORKS_DONE.matcher(pre).find()) {
            return true; // "屋面防水改造完成90%", "已完成总工程量的85%": how far the works are, no quantity
        }
        if (record != null && record.role() == IndicatorRole.ACTUAL && units.isPercent(h.unit)
                && SHARE_OF_AIM.matcher(pre).find() && amountBefore(s, h.start)) {
            return true; // "完成…35.16亿元,完成年度任务的117.2%": the share derived from the amount reported
        }
        if (QUARTER_STAGE.matcher(pre).find() && SCHEDULE_LEAD.matcher(s.substring(0, Math.min(h.start, s.length())))
                .find()) {
            return true; // "实施进度为:…第三季度完成3家": a quarter's stage of the project's target
        }
        if ("米".equals(h.unit) && SIZE_OF_ONE.matcher(naming.clean(pre)).find()) {
            return true; // "路面宽度为6米", "高1.2米": the size of one thing built, no quantity the plan sets
        }
        // "主要工作任务分解为7大方面、80项", "实施50项民生实事": how many items the plan itself holds
        return h.unit != null && units.isCounted(units.normalize(h.unit))
                && (OWN_ITEMS.matcher(pre).find() || countsOwnItems(s, h, pre));
    }

    /** "出台“20条”", "“双11”": a number in quotes that make it a name. */
    private static boolean quotedName(String s, int start, int end) {
        return start > 0 && "“\"「‘".indexOf(s.charAt(start - 1)) >= 0 && end < s.length()
                && "”\"」’".indexOf(s.charAt(end)) >= 0;
    }

    /**
     * "重点任务清单(共28项)", "牵头工作（8项）": the number of items a heading counts, not a figure the plan sets; so is
     * "三、“优化城乡人居环境”类,共3项", a 共 count ending its passage as a clause of its own (a category heading counting
     * the items listed under it).
     */
    private boolean itemCount(String s, PrintedValue m) {
        if (!units.isCounted(units.normalize(m.unit()))) {
            return false;
        }
        int open = m.start() - 1;
        boolean all = open >= 0 && s.charAt(open) == '共';
        if (all) {
            open--;
        }
        if (all && ITEMS.matcher(m.unit()).matches() && (open < 0 || CLAUSE_BOUNDARIES.indexOf(s.charAt(open)) >= 0)
                && m.qualifier() == null
                && s.substring(m.end()).replaceAll("[" + SENTENCE_ENDS + "]", "").isEmpty()) {
            return true;
        }
        // "…遗传代谢病筛查全覆盖(5000人)": the bracket gives how many a coverage reaches, the task's quantity
        return open >= 0 && (s.charAt(open) == '(' || s.charAt(open) == '（') && m.end() < s.length()
                && (s.charAt(m.end()) == ')' || s.charAt(m.end()) == '）') && !s.startsWith(COVERAGE, open - COVERAGE.length());
    }

    /** The coverage a bracketed count after it quantifies: "筛查全覆盖(5000人)". */
    private static final String COVERAGE = "覆盖";

    /** "6亩以下(不含6亩)": a number in a note that bounds the scope of a rule, not a figure the plan sets. */
    private static boolean inScopeNote(String s, int pos) {
        for (int i = pos - 1; i >= 0 && i >= pos - 20; i--) {
            char c = s.charAt(i);
            if (c == ')' || c == '）') {
                return false;
            }
            if (c == '(' || c == '（') {
                return SCOPE_NOTE.matcher(s).region(i + 1, pos).lookingAt();
            }
        }
        return false;
    }

    /**
     * A count of the items the plan itself lists (OWN_ITEM nouns): "实施50项民生实事", "办好10件惠民实事", "20项2023年市
     * 人民政府民生实事项目" (the noun right after the count's unit, a year and the issuer aside), "确定民生实事项目20项" (the
     * noun right before the count). The items are the plan's measures; their number is no target.
     */
    private boolean countsOwnItems(String s, Hit h, String pre) {
        int unitAt = s.indexOf(h.unit, h.core);
        if (unitAt < 0) {
            return false;
        }
        String after = s.substring(unitAt + h.unit.length(), Math.min(s.length(), unitAt + h.unit.length() + 40));
        Matcher lead = YEAR_AND_ISSUER.matcher(after);
        String noun = lead.lookingAt() ? after.substring(lead.end()) : after;
        for (String item : ownItems) {
            if (noun.startsWith(item)) {
                return true;
            }
        }
        return ownItemBeforeCount.matcher(naming.clean(pre)).find()
                || ITEMS.matcher(h.unit).matches() && ownItemsCountedBefore.matcher(pre).find();
    }
}
