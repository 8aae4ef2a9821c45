package org.policygraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.policygraph.model.DocumentBundle;
import org.policygraph.model.LinkRecord;

/**
 * Counts of what the seed produces, per document: sections, measures per list, links per type, warnings.
 * {@code java org.policygraph.ingest.SeedSummary [graph-seed-dir]} prints them (no indicators: those need the
 * extractor).
 */
public final class SeedSummary {

    private SeedSummary() {
    }

    public static String summarize(List<DocumentBundle> bundles) {
        StringBuilder out = new StringBuilder();
        for (DocumentBundle bundle : bundles) {
            out.append(bundle.document().id()).append(' ').append(bundle.document().title()).append('\n');
            out.append("  sections ").append(bundle.sections().size())
                    .append(", measures ").append(bundle.measures().size())
                    .append(", indicators ").append(bundle.indicators().size())
                    .append(", cited documents ").append(bundle.citedDocuments().size())
                    .append(", warnings ").append(bundle.warnings().size()).append('\n');
            Map<String, Long> perList = bundle.measures().stream().collect(Collectors.groupingBy(
                    m -> m.list(), TreeMap::new, Collectors.counting()));
            perList.forEach((list, count) -> out.append("  measures in ").append(list).append(": ").append(count)
                    .append('\n'));
            Map<String, Long> perType = bundle.links().stream().collect(Collectors.groupingBy(
                    (LinkRecord l) -> l.type().name(), TreeMap::new, Collectors.counting()));
            out.append("  links ").append(perType).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : "graph-seed");
        SeedReader reader = new SeedReader(SeedSource.directory(root));
        System.out.print(summarize(reader.readAll()));
    }
}
