package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.Alternation;

/**
 * The numbers of a passage printed with their units, as printed: number + unit (+ 以上/左右/余/多), ranges {@code a—b}
 * (also "7%~7.5%"), a minus sign before a share or change, amounts in Chinese numerals (五千亿元), a bare 万 or 亿 whose
 * unit the words around it imply, figures in 年 of a quantity measured in years, unitless indices and ratios, and the
 * bare start of a from→to pair. Whether a number is a statement is decided by the readers of statements, not here.
 */
final class PrintedValues {

    private static final String VALUE =
            "(?<![0-9A-Za-z.．第])(\\d+(?:\\.\\d+)?)(?:(?:万亿|亿|万|%|％)?[—–\\-～~](\\d+(?:\\.\\d+)?))?(余|多)?({UNIT})(?!(?<=部)[门委])(/年)?"
                    + "(及以上|以上|左右|以内|及以下|以下|多|余|内)?";

    /**
     * "53万余人次", "1.2万余户": 余 or 多 printed between the magnitude and the rest of the unit; read where the
     * magnitude and the rest make a unit (万人次, 万户), the value the printed number.
     */
    private static final String MAGNITUDE_ABOUT =
            "(?<![0-9A-Za-z.．第])(\\d+(?:\\.\\d+)?)(万亿|亿|万)(余|多)({UNIT})(?!(?<=部)[门委])(/年)?(及以上|以上|左右)?";

    /** An amount in Chinese numerals: "五千亿元", "过千亿元"; the lone magnitude "五千亿" only before 规模. */
    private static final Pattern CHINESE_AMOUNT = Pattern.compile(
            "(?<![0-9一二两三四五六七八九十百千万亿第])([一二两三四五六七八九十百千]+)(?:(万亿元|亿美元|亿元|万元)|(万亿|亿)(?=规模))"
                    + "(以上|左右|余|多)?");

    /** "超过5000亿规模": an Arabic amount whose 元 is implied by 规模. */
    private static final Pattern BARE_SCALE = Pattern.compile(
            "(?<![0-9A-Za-z.．第])(\\d+(?:\\.\\d+)?)(万亿|亿)(?=规模)");

    /**
     * "体检人数达1000万以上", "旅客吞吐量突破200万大关": a count printed as a bare 万 of what the clause names, read only
     * right after a verb of level and where the statement ends after it (or its bound, or 大关); "奖励1万、2万" is none.
     */
    private static final Pattern BARE_TEN_THOUSAND = Pattern.compile(
            "(?<=达到|达|突破|超过|超|为|增至|增加到|增加至|提高到|提高至|提升到|提升至|增长到|增长至|保持在|稳定在)"
                    + "(\\d+(?:\\.\\d+)?)(万)(以上|左右|以内|余|多)?(?=大关|[，,。；;、）)]|$)");

    /**
     * "健康发展指数达85", "居民消费价格指数控制在103.5以内", "城乡居民收入倍差缩小到1.9": an index, a coefficient or a
     * ratio (a name ending in an UNITLESS_NAME word) has no unit; its value is read right after the verb of level that
     * follows its name, where the statement ends after it ({NAME}: the words).
     */
    private static final String UNITLESS_VALUE =
            "(?<=(?:{NAME})(?:达到|达|为|控制在|保持在|稳定在|提高到|提高至|提升至|提升到|降至|降到|缩小到|缩小至|不低于|不超过|超过))"
                    + "(\\d+(?:\\.\\d+)?)(以上|左右|以内|以下)?(?=[，,。；;、）)]|$)";

