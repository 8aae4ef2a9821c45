package org.policygraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.read.plan.ReadPlanner;
import org.policygraph.read.plan.Selection;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * GraphQL → Cypher, without a database (in the style of neo4j/graphql's TCK): the one statement the read plan sends
 * for every question in README "Ask it" and the benchmark's Q1–Q5 (bench/queries.mjs, with the seed's probe values),
 * with its parameters, as committed under src/test/resources/read-plans/. A change to the translation shows as a
 * diff of those files; {@code -Dread-plans.update=true} rewrites them.
 */
public class ReadPlanSnapshotTest {

    /** The committed schema (SchemaContractTest keeps it the served one). */
    public static final GraphQLSchema SCHEMA = schema();
    private static final Path SNAPSHOTS = Path.of("src/test/resources/read-plans");

    static GraphQLSchema schema() {
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(Files.readString(Path.of("schema.graphql"))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plan of a query without variables. */
    static ReadPlan plan(String query) {
        OperationDefinition operation = Parser.parse(query).getDefinitionsOfType(OperationDefinition.class).get(0);
        return new ReadPlanner(SCHEMA).plan(Selection.of(operation.getSelectionSet(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            readme-1-department-leads | { department(name: "市商务局") { name leads(first: 50) { totalCount nodes { id number text document { title docNumber } leads { name } supporters { name } roles { role department { name } source { location quote } } } } } }
            readme-2-targets-2027 | { indicators(filter: {year: 2027}, first: 100) { totalCount nodes { name value valueMax unit kind comparator aspirational source { quote document { title } } } } }
            readme-3-park-by-alias | { park(name: "东湖新技术开发区") { name aliases measures(first: 50) { nodes { id text document { title } } } } }
            readme-4-initiative | { initiative(name: "设计之都") { measures { nodes { document { issuedOn title } text source { quote } } } } }
            readme-5-search | { search(text: "服务外包", first: 10) { score kind snippet document { title } measure { id leads { name } } } }
            department-of-a-place | { department(name: "市商务局", place: "连云港市") { id name place leads(first: 5) { totalCount nodes { id } } } }
            metric-series | { metric(name: "服务外包规模") { id name series { year role period value unit indicator { id name periodFrom periodTo document { id } source { quote } metric { id } } } } }
            bench-q1 | { department(name: "市商务局") { leads(first: 50) { nodes { id text document { title } } } } }
            bench-q2 | { department(name: "市商务局") { leads(first: 50) { nodes { id text document { title } leads { name } supporters { name } indicators { id name value unit year kind } } } } }
            bench-q3 | { document(id: "003") { title measures(first: 20) { nodes { id number text leads { name } } } } }
            bench-q4 | { search(text: "服务外包", first: 20) { kind measure { id text } } }
            bench-q5 | { indicators(filter: { yearFrom: 2025, yearTo: 2027, kind: [LEVEL, COUNT] }, first: 20, after: "cGc6MTk") { totalCount nodes { id name value unit year kind } } }
            """)
    void theStatementOf(String name, String query) throws IOException {
        ReadPlan plan = plan(query);
        String snapshot = "// " + query + "\n" + plan.cypher() + "\n// parameters: " + new TreeMap<>(plan.parameters())
                + "\n";
        Path file = SNAPSHOTS.resolve(name + ".cypher");
        if (Boolean.getBoolean("read-plans.update") || !Files.exists(file)) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(file, snapshot);
        }
        assertThat(snapshot).isEqualTo(Files.readString(file));
    }

    /** The benchmark's raw-driver floors run these statements: they bind the parameters the plan binds. */
    @org.junit.jupiter.api.Test
    void theBenchmarkFloorBindsThePlansParameters() throws IOException {
        String bench = Files.readString(Path.of("bench", "bench.mjs"));
        for (int q = 1; q <= 5; q++) {
            String snapshot = Files.readString(SNAPSHOTS.resolve("bench-q" + q + ".cypher"));
            java.util.Set<String> planned = new java.util.TreeSet<>();
            java.util.regex.Matcher p = java.util.regex.Pattern.compile("\\$(p\\d+)").matcher(snapshot);
            while (p.find()) {
                planned.add(p.group(1));
            }
            java.util.regex.Matcher line = java.util.regex.Pattern
                    .compile("plan\\('bench-q" + q + "'\\), params: \\{([^}]*)}").matcher(bench);
            assertThat(line.find()).as("bench-q" + q + " in bench.mjs").isTrue();
            java.util.Set<String> bound = new java.util.TreeSet<>();
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("(p\\d+):").matcher(line.group(1));
            while (key.find()) {
                bound.add(key.group(1));
            }
            assertThat(bound).as("bench-q" + q).isEqualTo(planned);
        }
    }
}
