package org.policygraph.ingest.indicator;

import java.util.Map;
import java.util.Set;

/**
 * The units a figure may carry, and how spelling variants of one unit are merged. A rate per 100 000 ("孕产妇死亡率
 * 10/10万") is a unit of its own.
 */
final class Units {

    /** Alternation for patterns, longest spellings first so 亿美元 wins over 元. */
    static final String PATTERN = "个百分点|/10万|元/人·月|元/人月|元/人·年|元/人年|万元/人|元/人|万亿元人民币|亿元人民币|万元人民币|个工作日|工作日|亿元/平方公里|万元/亩|万只|只|万头|头|天"
            + "|亿千瓦时|万千瓦时|千瓦时|万吨标准煤|吨标准煤|‰|万千瓦|千瓦|兆瓦|平方公里|公里|千米|万亩|亩|公顷|万户|户|万套|套|台|万辆|辆|万张|张"
            + "|万亿元|亿美元|万美元|亿元|万元|亿人次|万人次|人次|万人|万吨|万平方米|平方米|亿立方米|万立方米|立方米|万家|万个|万条|万项"
            + "|万名|亿件|万件|万座|万所|场次|%|％|亿亩|亿公斤|万公斤|公斤|千克|亿斤|万斤|微克/立方米|微克每立方米|岁"
            + "|万㎡|㎡|万处|万栋|万床|万例"
            + "|倍|家|个|条|列|场|项|名|件|位|所|座|人|次|元|吨|处|栋|床|穴|例";

    /** Units of counted things: a figure in one of them is a COUNT. */
    static final Set<String> COUNTED = Set.of("家", "个", "条", "列", "场", "场次", "项", "名", "件", "位", "所", "座",
            "人", "次", "万人", "万家", "万个", "万条", "万项", "万名", "万件", "万座", "万所", "户", "万户", "套", "万套", "台",
            "辆", "万辆", "张", "万张", "只", "万只", "头", "万头", "处", "万处", "栋", "万栋", "床", "万床", "穴", "例", "万例");

    /** Spelling variants of the same unit (场次 and 场 both count events). */
    private static final Map<String, String> VARIANTS = Map.of("场次", "场", "％", "%",
            "亿", "亿元", "万亿", "万亿元", // a bare magnitude is read only before 规模 ("五千亿规模"): a sum of money
            "万亿元人民币", "万亿元", "亿元人民币", "亿元", "万元人民币", "万元"); // "800亿元人民币": the currency spelled out

    /** Marks a per-year figure: "125 亿美元/年". */
    static final String PER_YEAR_SUFFIX = "/年";

    private Units() {
    }

    /** The unit with variants merged and a per-year suffix removed (the period says PER_YEAR instead). */
    static String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String unit = printed.endsWith(PER_YEAR_SUFFIX)
                ? printed.substring(0, printed.length() - PER_YEAR_SUFFIX.length()) : printed;
        return VARIANTS.getOrDefault(unit, unit);
    }

    /** Units of a time limit: "14个工作日内完成审批". */
    static boolean isDuration(String unit) {
        return "工作日".equals(unit) || "个工作日".equals(unit);
    }

    /**
     * Units of an extent of land, floor space or road a task treats ("实施1920万亩…耕作", "改造8万平方米老旧小区", "建设
     * 100公里农村公路"). Not 亩 and 平方米: "建设200亩产业园", "3000平方米党群服务中心" give the size of one site.
     */
    private static final Set<String> EXTENTS = Set.of("万亩", "亿亩", "公顷", "万平方米", "万㎡", "平方公里", "公里",
            "千米");

    static boolean isExtent(String unit) {
        return EXTENTS.contains(normalize(unit));
    }

    static boolean isPercent(String unit) {
        return "%".equals(unit) || "％".equals(unit);
    }

    static boolean isCounted(String unit) {
        return COUNTED.contains(normalize(unit));
    }
}