    /** A bare number ending a from→to pair's end value: "…缩小到1.9以内，" (read only where its start is bare too). */
    private static final Pattern BARE_END_VALUE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(以上|左右|以内|以下)?(?=[，,。；;、）)]|$)");

    /** A number with its unit as printed: "8—10个以上", "五千亿元", "五千亿(规模)". */
    record PrintedValue(int start, int end, double value, Double valueMax, String unit, String qualifier,
                                boolean chineseNumerals) {
    }

    /** {@link #UNITLESS_VALUE} with the UNITLESS_NAME words. */
    private final Pattern unitlessValue;
    /** "从1.96缩小到1.9": a from→to pair whose start prints no unit; group 1 the start, group 2 the end's number. */
    private final Pattern bareFromValue;
    /**
     * "提升3万农村人口供水保障水平", "解决1.2万山区人口饮水问题": people counted in a bare 万 before the population they
     * are (…人口, a PEOPLE noun up to 6 Han characters on): a count in {@link #peopleUnit}.
     */
    private final Pattern tenThousandPeople;
    /** The unit of a count of people printed as a bare 万 (PEOPLE_UNIT: 万人). */
    private final String peopleUnit;
    /**
     * "平均受教育年限达到11.2年": a figure in 年 right after a noun measured in years (IN_YEARS), a verb of level or a
     * bound between, ending its statement: a level in 年 (年 is no unit elsewhere, where "2025年" is a year).
     */
    private final Pattern yearsMeasured;
    /**
     * "能源项目投资额1.08亿，", "完成投资3.5亿。": a sum printed with a bare 亿 right after an investment word (INVESTMENT,
     * its 额 and a verb of level may follow), where the statement ends after it: the money is implied, 亿元.
     */
    private final Pattern bareYiInvested;
    private final Units units;

    PrintedValues(Units units, TargetBounds bounds, IndicatorWords words) {
        this.units = Objects.requireNonNull(units, "units");
        this.tenThousandPeople = Pattern.compile("(?<![0-9A-Za-z.．第])(\\d+(?:\\.\\d+)?)万(?=\\p{IsHan}{0,6}?"
                + words.alternation(IndicatorWords.Kind.PEOPLE) + ")");
        this.peopleUnit = words.of(IndicatorWords.Kind.PEOPLE_UNIT).get(0);
        if (!units.isCounted(peopleUnit)) {
            throw new IllegalArgumentException("PEOPLE_UNIT '" + peopleUnit + "' is no COUNT unit of units.tsv");
        }
        this.bareYiInvested = Pattern.compile("(?<=" + words.alternation(IndicatorWords.Kind.INVESTMENT)
                + "(?:金额|额)?(?:约|近|超|达到|达|为)?)(\\d+(?:\\.\\d+)?)(万亿|亿)(以上|左右|余|多)?(?=[，,。；;、）)]|$)");
        this.yearsMeasured = Pattern.compile("(?<=" + words.alternation(IndicatorWords.Kind.IN_YEARS) + "(?:"
                + words.alternation(IndicatorWords.Kind.LEVEL_VERB) + ")?(?:"
                + Alternation.longestFirst(bounds.before().keySet()) + ")?)(\\d+(?:\\.\\d+)?)(年)(以上|左右|以内|以下)?"
                + "(?=[，,。；;、）)]|$)");
        this.unitlessValue = Pattern.compile(UNITLESS_VALUE.replace("{NAME}",
                words.alternation(IndicatorWords.Kind.UNITLESS_NAME)));
        this.bareFromValue = Pattern.compile("(?<=[从由])(\\d+(?:\\.\\d+)?)(?=(?:"
                + words.alternation(IndicatorWords.Kind.FROM_TO) + ")(\\d+(?:\\.\\d+)?))");
    }

    /** The numbers printed in the compact passage {@code s} with their units, in text order. */
    List<PrintedValue> in(String s) {
        List<PrintedValue> values = new ArrayList<>();
        Matcher m = units.pattern(VALUE).matcher(s);
        while (m.find()) {
            String unit = m.group(4) + (m.group(5) == null ? "" : m.group(5));
            String qualifier = m.group(6) != null ? m.group(6) : m.group(3);
            if (m.group(2) == null && printedNegative(s, m.start(), unit)) {
                // "增幅-1.1%", "调整为-4%左右": a minus sign printed before a share or change makes it negative
                values.add(new PrintedValue(m.start() - 1, m.end(), -Double.parseDouble(m.group(1)), null, unit,
                        qualifier, false));
                continue;
            }
            values.add(new PrintedValue(m.start(), m.end(), Double.parseDouble(m.group(1)),
                    m.group(2) == null ? null : Double.valueOf(m.group(2)), unit, qualifier, false));
        }
        Matcher a = units.pattern(MAGNITUDE_ABOUT).matcher(s);
        while (a.find()) {
            String unit = a.group(2) + a.group(4);
            if (units.isUnit(unit)) {
                values.add(new PrintedValue(a.start(), a.end(), Double.parseDouble(a.group(1)), null,
                        unit + (a.group(5) == null ? "" : a.group(5)), a.group(6) != null ? a.group(6) : a.group(3),
                        false));
            }
        }
        Matcher c = CHINESE_AMOUNT.matcher(s);
        while (c.find()) {
            String unit = c.group(2) != null ? c.group(2) : c.group(3);
            values.add(new PrintedValue(c.start(), c.end(), ChineseNumerals.parse(c.group(1)), null, unit, c.group(4),
                    true));
        }
        Matcher w = BARE_TEN_THOUSAND.matcher(s);
        while (w.find()) {
            values.add(new PrintedValue(w.start(), w.end(), Double.parseDouble(w.group(1)), null, w.group(2),
                    w.group(3), false));
        }
        Matcher p = tenThousandPeople.matcher(s);
        while (p.find()) {
            values.add(new PrintedValue(p.start(), p.end(), Double.parseDouble(p.group(1)), null, peopleUnit, null,
                    false));
        }
        Matcher y = yearsMeasured.matcher(s);
        while (y.find()) {
            values.add(new PrintedValue(y.start(), y.end(), Double.parseDouble(y.group(1)), null, y.group(2), y.group(3),
                    false));
        }
        Matcher u = unitlessValue.matcher(s);
        while (u.find()) {
            values.add(new PrintedValue(u.start(), u.end(), Double.parseDouble(u.group(1)), null, "", u.group(2),
                    false));
        }
        Matcher i = bareYiInvested.matcher(s);
        while (i.find()) {
            values.add(new PrintedValue(i.start(), i.end(), Double.parseDouble(i.group(1)), null, i.group(2), i.group(3),
                    false));
        }
        Matcher b = BARE_SCALE.matcher(s);
        while (b.find()) {
            values.add(new PrintedValue(b.start(), b.end(), Double.parseDouble(b.group(1)), null, b.group(2), null,
                    false));
        }
        values.sort(Comparator.comparingInt(PrintedValue::start));
        fromValuesWithoutUnit(s, values);
        return values;
    }

    /**
     * "从1.96缩小到1.9以内", "由4.1提高到5.5万元/人": the start of a from→to pair printed without a unit counts in the
     * unit of its end; where the end prints none either, both are a ratio with no unit (收入倍差, 收入比, a coefficient).
     * The pair is read only as 从/由 number, from→to verb, number: any other bare number stays unread.
     */
    private void fromValuesWithoutUnit(String s, List<PrintedValue> values) {
        Matcher f = bareFromValue.matcher(s);
        List<PrintedValue> added = new ArrayList<>();
        while (f.find()) {
            int at = f.start();
            if (values.stream().anyMatch(v -> v.start() <= at && v.end() > at)) {
                continue; // the number carries a unit of its own
            }
            int endAt = f.start(2);
            PrintedValue end = values.stream().filter(v -> v.start() == endAt).findFirst().orElse(null);
            if (end != null) {
                added.add(new PrintedValue(at, f.end(1), Double.parseDouble(f.group(1)), null, end.unit(), null,
                        false));
                continue;
            }
            Matcher e = BARE_END_VALUE.matcher(s).region(endAt, s.length());
            if (e.lookingAt() && values.stream().noneMatch(v -> v.start() < e.end() && v.end() > endAt)) {
                added.add(new PrintedValue(at, f.end(1), Double.parseDouble(f.group(1)), null, "", null, false));
                added.add(new PrintedValue(endAt, e.end(), Double.parseDouble(e.group(1)), null, "", e.group(2),
                        false));
            }
        }
        if (!added.isEmpty()) {
            values.addAll(added);
            values.sort(Comparator.comparingInt(PrintedValue::start));
        }
    }

    /**
     * A minus sign right before a percentage or a change in 个百分点 ("增幅-1.1%", "同比-20.9%"), printed after a word
     * or a punctuation mark, not after a digit or letter (where it joins a range or a code: "1-3%", "GB-5%").
     */
    private boolean printedNegative(String s, int start, String unit) {
        if (start < 2 || "-−－".indexOf(s.charAt(start - 1)) < 0
                || !(units.isPercent(unit) || units.normalize(unit).equals("个百分点"))) {
            return false;
        }
        char before = s.charAt(start - 2);
        return !Character.isLetterOrDigit(before) || Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
    }
}
