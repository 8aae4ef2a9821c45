package org.policygraph.ingest.indicator;

import java.util.Map;
import java.util.TreeMap;

import org.policygraph.model.IndicatorRecord;

/** Prints every indicator of every seeded source and per-document counts by kind and comparator. */
public final class PrintIndicators {

    public static void main(String[] args) {
        boolean list = args.length == 0 || !args[0].equals("--counts");
        RuleBasedIndicatorFinder finder = PackagedFinder.of(SourceHarness.seedCorrections(), SourceHarness.seedYears());
        for (String doc : new String[] {"001", "002", "003", "004"}) {
            var found = SourceHarness.run(finder, doc);
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Integer> cmps = new TreeMap<>();
            for (var f : found) {
                IndicatorRecord r = f.record();
                kinds.merge(r.kind().name(), 1, Integer::sum);
                cmps.merge(r.comparator().name(), 1, Integer::sum);
                if (list) {
                    System.out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%s\t%s%s\t[%s]%n", r.id(), r.name(),
                            fmt(r.value()), fmt(r.valueMax()), r.unit(), r.year(), r.kind(), r.comparator(),
                            r.aspirational() ? "力争" : "", r.role(), r.period(),
                            r.periodFrom() == null ? "" : " " + r.periodFrom() + "-" + r.periodTo(),
                            r.each() ? "各" : "", r.metricId() == null ? "" : " metric=" + r.metricId(),
                            r.source().quote().replace("\n", "⏎"));
                }
            }
            System.out.println("== " + doc + ": " + found.size() + " indicators; kind " + kinds + "; comparator " + cmps);
        }
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
