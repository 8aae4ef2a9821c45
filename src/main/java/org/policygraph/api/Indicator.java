package org.policygraph.api;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.policygraph.model.Comparator;
import org.policygraph.model.IndicatorKind;

@Type("Indicator")
@Description("A quantitative target (or reported baseline) a plan states, e.g. 2027: 中欧班列年开行量 1500 列.")
public class Indicator implements Node {

    /** The stored key (the node's {@code id} property); the GraphQL {@code id} is {@link #getId()}. */
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
    public Comparator comparator;

    @NonNull
    @Description("True where the text says 力争 (strive for): an aspiration rather than a commitment.")
    public boolean aspirational;

    @NonNull
    public Source source;

    @Ignore
    public String documentId;

    static Indicator from(Map<String, Object> row) {
        if (row == null) {
            return null;
        }
        Indicator i = new Indicator();
        i.id = Rows.string(row, "id");
        i.documentId = Rows.string(row, "documentId");
        i.name = Rows.string(row, "name");
        i.value = Rows.number(row, "value");
        i.valueMax = Rows.number(row, "valueMax");
        i.unit = Rows.string(row, "unit");
        i.year = Rows.integer(row, "year");
        i.kind = IndicatorKind.valueOf(Rows.string(row, "kind"));
        i.comparator = Comparator.valueOf(Rows.string(row, "comparator"));
        i.aspirational = Rows.flag(row, "aspirational");
        i.source = Rows.source(row);
        return i;
    }
}
