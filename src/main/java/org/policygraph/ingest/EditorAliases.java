package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.model.DepartmentRecord;
import org.policygraph.model.ParkRecord;
import org.policygraph.model.Vocabulary;

/**
 * Aliases editors added at run time ({@code addDepartmentAlias}, {@code addParkAlias}), by department / park id.
 * They live in the graph, on top of the curated graph-seed vocabulary, and are used by every later ingest.
 */
public record EditorAliases(Map<String, List<String>> departments, Map<String, List<String>> parks) {

    public static EditorAliases none() {
        return new EditorAliases(Map.of(), Map.of());
    }

    /** The curated vocabulary with these aliases added. */
    SeedVocabulary applyTo(SeedVocabulary curated) {
        Vocabulary v = curated.vocabulary();
        List<DepartmentRecord> departmentRecords = new ArrayList<>();
        for (DepartmentRecord d : v.departments()) {
            departmentRecords.add(new DepartmentRecord(d.id(), d.name(),
                    merged(d.aliases(), departments.get(d.id())), d.level(), d.note()));
        }
        List<ParkRecord> parkRecords = new ArrayList<>();
        for (ParkRecord p : v.parks()) {
            parkRecords.add(new ParkRecord(p.id(), p.name(), merged(p.aliases(), parks.get(p.id())),
                    p.administeredBy(), p.note()));
        }
        return new SeedVocabulary(new Vocabulary(departmentRecords, parkRecords, v.initiatives(), v.genericActors(),
                v.successions()),
                curated.notDepartments(), curated.definedAt(), curated.conventions());
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
