import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import io.vertx.core.json.JsonObject;

/**
 * Which part of a statement costs what: an interleaved A/B of variants of one statement (hand-edited copies, each
 * dropping or changing one part). Each round runs every variant once, in an order that rotates per round, through one
 * sequential read session, so that whatever else loads the machine falls on all variants alike; only ratios between
 * the variants of one run mean anything on a busy machine.
 *
 * <pre>java -cp "target/quarkus-app/lib/main/*" bench/jvm-floor/StatementAB.java VARIANTS.json V0,V1,… ROUNDS</pre>
 *
 * VARIANTS.json has DriverFloor's plan format ({"uri": …, "queries": {"V0": [{"cypher": …, "params": {…}}], …}}); the
 * first statement of each named entry runs. Prints, per variant, the median, first quartile and mean wall time in ms.
 */
public class StatementAB {

    public static void main(String[] args) throws Exception {
        JsonObject plan = new JsonObject(Files.readString(Path.of(args[0])));
        String[] names = args[1].split(",");
        int rounds = Integer.parseInt(args[2]);
        List<String> statements = new ArrayList<>();
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (String name : names) {
            JsonObject statement = plan.getJsonObject("queries").getJsonArray(name).getJsonObject(0);
            statements.add(statement.getString("cypher"));
            parameters.add(statement.getJsonObject("params").getMap());
        }
        long[][] nanos = new long[names.length][rounds];
        try (Driver driver = GraphDatabase.driver(plan.getString("uri"), AuthTokens.none())) {
            SessionConfig read = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();
            for (int warm = 0; warm < 200; warm++) { // JIT on both sides, Neo4j's plan cache
                for (int v = 0; v < names.length; v++) {
                    run(driver, read, statements.get(v), parameters.get(v));
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < names.length; k++) {
                    int v = (round + k) % names.length;
                    long start = System.nanoTime();
                    run(driver, read, statements.get(v), parameters.get(v));
                    nanos[v][round] = System.nanoTime() - start;
                }
            }
        }
        for (int v = 0; v < names.length; v++) {
            long[] sorted = nanos[v].clone();
            Arrays.sort(sorted);
            System.out.printf("%s median %.3f ms  p25 %.3f  mean %.3f%n", names[v], sorted[rounds / 2] / 1e6,
                    sorted[rounds / 4] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
        }
    }

    private static void run(Driver driver, SessionConfig read, String statement, Map<String, Object> parameters) {
        try (Session session = driver.session(read)) {
            session.run(statement, parameters).list();
        }
    }
}
