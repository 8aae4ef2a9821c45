package org.policygraph.ingest.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.IndicatorKind;

/**
 * The curated metrics of {@code graph-seed/vocabulary/metrics.tsv}: {@code id name kind aliases note}. An indicator
 * measures a metric when its name, with a leading 全市/我市/全省 dropped, is the metric's name or one of its aliases
 * (|-separated) and its kind is the metric's kind: 社零额 at 10% is a growth rate, 社零额 at 6149.84 亿元 a level,
 * so they are two metrics. Every error names {@code file:line}.
 */
public final class MetricVocabulary {

    static final String[] HEADER = {"id", "name", "kind", "aliases", "note"};

    /** Scope words that do not change the quantity a plan of that city names. */
    private static final String[] SCOPE_PREFIXES = {"全市", "我市", "全省", "全区"};

    private static final MetricVocabulary EMPTY = new MetricVocabulary(List.of());

    /** One metric row. */
    public record Metric(String id, String name, IndicatorKind kind, List<String> aliases, String note) {
    }

    private record Key(String spelling, IndicatorKind kind) {
    }

    private final List<Metric> metrics;
    private final Map<Key, String> byKey = new HashMap<>();

    private MetricVocabulary(List<Metric> metrics) {
        this.metrics = List.copyOf(metrics);
        for (Metric m : metrics) {
            byKey.put(new Key(normalize(m.name()), m.kind()), m.id());
            m.aliases().forEach(a -> byKey.put(new Key(normalize(a), m.kind()), m.id()));
        }
    }

    public static MetricVocabulary empty() {
        return EMPTY;
    }

    public List<Metric> metrics() {
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

    /**
     * Reads the TSV: comment lines (#) and blank lines skipped, the first other line is the header.
     *
     * @throws IllegalArgumentException "fileName:line: what is wrong"
     */
    public static MetricVocabulary read(Reader reader, String fileName) {
        List<Metric> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<Key, String> seen = new HashMap<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\ufeff') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    if (cells.length != HEADER.length || !String.join("\t", cells).trim().equals(String.join("\t", HEADER))) {
                        throw error(fileName, lineNo, "header must be " + String.join(", ", HEADER));
                    }
                    headerSeen = true;
                    continue;
                }
                if (cells.length != HEADER.length) {
                    throw error(fileName, lineNo, "expected " + HEADER.length + " tab-separated columns, found "
                            + cells.length);
                }
                String id = cells[0].trim();
                String name = cells[1].trim();
                if (id.isEmpty() || name.isEmpty()) {
                    throw error(fileName, lineNo, "id and name are required");
                }
                if (!ids.add(id)) {
                    throw error(fileName, lineNo, "duplicate id '" + id + "'");
                }
                IndicatorKind kind;
                try {
                    kind = IndicatorKind.valueOf(cells[2].trim());
                } catch (IllegalArgumentException e) {
                    throw error(fileName, lineNo, "kind must be one of LEVEL|GROWTH_RATE|SHARE|COUNT|RANK, found '"
                            + cells[2].trim() + "'");
                }
                List<String> aliases = new ArrayList<>();
                for (String a : cells[3].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.trim());
                    }
                }
                List<String> spellings = new ArrayList<>(aliases);
                spellings.add(name);
                for (String spelling : spellings) {
                    String other = seen.put(new Key(normalize(spelling), kind), id);
                    if (other != null && !other.equals(id)) {
                        throw error(fileName, lineNo, "'" + spelling + "' (" + kind + ") already names metric '"
                                + other + "'");
                    }
                }
                rows.add(new Metric(id, name, kind, List.copyOf(aliases), cells[4].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": cannot read: " + e.getMessage(), e);
        }
        if (!headerSeen && !rows.isEmpty()) {
            throw error(fileName, 1, "missing header line");
        }
        return new MetricVocabulary(rows);
    }

    private static IllegalArgumentException error(String file, int line, String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
}
