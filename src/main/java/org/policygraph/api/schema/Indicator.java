package org.policygraph.api.schema;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.TargetComparator;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.IndicatorPeriod;
import org.policygraph.model.IndicatorRole;
import org.policygraph.read.plan.GlobalId;

@Type("Indicator")
@Description("A quantitative target (or reported baseline or actual) a plan states, e.g. 2027: 中欧班列年开行量 1500 列.")
public class Indicator extends RowObject implements Node {

    public String id;

    @Override
    @Id
    @NonNull
    @Description("Global id, e.g. \"Indicator:002/一(二)1#1\"; the part after the colon is the key that arguments also accept alone.")
    public String getId() {
        return GlobalId.of("Indicator", id);
    }

    @NonNull
    @Description("The measured quantity as the text names it.")
    public String name;

    @Description("The number as printed, in `unit` (10 for \"10%\").")
    public Double value;

    @Description("Upper bound of a RANGE (\"10—20家\"), else null.")
    public Double valueMax;

    @Description("Unit as printed: %, 亿元 (100 million yuan), 亿美元, 万人次, 家 (companies), 个, 条 ...")
    public String unit;

    @Description("Target (or baseline) year, where the text gives one.")
    public Integer year;

    @NonNull
    public IndicatorKind kind;

    @NonNull
    public TargetComparator comparator;

    @NonNull
    @Description("True where the text says 力争 (strive for): an aspiration rather than a commitment.")
    public boolean aspirational;

    @NonNull
    @Description("TARGET the plan sets, BASELINE a target starts from (由目前的 25% 提高至 40%: 25%), or ACTUAL it reports "
            + "as achieved (a 十四五 plan's \"十三五\"期间 results).")
    public IndicatorRole role;

    @NonNull
    @Description("What time the value covers: YEAR (the value in `year`), PER_YEAR (每年, …/年: every year, by `year` "
            + "if stated), CUMULATIVE (a total over periodFrom..periodTo, e.g. \"十三五\"期间 3347 场), "
            + "AVERAGE_ANNUAL_GROWTH (年均 growth over periodFrom..periodTo).")
    public IndicatorPeriod period;

    @Description("First year of a CUMULATIVE or AVERAGE_ANNUAL_GROWTH period, where known.")
    public Integer periodFrom;

    @Description("Last year of a CUMULATIVE or AVERAGE_ANNUAL_GROWTH period, where known.")
    public Integer periodTo;

    @Description("The unit exactly as printed (`unit` merges spelling variants: 场次 → 场, and moves …/年 into `period`).")
    public String printedUnit;

    @NonNull
    @Description("True for 各 N (\"新引进中资、外资银行各 1 家\"): the value holds for each of the items named, not in all.")
    public boolean each;

    @NonNull
    public Source source;

    @Ignore
    public String documentId;

    public static Indicator from(Map<String, Object> row) {
        return Rows.fill(Indicator::new, row);
    }
}
