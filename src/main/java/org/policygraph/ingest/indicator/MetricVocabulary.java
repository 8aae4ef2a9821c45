package org.policygraph.ingest.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ingest.SeedException;
import org.policygraph.ingest.SeedSource;
import org.policygraph.ingest.TsvTable;
import org.policygraph.model.IndicatorKind;
import org.policygraph.model.MetricRecord;

/**
 * The curated metrics of {@code graph-seed/vocabulary/metrics.tsv}: {@code id name kind aliases note}. An indicator
 * measures a metric when its name, with a leading 全市/我市/全省 dropped, is the metric's name or one of its aliases
 * (|-separated) and its kind is the metric's kind: 社零额 at 10% is a growth rate, 社零额 at 6149.84 亿元 a level,
 * so they are two metrics. Read as a {@link TsvTable}, so every error names {@code file:line}.
 */
public final class MetricVocabulary {

    static final String[] HEADER = {"id", "name", "kind", "aliases", "note"};

    /** Scope words that do not change the quantity a plan of that city names. */
    private static final String[] SCOPE_PREFIXES = {"全市", "我市", "全省", "全区"};

    private static final MetricVocabulary EMPTY = new MetricVocabulary(List.of());

    /** One metric row. */
    private record Key(String spelling, IndicatorKind kind) {
    }

    private final List<MetricRecord> metrics;
    private final Map<Key, String> byKey = new HashMap<>();

    private MetricVocabulary(List<MetricRecord> metrics) {
        this.metrics = List.copyOf(metrics);
        for (MetricRecord m : metrics) {
            byKey.put(new Key(normalize(m.name()), m.kind()), m.id());
            m.aliases().forEach(a -> byKey.put(new Key(normalize(a), m.kind()), m.id()));
        }
    }

    public static MetricVocabulary empty() {
        return EMPTY;
    }

    public List<MetricRecord> metrics() {
        return metrics;
    }

    /** The id of the metric an indicator so named and of this kind measures, or null. */
    public String metricOf(String indicatorName, IndicatorKind kind) {
        if (indicatorName == null || kind == null) {
            return null;
        }
        return byKey.get(new Key(normalize(indicatorName), kind));
    }

    private static String normalize(String name) {
        String n = name.replaceAll("[\\s\"“”'‘’]", "");
        for (String scope : SCOPE_PREFIXES) {
            if (n.startsWith(scope) && n.length() > scope.length()) {
                return n.substring(scope.length());
            }
        }
        return n;
    }

    /** The metrics of {@code relativePath} in {@code source} (vocabulary/metrics.tsv); none when it is absent. */
    public static MetricVocabulary read(SeedSource source, String relativePath) {
        return source.readIfPresent(relativePath)
                .map(content -> from(TsvTable.parse(source.describe(relativePath), content, HEADER)))
                .orElse(EMPTY);
    }

    /**
     * The metrics of a read {@code metrics.tsv} (columns {@link #HEADER}).
     *
     * @throws SeedException naming {@code file:line} and what is wrong
     */
    static MetricVocabulary from(TsvTable table) {
        List<MetricRecord> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Key, String> seen = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            String name = row.required("name");
            if (!ids.add(id)) {
                throw row.error("duplicate id '" + id + "'");
            }
            IndicatorKind kind = row.oneOf("kind", IndicatorKind.class);
            List<String> aliases = row.list("aliases");
            List<String> spellings = new ArrayList<>(aliases);
            spellings.add(name);
            for (String spelling : spellings) {
                String other = seen.put(new Key(normalize(spelling), kind), id);
                if (other != null && !other.equals(id)) {
                    throw row.error("'" + spelling + "' (" + kind + ") already names metric '" + other + "'");
                }
            }
            rows.add(new MetricRecord(id, name, kind, aliases, row.get("note")));
        }
        return new MetricVocabulary(rows);
    }
}
