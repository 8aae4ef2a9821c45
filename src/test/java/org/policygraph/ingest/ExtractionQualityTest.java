package org.policygraph.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.policygraph.support.Credentials;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * Extraction quality on real plans nobody here wrote ({@code bench/extraction/}): every corpus text goes through the
 * real {@code ingestDocument} mutation, its measures, roles and indicators are read back through GraphQL and compared
 * with the facts read from it by hand. Precision and recall per document and per split (tuning, held-out) go to the
 * report named by {@code -Dextraction.report} ({@code bin/extraction-quality}); the held-out figures must not fall
 * below {@code bench/extraction/floors.tsv}. The matching rules are in {@code bench/extraction/README.md}.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class ExtractionQualityTest {

    static final Path BENCH = Path.of("bench/extraction");
    static final Path CORPUS = BENCH.resolve("corpus");
    static final String TUNING = "tuning";
    static final String HELD_OUT = "held-out";

    // ---------------------------------------------------------------------------------------------- the specification

    @Test
    void everyHandReadFactIsPrintedInItsText() {
        List<String> problems = new ArrayList<>();
        for (CorpusText text : CorpusText.all()) {
            String printed = squeeze(text.read());
            Expected expected = Expected.of(text);
            for (ExpectedTarget target : expected.targets()) {
                if (!printed.contains(squeeze(target.name()))) {
                    problems.add(text.name() + ": target name '" + target.name() + "' is not in the text");
                }
            }
            for (ExpectedRole role : expected.roles()) {
                if (!printed.contains(squeeze(role.department()))) {
                    problems.add(text.name() + ": department '" + role.department() + "' is not in the text");
                }
                if (!printed.contains(squeeze(role.snippet()))) {
                    problems.add(text.name() + ": snippet '" + role.snippet() + "' is not in the text");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(CorpusText.all()).filteredOn(t -> !t.isSeed()).hasSizeGreaterThanOrEqualTo(8);
        // A rule writer's branch holds no held-out texts while a fresh set is being read; the full run needs them.
        if (!Boolean.getBoolean("extraction.tuningOnly")) {
            assertThat(CorpusText.all()).filteredOn(t -> t.split().equals(HELD_OUT))
                    .as("held-out texts in corpus/sources.tsv (at least 6)").hasSizeGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void heldOutExtractionDoesNotFallBelowItsFloor() throws IOException {
        boolean tuningOnly = Boolean.getBoolean("extraction.tuningOnly");
        List<DocumentResult> results = new ArrayList<>();
        for (CorpusText text : CorpusText.all()) {
            if (tuningOnly && !text.split().equals(TUNING)) {
                continue;
            }
            long start = System.nanoTime();
            Extracted extracted = Extracted.byIngesting(text);
            System.out.printf(Locale.ROOT, "[extraction-quality] %s: ingested and read back in %d ms%n", text.name(),
                    (System.nanoTime() - start) / 1_000_000);
            results.add(DocumentResult.of(text, Expected.of(text), extracted));
        }
        String reportPath = System.getProperty("extraction.report", "");
        if (!reportPath.isBlank()) {
            Files.writeString(Path.of(reportPath), Report.markdown(results), StandardCharsets.UTF_8);
        }
        // Rule writers run this so that no held-out figure can steer a rule; the floors are then not checked.
        Assumptions.assumeFalse(tuningOnly, "-Dextraction.tuningOnly: held-out texts not run, floors not checked");
        List<DocumentResult> heldOut = results.stream().filter(r -> r.text().split().equals(HELD_OUT)).toList();
        assertThat(heldOut).as("no held-out texts: corpus/sources.tsv lists none with split held-out, so the floors of "
                + "bench/extraction/floors.tsv cannot be checked").isNotEmpty();
        Map<String, Double> measured = Figures.of(heldOut).asMap(HELD_OUT);
        List<String> regressions = new ArrayList<>();
        Floors.read().forEach((metric, floor) -> {
            Double value = measured.get(metric);
            if (value == null) {
                regressions.add(metric + ": no such figure (known: " + measured.keySet() + ")");
            } else if (value * 100 < floor - 1e-9) {
                regressions.add(String.format(Locale.ROOT, "%s fell to %.1f%% (floor %.0f%%)", metric, value * 100,
                        floor));
            }
        });
        assertThat(regressions).as("held-out extraction quality against bench/extraction/floors.tsv").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- the corpus

    /** One row of corpus/sources.tsv: a text, its split, and what the ingest is told about it. */
    record CorpusText(String file, String split, String title, String issuedOn, String status, String source,
            String excerpt) {

        static List<CorpusText> all() {
            List<CorpusText> texts = new ArrayList<>();
            for (List<String> cells : tsv(CORPUS.resolve("sources.tsv"))) {
                if (cells.get(0).equals("file")) {
                    continue;
                }
                texts.add(new CorpusText(cells.get(0), cells.get(1), cells.get(2), cell(cells, 3), cell(cells, 4),
                        cell(cells, 5), cell(cells, 6)));
            }
            return texts;
        }

        String name() {
            String base = Path.of(file).getFileName().toString();
            return base.substring(0, base.length() - ".txt".length());
        }

        /** The graph id it is ingested under: the file name, prefixed so it cannot collide with a real plan. */
        String documentId() {
            String id = "xq-" + name();
            return id.length() <= 40 ? id : id.substring(0, 40);
        }

        boolean isSeed() {
            return source.startsWith("graph-seed/");
        }

        String read() {
            return readString(CORPUS.resolve(file));
        }

        /**
         * What the parser is given for this text when it is read without Neo4j or HTTP (the tests and tools that look
         * at the parser's own output): the metadata {@link Extracted#byIngesting} sends with the mutation.
         */
        SubmittedDocument submission() {
            return new SubmittedDocument(documentId(), "outline", title, null, issuedOn.isBlank() ? null : issuedOn,
                    status.isBlank() ? null : status, null, List.of(), read(), "source", "metadata");
        }

        Path expectedFile() {
            return CORPUS.resolve(file.substring(0, file.length() - ".txt".length()) + ".expected.tsv");
        }
    }

    /** A target or baseline read by hand. value/valueMax in the printed unit; year or a period firstYear..year. */
    record ExpectedTarget(String name, double value, Double valueMax, String unit, Integer firstYear, Integer year,
            boolean actual) {
    }

    /** A department's role read by hand: LEAD, SUPPORT, COORDINATE or RESPONSIBLE, on the task containing snippet. */
    record ExpectedRole(String department, String role, String snippet, boolean generic) {
    }

    record Expected(int measures, List<ExpectedTarget> targets, List<ExpectedRole> roles) {

        static Expected of(CorpusText text) {
            Integer measures = null;
            List<ExpectedTarget> targets = new ArrayList<>();
            List<ExpectedRole> roles = new ArrayList<>();
            for (List<String> cells : tsv(text.expectedFile())) {
                String where = text.expectedFile() + ": " + String.join("\t", cells);
                switch (cells.get(0)) {
                    case "measures" -> measures = Integer.valueOf(cells.get(1));
                    case "target" -> targets.add(target(cells, where));
                    case "responsibility" -> roles.add(role(cells, where));
                    default -> throw new IllegalStateException(where + ": unknown row kind");
                }
            }
            if (measures == null) {
                throw new IllegalStateException(text.expectedFile() + ": no 'measures' row");
            }
            return new Expected(measures, targets, roles);
        }

        private static ExpectedTarget target(List<String> cells, String where) {
            String[] value = cells.get(2).split("~");
            String period = cell(cells, 4);
            String[] years = period.isEmpty() ? new String[0] : period.split("-");
            String role = cells.get(5);
            if (!Set.of("target", "baseline", "actual").contains(role)) {
                throw new IllegalStateException(where + ": role must be target, baseline or actual");
            }
            return new ExpectedTarget(cells.get(1), Double.parseDouble(value[0]),
                    value.length > 1 ? Double.valueOf(value[1]) : null, cells.get(3),
                    years.length > 1 ? Integer.valueOf(years[0]) : null,
                    years.length > 0 ? Integer.valueOf(years[years.length - 1]) : null, !role.equals("target"));
        }

        private static ExpectedRole role(List<String> cells, String where) {
            if (!Set.of("LEAD", "SUPPORT", "COORDINATE", "RESPONSIBLE").contains(cells.get(2))
                    || !Set.of("body", "generic").contains(cells.get(4))) {
                throw new IllegalStateException(where + ": role or actor kind not one of the documented values");
            }
            return new ExpectedRole(cells.get(1), cells.get(2), cells.get(3), cells.get(4).equals("generic"));
        }
    }

    // ---------------------------------------------------------------------------------------------- the ingest

    record ExtractedIndicator(String name, Double value, Double valueMax, String unit, Integer year,
            String comparator) {
    }

    /** A role as the graph states it: the department's name and aliases, the role, and the text it sits on. */
    /** {@code generic}: served as a generic actor's role (GenericActorRole), not a department's. */
    record ExtractedRole(Set<String> names, String role, String context, String where, boolean generic) {
    }

    /** What the real ingest made of a text, read back through GraphQL; error is set when the ingest refused it. */
    record Extracted(String error, int measures, List<ExtractedIndicator> indicators, List<ExtractedRole> roles) {

        static final String INGEST = """
                mutation Ingest($source: String!, $metadata: DocumentInput!) {
                  ingestDocument(source: $source, metadata: $metadata) { documentId outcome }
                }""";

        static Extracted byIngesting(CorpusText text) {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put("id", text.documentId());
            metadata.put("layout", "outline");
            metadata.put("title", text.title());
            if (!text.issuedOn().isBlank()) {
                metadata.put("issuedOn", text.issuedOn());
            }
            if (!text.status().isBlank()) {
                metadata.put("status", text.status());
            }
            long start = System.nanoTime();
            Map<String, Object> answer = graphql(INGEST, Map.of("source", text.read(), "metadata", metadata));
            System.out.printf(Locale.ROOT, "[extraction-quality] %s: ingestDocument answered in %d ms%n", text.name(),
                    (System.nanoTime() - start) / 1_000_000);
            String error = errorOf(answer);
            if (error != null) {
                return new Extracted(error, 0, List.of(), List.of());
            }
            Map<String, List<String>> sectionTitlesAbove = new HashMap<>();
            List<ExtractedRole> roles = new ArrayList<>(sectionRoles(text.documentId(), sectionTitlesAbove));
            int measures = 0;
            String after = null;
            do {
                Map<String, Object> page = at(graphqlData(MEASURES, pageVariables(text.documentId(), after)),
                        "document", "measures");
                measures = ((Number) page.get("totalCount")).intValue();
                for (Map<String, Object> measure : list(page.get("nodes"))) {
                    String id = (String) measure.get("id");
                    String context = String.join("\n", sectionTitlesAbove.getOrDefault(id, List.of())) + "\n"
                            + measure.get("text");
                    roles.addAll(roles(list(measure.get("roles")), context, "measure " + id));
                    roles.addAll(roles(list(measure.get("genericActorRoles")), context, "measure " + id));
                }
                after = nextCursor(page);
            } while (after != null);
            List<ExtractedIndicator> indicators = new ArrayList<>();
            after = null;
            do {
                Map<String, Object> page = at(graphqlData(INDICATORS, pageVariables(text.documentId(), after)), "indicators");
                for (Map<String, Object> i : list(page.get("nodes"))) {
                    if (i.get("value") == null) {
                        continue; // a target without a number ("保持全国前列") is not a quantity to score
                    }
                    indicators.add(new ExtractedIndicator((String) i.get("name"), number(i.get("value")),
                            number(i.get("valueMax")), (String) i.get("unit"),
                            i.get("year") == null ? null : ((Number) i.get("year")).intValue(),
                            (String) i.get("comparator")));
                }
                after = nextCursor(page);
            } while (after != null);
            return new Extracted(null, measures, indicators, roles);
        }

        static final String MEASURES = """
                query Measures($id: ID!, $after: String) {
                  document(id: $id) { measures(first: 100, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor }
                    nodes { id text roles { role department { name aliases } }
                      genericActorRoles { role actor { name } } } } }
                }""";

        static final String INDICATORS = """
                query Indicators($id: String!, $after: String) {
                  indicators(filter: {documentId: $id}, first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor }
                    nodes { name value valueMax unit year comparator } }
                }""";

        /** The schema does not change during a run: introspect it once. */
        static final java.util.function.Supplier<String> SECTION_ROLES_FIELD = new java.util.function.Supplier<>() {
            private Optional<String> field;

            @Override
            public synchronized String get() {
                if (field == null) {
                    field = Optional.ofNullable(sectionRolesField());
                }
                return field.orElse(null);
            }
        };

        /** The most ids nodes(ids:) takes. */
        static final int NODES_PER_REQUEST = 100;

        static final String SECTION_GENERIC_ROLES = """
                query SectionGenericRoles($ids: [String!]!) {
                  nodes(ids: $ids) { ... on Section { genericActorRoles { role actor { name } } } }
                }""";

        /** Sections nest at most this deep in the plans of the corpus (一、/（一）/1./（1）). */
        static final int SECTION_DEPTH = 5;

        /**
         * Roles stated on sections, where the schema has a field for them (any Section field of the type of
         * Measure.roles), and, for every measure, the titles of the sections above it.
         */
        private static List<ExtractedRole> sectionRoles(String documentId, Map<String, List<String>> titlesAbove) {
            String rolesField = SECTION_ROLES_FIELD.get();
            String fields = "id title text measures { id }"
                    + (rolesField == null ? "" : " " + rolesField + " { role department { name aliases } }");
            String selection = fields;
            for (int depth = 1; depth < SECTION_DEPTH; depth++) {
                selection = fields + " sections { " + selection + " }";
            }
            Map<String, Object> document = at(graphqlData("query Sections($id: ID!) { document(id: $id) { sections { "
                    + selection + " } } }", Map.of("id", documentId)), "document");
            List<ExtractedRole> roles = new ArrayList<>();
            Map<String, String> contexts = new LinkedHashMap<>();
            walk(list(document.get("sections")), List.of(), rolesField, titlesAbove, roles, contexts);
            // generic actors' roles, by section id: one more COLLECT per level of the nested query above makes its plan
            // slow to compile on a loaded machine; nodes(ids:) reads up to 100 sections in one request
            List<String> ids = new ArrayList<>(contexts.keySet());
            for (int from = 0; from < ids.size(); from += NODES_PER_REQUEST) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + NODES_PER_REQUEST));
                List<Map<String, Object>> sections = list(graphqlData(SECTION_GENERIC_ROLES, Map.of("ids", batch))
                        .get("nodes"));
                for (int i = 0; i < batch.size(); i++) {
                    String id = batch.get(i);
                    Map<String, Object> section = Objects.requireNonNull(sections.get(i), "nodes(ids:) found no " + id);
                    roles.addAll(roles(list(section.get("genericActorRoles")), contexts.get(id), "section " + id));
                }
            }
            return roles;
        }

        private static void walk(List<Map<String, Object>> sections, List<String> above, String rolesField,
                Map<String, List<String>> titlesAbove, List<ExtractedRole> roles, Map<String, String> contexts) {
            for (Map<String, Object> section : sections) {
                List<String> path = new ArrayList<>(above);
                path.add(Objects.toString(section.get("title"), ""));
                for (Map<String, Object> measure : list(section.get("measures"))) {
                    titlesAbove.put((String) measure.get("id"), path);
                }
                String context = String.join("\n", path) + "\n" + Objects.toString(section.get("text"), "");
                if (rolesField != null) {
                    roles.addAll(roles(list(section.get(rolesField)), context, "section " + section.get("id")));
                }
                contexts.put((String) section.get("id"), context);
                walk(list(section.get("sections")), path, rolesField, titlesAbove, roles, contexts);
            }
        }

        private static String sectionRolesField() {
            String roleType = fieldsOf("Measure").stream().filter(f -> f.get("name").equals("roles"))
                    .map(f -> baseType(at(f, "type"))).findFirst().orElseThrow();
            return fieldsOf("Section").stream().filter(f -> roleType.equals(baseType(at(f, "type"))))
                    .map(f -> (String) f.get("name")).findFirst().orElse(null);
        }

        /** One type per request: the service refuses introspection that asks for __Type.fields twice. */
        private static List<Map<String, Object>> fieldsOf(String type) {
            return list(at(graphqlData("""
                    query Fields($type: String!) { __type(name: $type) { fields { name type {
                      name ofType { name ofType { name ofType { name } } } } } } }""", Map.of("type", type)),
                    "__type").get("fields"));
        }

        private static String baseType(Map<String, Object> type) {
            Map<String, Object> t = type;
            while (t.get("name") == null && t.get("ofType") != null) {
                t = at(t, "ofType");
            }
            return (String) t.get("name");
        }

        private static List<ExtractedRole> roles(List<Map<String, Object>> roles, String context, String where) {
            List<ExtractedRole> result = new ArrayList<>();
            for (Map<String, Object> role : roles) {
                // a department's role, or a generic actor's (GenericActorRole.actor: a name and no aliases)
                Map<String, Object> department = role.containsKey("department") ? at(role, "department")
                        : at(role, "actor");
                Set<String> names = new LinkedHashSet<>();
                names.add((String) department.get("name"));
                names.addAll(strings(department.get("aliases")));
                result.add(new ExtractedRole(names, (String) role.get("role"), context, where,
                        !role.containsKey("department")));
            }
            return result;
        }

        private static Map<String, Object> pageVariables(String documentId, String after) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", documentId);
            variables.put("after", after);
            return variables;
        }

        private static String nextCursor(Map<String, Object> connection) {
            Map<String, Object> info = at(connection, "pageInfo");
            return Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
        }
    }

    // ---------------------------------------------------------------------------------------------- the matching

    /** How many extracted facts are right (precision) and how many hand-read facts were found (recall). */
    record Score(int extractedRight, int extracted, int expectedFound, int expected) {

        static final Score NONE = new Score(0, 0, 0, 0);

        static <E, X> Score of(List<E> expected, List<X> extracted, BiPredicate<E, X> matches) {
            int right = (int) extracted.stream().filter(x -> expected.stream().anyMatch(e -> matches.test(e, x)))
                    .count();
            int found = (int) expected.stream().filter(e -> extracted.stream().anyMatch(x -> matches.test(e, x)))
                    .count();
            return new Score(right, extracted.size(), found, expected.size());
        }

        Score plus(Score other) {
            return new Score(extractedRight + other.extractedRight, extracted + other.extracted,
                    expectedFound + other.expectedFound, expected + other.expected);
        }

        /** Share of extracted facts that are right; 0 when nothing was extracted (nothing to be right about). */
        double precision() {
            return extracted == 0 ? 0 : (double) extractedRight / extracted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) expectedFound / expected;
        }
    }

    record DocumentResult(CorpusText text, Expected expected, Extracted extracted, Score targets, Score roles,
            Score genericRoles, List<ExpectedTarget> missedTargets, List<ExtractedIndicator> wrongTargets,
            List<ExpectedRole> missedRoles, List<ExtractedRole> wrongRoles) {

        static DocumentResult of(CorpusText text, Expected expected, Extracted extracted) {
            List<ExpectedRole> bodies = expected.roles().stream().filter(r -> !r.generic()).toList();
            List<ExpectedRole> generic = expected.roles().stream().filter(ExpectedRole::generic).toList();
            // a generic actor's role, or a role naming an expected generic actor, is judged only in the generic-actor
            // figures
            List<ExtractedRole> onBodies = extracted.roles().stream().filter(x -> !x.generic())
                    .filter(x -> generic.stream().noneMatch(e -> Matching.role(e, x))).toList();
            List<ExtractedRole> onGeneric = extracted.roles().stream()
                    .filter(x -> x.generic() || generic.stream().anyMatch(e -> Matching.sameDepartment(e, x)))
                    .toList();
            return new DocumentResult(text, expected, extracted,
                    Score.of(expected.targets(), extracted.indicators(), Matching::target),
                    Score.of(bodies, onBodies, Matching::role), Score.of(generic, onGeneric, Matching::role),
                    expected.targets().stream()
                            .filter(e -> extracted.indicators().stream().noneMatch(x -> Matching.target(e, x)))
                            .toList(),
                    extracted.indicators().stream()
                            .filter(x -> expected.targets().stream().noneMatch(e -> Matching.target(e, x)))
                            .toList(),
                    java.util.stream.Stream.concat(
                            bodies.stream().filter(e -> onBodies.stream().noneMatch(x -> Matching.role(e, x))),
                            generic.stream().filter(e -> onGeneric.stream().noneMatch(x -> Matching.role(e, x))))
                            .toList(),
                    java.util.stream.Stream.concat(
                            onBodies.stream().filter(x -> bodies.stream().noneMatch(e -> Matching.role(e, x))),
                            onGeneric.stream().filter(x -> generic.stream().noneMatch(e -> Matching.role(e, x))))
                            .toList());
        }

        /** 1 when the ingest found as many measures as the plan sets, falling linearly to 0 at 100 % off. */
        double measureAccuracy() {
            return 1 - Math.min(1, Math.abs(extracted.measures() - expected.measures())
                    / (double) Math.max(1, expected.measures()));
        }
    }

    /** The rules of bench/extraction/README.md, "Matching". */
    static final class Matching {

        private Matching() {
        }

        static boolean target(ExpectedTarget e, ExtractedIndicator x) {
            if (x.value() == null || !overlaps(e.name(), x.name())) {
                return false;
            }
            Quantity want = Quantity.of(e.value(), e.unit());
            Quantity got = Quantity.of(x.value(), x.unit());
            if (!want.sameAs(got)) {
                return false;
            }
            if (e.valueMax() != null && (x.valueMax() == null
                    || !Quantity.of(e.valueMax(), e.unit()).sameAs(Quantity.of(x.valueMax(), x.unit())))) {
                return false;
            }
            boolean yearAgrees = e.year() == null || e.year().equals(x.year())
                    || (e.firstYear() != null && x.year() == null);
            boolean roleAgrees = e.actual() == "ACTUAL".equals(x.comparator());
            return yearAgrees && roleAgrees;
        }

        static boolean role(ExpectedRole e, ExtractedRole x) {
            return sameDepartment(e, x) && roleAgrees(e.role(), x.role())
                    && squeeze(x.context()).contains(squeeze(e.snippet()));
        }

        static boolean sameDepartment(ExpectedRole e, ExtractedRole x) {
            String printed = squeeze(e.department());
            return x.names().stream().anyMatch(n -> squeeze(n).equals(printed));
        }

        static boolean roleAgrees(String expected, String extracted) {
            return switch (expected) {
                case "LEAD" -> extracted.equals("LEADS");
                case "SUPPORT" -> extracted.equals("SUPPORTS");
                case "COORDINATE" -> extracted.equals("COORDINATES");
                // 责任单位 beside a printed 牵头单位: co-responsible, read as leading or supporting
                case "RESPONSIBLE" -> extracted.equals("LEADS") || extracted.equals("SUPPORTS")
                        || extracted.startsWith("RESPONSIB");
                default -> false;
            };
        }

        /** Names overlap when they share a run of at least two characters (after normalising width and spaces). */
        static boolean overlaps(String a, String b) {
            String x = squeeze(a);
            String y = squeeze(b);
            for (int i = 0; i + 2 <= x.length(); i++) {
                if (y.contains(x.substring(i, i + 2))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A value in a unit brought to a common scale: 2.48 万亿元 = 24800 亿元 = 2.48e12 元; 场次 = 场; 个工作日 = 工作日. */
    record Quantity(double value, String unit) {

        /** A rank has no unit of its own: 位, 名, 第6位 and 首位 (1) all count places. */
        static final java.util.regex.Pattern RANK_UNIT = java.util.regex.Pattern.compile("第?[0-9.]*[位名]|首位");

        static Quantity of(double value, String printedUnit) {
            String unit = squeeze(printedUnit == null ? "" : printedUnit).replace("场次", "场");
            if (RANK_UNIT.matcher(unit).matches()) {
                unit = "";
            }
            if (unit.length() > 1 && unit.startsWith("个")) {
                unit = unit.substring(1);
            }
            double scale = 1;
            for (Map.Entry<String, Double> prefix : SCALES.entrySet()) {
                if (unit.startsWith(prefix.getKey())) {
                    scale = prefix.getValue();
                    unit = unit.substring(prefix.getKey().length());
                    if (unit.isEmpty()) {
                        unit = "元";
                    }
                    break;
                }
            }
            return new Quantity(value * scale, unit);
        }

        /** Relative: scaling (万亿 → 元) may round in the last bits; values are read as doubles (6.2 stays 6.2). */
        static final double TOLERANCE = 1e-9;

        private static final Map<String, Double> SCALES = new LinkedHashMap<>();
        static {
            SCALES.put("万亿", 1e12);
            SCALES.put("亿", 1e8);
            SCALES.put("万", 1e4);
        }

        boolean sameAs(Quantity other) {
            return unit.equals(other.unit)
                    && Math.abs(value - other.value) <= TOLERANCE * Math.max(Math.abs(value), Math.abs(other.value));
        }
    }

    // ---------------------------------------------------------------------------------------------- the figures

    /** Pooled (micro-averaged) figures of a set of documents. */
    record Figures(int documents, int refused, int exactMeasureCounts, double measureAccuracy, Score targets,
            Score roles, Score genericRoles) {

        static Figures of(List<DocumentResult> results) {
            Score targets = Score.NONE;
            Score roles = Score.NONE;
            Score generic = Score.NONE;
            int off = 0;
            int expectedMeasures = 0;
            for (DocumentResult r : results) {
                targets = targets.plus(r.targets());
                roles = roles.plus(r.roles());
                generic = generic.plus(r.genericRoles());
                off += Math.abs(r.extracted().measures() - r.expected().measures());
                expectedMeasures += r.expected().measures();
            }
            return new Figures(results.size(), (int) results.stream().filter(r -> r.extracted().error() != null)
                    .count(), (int) results.stream().filter(r -> r.extracted().measures() == r.expected().measures())
                            .count(),
                    1 - Math.min(1, off / (double) Math.max(1, expectedMeasures)), targets, roles, generic);
        }

        Map<String, Double> asMap(String split) {
            Map<String, Double> map = new LinkedHashMap<>();
            map.put(split + ".targets.precision", targets.precision());
            map.put(split + ".targets.recall", targets.recall());
            map.put(split + ".responsibilities.precision", roles.precision());
            map.put(split + ".responsibilities.recall", roles.recall());
            map.put(split + ".measures.accuracy", measureAccuracy);
            map.put(split + ".genericActors.precision", genericRoles.precision());
            map.put(split + ".genericActors.recall", genericRoles.recall());
            return map;
        }
    }

    /** bench/extraction/floors.tsv: metric, floor in percent. */
    static final class Floors {

        private Floors() {
        }

        static Map<String, Double> read() {
            Map<String, Double> floors = new LinkedHashMap<>();
            for (List<String> cells : tsv(BENCH.resolve("floors.tsv"))) {
                floors.put(cells.get(0), Double.valueOf(cells.get(1)));
            }
            return floors;
        }
    }

    /** docs/extraction-quality.md. Misses are itemised for tuning texts only: held-out texts stay unread. */
    static final class Report {

        private Report() {
        }

        static String markdown(List<DocumentResult> results) {
            StringBuilder md = new StringBuilder();
            md.append("# Extraction quality\n\n");
            md.append("Written by `bin/extraction-quality` (")
                    .append("`./mvnw -B -q test -Dtest=ExtractionQualityTest -Dextraction.report=docs/extraction-quality.md`")
                    .append(") on ").append(ZonedDateTime.now(ZoneOffset.UTC)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                    .append(" at commit `").append(gitCommit()).append("`.\n\n");
            md.append("Every text of the corpus in `bench/extraction/corpus/` (real plans, verbatim; see `sources.tsv`) ")
                    .append("is submitted to the real `ingestDocument` mutation (layout `outline`, as a new user would) ")
                    .append("and its facts are read back through GraphQL: the document's measures with their roles, ")
                    .append("the roles on its sections where the schema has them, the roles of generic actors ")
                    .append("(`genericActorRoles`, scored apart), and its indicators. They are compared ")
                    .append("with the facts read from the text by hand (`*.expected.tsv`); the matching rules are in ")
                    .append("`bench/extraction/README.md`. Figures are pooled over the documents of a split. ")
                    .append("Precision is 0 where nothing was extracted. A text the ingest refuses counts as found nothing.\n\n");
            md.append("**Held-out texts were never used to tune the parser.** Their misses are not itemised here, ")
                    .append("so that reading this page does not leak them.\n\n");
            md.append("## Summary\n\n");
            md.append("| split | texts | refused | measure counts exact | measure-count accuracy | targets precision | ")
                    .append("targets recall | responsibilities precision | responsibilities recall | ")
                    .append("generic actors precision | generic actors recall |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (String split : List.of(TUNING, HELD_OUT, "all")) {
                List<DocumentResult> part = results.stream()
                        .filter(r -> split.equals("all") || r.text().split().equals(split)).toList();
                if (part.isEmpty()) {
                    continue;
                }
                Figures f = Figures.of(part);
                md.append("| ").append(split).append(" | ").append(f.documents()).append(" | ").append(f.refused())
                        .append(" | ").append(f.exactMeasureCounts()).append(" / ").append(f.documents()).append(" | ")
                        .append(pct(f.measureAccuracy())).append(" | ")
                        .append(precision(f.targets())).append(" | ").append(recall(f.targets())).append(" | ")
                        .append(precision(f.roles())).append(" | ").append(recall(f.roles())).append(" | ")
                        .append(precision(f.genericRoles())).append(" | ").append(recall(f.genericRoles()))
                        .append(" |\n");
            }
            md.append("\n## Per text\n\n");
            md.append("| split | text | ingest | measures (got / read) | targets precision | targets recall | ")
                    .append("responsibilities precision | responsibilities recall | generic actors precision | ")
                    .append("generic actors recall |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (DocumentResult r : results) {
                String ingest = r.extracted().error() == null ? "ok" : "refused: " + oneLine(r.extracted().error());
                md.append("| ").append(r.text().split()).append(" | ").append(r.text().name()).append(" | ")
                        .append(ingest).append(" | ").append(r.extracted().measures()).append(" / ")
                        .append(r.expected().measures()).append(" | ").append(precision(r.targets())).append(" | ")
                        .append(recall(r.targets())).append(" | ").append(precision(r.roles())).append(" | ")
                        .append(recall(r.roles())).append(" | ").append(precision(r.genericRoles())).append(" | ")
                        .append(recall(r.genericRoles())).append(" |\n");
            }
            md.append("\nprecision: right / extracted; recall: found / read by hand.\n");
            md.append("\n## Tuning texts: what was missed and what was wrong\n");
            for (DocumentResult r : results) {
                if (!r.text().split().equals(TUNING)) {
                    continue;
                }
                md.append("\n### ").append(r.text().name()).append("\n\n");
                if (r.extracted().error() != null) {
                    md.append("- refused: ").append(oneLine(r.extracted().error())).append('\n');
                }
                r.missedTargets().forEach(t -> md.append("- missed target: ").append(t.name()).append(' ')
                        .append(number(t.value())).append(t.valueMax() == null ? "" : "—" + number(t.valueMax()))
                        .append(' ').append(t.unit()).append(t.year() == null ? "" : " (" + yearText(t) + ")")
                        .append(t.actual() ? " actual" : "").append('\n'));
                r.wrongTargets().forEach(x -> md.append("- wrong target: ").append(x.name()).append(' ')
                        .append(x.value() == null ? "?" : number(x.value()))
                        .append(x.valueMax() == null ? "" : "—" + number(x.valueMax())).append(' ')
                        .append(x.unit() == null ? "" : x.unit()).append(" (").append(x.year()).append(", ")
                        .append(x.comparator()).append(")\n"));
                r.missedRoles().forEach(e -> md.append("- missed role: ").append(e.department()).append(' ')
                        .append(e.role()).append(" on “").append(e.snippet()).append("”\n"));
                r.wrongRoles().forEach(x -> md.append("- wrong role: ").append(x.names().iterator().next())
                        .append(' ').append(x.role()).append(" on ").append(x.where()).append('\n'));
                if (r.missedTargets().isEmpty() && r.wrongTargets().isEmpty() && r.missedRoles().isEmpty()
                        && r.wrongRoles().isEmpty() && r.extracted().error() == null) {
                    md.append("- nothing missed, nothing wrong\n");
                }
            }
            return md.toString();
        }

        private static String yearText(ExpectedTarget t) {
            return t.firstYear() == null ? String.valueOf(t.year()) : t.firstYear() + "–" + t.year();
        }

        private static String precision(Score s) {
            return s.extracted() == 0 ? "— (0 extracted)"
                    : pct(s.precision()) + " (" + s.extractedRight() + "/" + s.extracted() + ")";
        }

        private static String recall(Score s) {
            return s.expected() == 0 ? "— (none read)"
                    : pct(s.recall()) + " (" + s.expectedFound() + "/" + s.expected() + ")";
        }

        private static String pct(double share) {
            return String.format(Locale.ROOT, "%.1f %%", share * 100);
        }

        private static String number(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        private static String oneLine(String text) {
            String line = text.replace('\n', ' ').replace("|", "\\|");
            return line.length() <= 160 ? line : line.substring(0, 160) + "…";
        }

        private static String gitCommit() {
            try {
                Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true)
                        .start();
                String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                return git.waitFor() == 0 ? out : "unknown";
            } catch (IOException e) {
                return "unknown";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    /** NFKC (full-width to half-width), without white space: how texts and names are compared. */
    static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    static String readString(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a TSV file, without blank and # comment lines. */
    static List<List<String>> tsv(Path path) {
        return readString(path).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> List.of(l.split("\t", -1))).toList();
    }

    static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).trim() : "";
    }

    /** JSON decimals as doubles: RestAssured's default (float) would turn the printed 6.2 into 6.1999998. */
    static final JsonPathConfig EXACT_NUMBERS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    static Map<String, Object> graphql(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + Credentials.editorToken("extraction-quality"))
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().extract().jsonPath(EXACT_NUMBERS).getMap("$");
    }

    /** Reads that found the database busy (DATABASE_UNAVAILABLE) are tried again this many times, a second apart. */
    static final int BUSY_RETRIES = 5;

    /**
     * The data of an answer that must have no errors (reads of what the ingest wrote). A read the service gave up on
     * because Neo4j did not answer within its read timeout (a loaded machine: the figures measure extraction, not
     * latency) is tried again once the service's probe finds Neo4j answering.
     */
    static Map<String, Object> graphqlData(String query, Map<String, Object> variables) {
        Map<String, Object> answer = graphql(query, variables);
        for (int retry = 0; retry < BUSY_RETRIES && String.valueOf(errorOf(answer)).startsWith("DATABASE_UNAVAILABLE");
                retry++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = graphql(query, variables);
        }
        String error = errorOf(answer);
        if (error != null) {
            throw new IllegalStateException("GraphQL read failed: " + error);
        }
        return at(answer, "data");
    }

    /** "CODE: message" of the first error of an answer, or null. */
    static String errorOf(Map<String, Object> answer) {
        List<Map<String, Object>> errors = list(answer.get("errors"));
        if (errors.isEmpty()) {
            return null;
        }
        Map<String, Object> first = errors.get(0);
        Object extensions = first.get("extensions");
        Object code = extensions instanceof Map<?, ?> m ? m.get("code") : null;
        return (code == null ? "" : code + ": ") + first.get("message");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Map<String, Object> current = map;
        for (String key : keys) {
            current = (Map<String, Object>) current.get(key);
            if (current == null) {
                throw new IllegalStateException("no '" + key + "' in " + map);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
