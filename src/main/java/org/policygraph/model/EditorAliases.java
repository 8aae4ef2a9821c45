package org.policygraph.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aliases editors added at run time ({@code addDepartmentAlias}, {@code addParkAlias}), by department / park id.
 * They live in the graph (graph.GraphWrites reads them), on top of the curated graph-seed vocabulary, and every later
 * ingest reads with them (ingest.SeedReader).
 */
public record EditorAliases(Map<String, List<String>> departments, Map<String, List<String>> parks) {

    public static EditorAliases none() {
        return new EditorAliases(Map.of(), Map.of());
    }

    /** The curated vocabulary with these aliases added to its departments and parks. */
    public Vocabulary applyTo(Vocabulary curated) {
        List<DepartmentRecord> departmentRecords = new ArrayList<>();
        for (DepartmentRecord d : curated.departments()) {
            departmentRecords.add(new DepartmentRecord(d.id(), d.name(),
                    merged(d.aliases(), departments.get(d.id())), d.level(), d.note(), d.place()));
        }
        List<ParkRecord> parkRecords = new ArrayList<>();
        for (ParkRecord p : curated.parks()) {
            parkRecords.add(new ParkRecord(p.id(), p.name(), merged(p.aliases(), parks.get(p.id())),
                    p.administeredBy(), p.note()));
        }
        return new Vocabulary(departmentRecords, parkRecords, curated.initiatives(), curated.genericActors(),
                curated.successions());
    }

    private static List<String> merged(List<String> curated, List<String> added) {
        if (added == null || added.isEmpty()) {
            return curated;
        }
        Set<String> all = new LinkedHashSet<>(curated);
        all.addAll(added);
        return List.copyOf(all);
    }
}
