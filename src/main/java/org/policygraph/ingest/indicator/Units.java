package org.policygraph.ingest.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.policygraph.ingest.Alternation;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;

/**
 * The units a figure may carry ({@code graph-seed/vocabulary/units.tsv}: {@code unit class same_as note}), what a
 * figure in each of them is (a count, a share, an extent a task treats, a time limit, any other amount) and how
 * spelling variants of one unit are merged. A rate per 100 000 ("孕产妇死亡率 10/10万") is a unit of its own. One table
 * for every reader of figures, like {@link TargetBounds}.
 */
public final class Units {

    static final String FILE = "vocabulary/units.tsv";
    static final String[] HEADER = {"unit", "class", "same_as", "note"};

    /** What a figure in the unit is. */
    enum Kind { COUNT, PERCENT, EXTENT, DURATION, AMOUNT, MAGNITUDE }

    /** Marks a per-year figure: "125 亿美元/年". */
    static final String PER_YEAR_SUFFIX = "/年";

    private final Map<String, Kind> kinds;
    private final Map<String, String> sameAs;
    /** Alternation for patterns, longest spellings first so 亿美元 wins over 元. */
    private final String alternation;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private Units(Map<String, Kind> kinds, Map<String, String> sameAs) {
        this.kinds = Map.copyOf(kinds);
        this.sameAs = Map.copyOf(sameAs);
        this.alternation = Alternation.longestFirst(kinds.entrySet().stream()
                .filter(e -> e.getValue() != Kind.MAGNITUDE).map(Map.Entry::getKey).toList());
    }

    /**
     * The units of a seed ({@link SeedSource#classpath()}: the ones the application ships); a seed without the file
     * is refused (a SeedException naming it), as one without departments.tsv is.
     */
    public static Units read(SeedSource source) {
        return from(TsvTable.read(source, FILE, HEADER));
    }

    static Units from(TsvTable table) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, String> sameAs = new LinkedHashMap<>();
        Map<String, TsvTable.Row> merged = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String unit = row.required("unit");
            Kind kind = row.oneOf("class", Kind.class);
            if (kinds.containsKey(unit)) {
                throw row.error("'" + unit + "' is listed twice");
            }
            kinds.put(unit, kind);
            String same = row.get("same_as");
            if (!same.isEmpty()) {
                sameAs.put(unit, same);
                merged.put(unit, row);
            }
        }
        merged.forEach((unit, row) -> {
            Kind target = kinds.get(sameAs.get(unit));
            if (target == null || target == Kind.MAGNITUDE) {
                throw row.error("same_as '" + sameAs.get(unit) + "' is no unit listed to be printed after a figure");
            }
        });
        return new Units(kinds, sameAs);
    }

    /** The alternation of the units printed after a figure, longest first (for a pattern's group). */
    String alternation() {
        return alternation;
    }

    /** The template with {@code {UNIT}} standing for {@link #alternation()} (for a pattern compiled elsewhere). */
    String in(String template) {
        return template.replace("{UNIT}", alternation);
    }

    /** A pattern whose {@code {UNIT}} stands for {@link #alternation()}; compiled once per template. */
    Pattern pattern(String template) {
        return patterns.computeIfAbsent(template, t -> Pattern.compile(t.replace("{UNIT}", alternation)));
    }

    /**
     * The unit with variants merged and a per-year suffix removed (the period says PER_YEAR instead), unless the table
     * lists the unit with its suffix: a yearly standard ("农村低保标准4000元/年") keeps its printed unit, as a monthly
     * one (元/月) does.
     */
    String normalize(String printed) {
        if (printed == null) {
            return null;
        }
        String unit = printed.endsWith(PER_YEAR_SUFFIX) && !kinds.containsKey(printed)
                ? printed.substring(0, printed.length() - PER_YEAR_SUFFIX.length()) : printed;
        return sameAs.getOrDefault(unit, unit);
    }

    /** Whether {@code printed} is a unit a figure may carry (亿, 万亿 alone are none): "万元", "个", "%". */
    public boolean isUnit(String printed) {
        Kind kind = kindOf(normalize(printed));
        return kind != null && kind != Kind.MAGNITUDE;
    }

    /** Units of a time limit: "14个工作日内完成审批". */
    boolean isDuration(String unit) {
        return kindOf(unit) == Kind.DURATION;
    }

    /**
     * Units of an extent of land, floor space or road a task treats ("实施1920万亩…耕作", "改造8万平方米老旧小区", "建设
     * 100公里农村公路"). Not 亩 and 平方米: "建设200亩产业园", "3000平方米党群服务中心" give the size of one site.
     */
    boolean isExtent(String unit) {
        return kindOf(normalize(unit)) == Kind.EXTENT;
    }

    boolean isPercent(String unit) {
        return kindOf(unit) == Kind.PERCENT;
    }

    /** Units of counted things: a figure in one of them is a COUNT. */
    boolean isCounted(String unit) {
        return kindOf(normalize(unit)) == Kind.COUNT;
    }

    private Kind kindOf(String unit) {
        return unit == null ? null : kinds.get(unit);
    }
}
