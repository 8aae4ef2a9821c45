import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The JVM raw-driver floor of the benchmark (bench/bench.mjs): the very statements the service runs for a request,
 * with their parameters, through the Neo4j Java driver the service uses, as the service runs them (the auto-commit
 * transaction of a read-access session on the async API, records listed), in a tight loop of C concurrent clients —
 * no HTTP, no GraphQL, no JSON. What is left is the least a JVM client of this Neo4j pays per request.
 *
 * <pre>java -cp "target/quarkus-app/lib/main/*" bench/jvm-floor/DriverFloor.java PLAN.json QUERY C SECONDS NEO4J_PID [PAUSE_MS]</pre>
 *
 * PLAN.json: {"uri": …, "queries": {"Q1": [{"cypher": …, "params": {…}}, …]}} — a request's statements run one after
 * another (the service's requests are one statement each). Prints one JSON line: req/s, p50/p99 ms, errors, and the
 * CPU ms per request of this process and of Neo4j (from /proc) over the measured window.
 * PAUSE_MS (default 0): each client idles that long after each request, so the floor can send at the rate of a slower
 * client (the service) and show whether Neo4j's CPU per statement depends on the rate rather than on the sender.
 */
public class DriverFloor {

    private static final long CLOCK_TICK_MS = 10; // USER_HZ 100

    public static void main(String[] args) throws Exception {
        JsonObject plan = new JsonObject(Files.readString(Path.of(args[0])));
        String query = args[1];
        int clients = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        String neo4jPid = args[4];
        long pauseNanos = args.length > 5 ? (long) (Double.parseDouble(args[5]) * 1e6) : 0;
        List<Statement> statements = new ArrayList<>();
        for (Object s : plan.getJsonObject("queries").getJsonArray(query)) {
            JsonObject st = (JsonObject) s;
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) plain(st.getJsonObject("params"));
            statements.add(new Statement(st.getString("cypher"), params));
        }
        try (Driver driver = GraphDatabase.driver(plan.getString("uri"), AuthTokens.none())) {
            SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                    .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
            // Warm-up: JIT and Neo4j's plan cache, as the service is warmed before it is measured.
            run(driver, read, statements, clients, Math.min(10, Math.max(2, seconds / 2)), pauseNanos, null);
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long neo0 = neo4jCpuMs(neo4jPid);
            long t0 = System.nanoTime();
            long errors = run(driver, read, statements, clients, seconds, pauseNanos, latencies);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
            long neoMs = neo4jCpuMs(neo4jPid) - neo0;
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int n = sorted.size();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("query", query);
            out.put("c", clients);
            out.put("pauseMs", pauseNanos / 1e6);
            out.put("requests", n);
            out.put("rps", n / elapsed);
            out.put("p50", n == 0 ? null : sorted.get(Math.min(n - 1, n / 2)));
            out.put("p99", n == 0 ? null : sorted.get(Math.min(n - 1, (int) (n * 0.99))));
            out.put("errors", errors);
            out.put("clientCpuMsPerRequest", n == 0 ? null : cpuMs / n);
            out.put("neo4jCpuMsPerRequest", n == 0 || neoMs < 0 ? null : (double) neoMs / n);
            System.out.println(new JsonObject(out).encode());
        }
    }

    private record Statement(String cypher, Map<String, Object> params) {
    }

    /** C clients, each sending its next request when the previous one has its records; bounded by time. */
    private static long run(Driver driver, SessionConfig read, List<Statement> statements, int clients, double seconds,
            long pauseNanos, List<Double> latencies) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        for (Statement s : statements) {
                            AsyncSession session = driver.session(AsyncSession.class, read);
                            try {
                                session.runAsync(s.cypher(), s.params()).thenCompose(ResultCursor::listAsync)
                                        .toCompletableFuture().get();
                            } finally {
                                session.closeAsync();
                            }
                        }
                        if (latencies != null) {
                            latencies.add((System.nanoTime() - t) / 1e6);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (pauseNanos > 0) {
                        LockSupport.parkNanos(pauseNanos);
                    }
                }
            });
            client.start();
            threads.add(client);
        }
        for (Thread t : threads) {
            t.join();
        }
        return errors.get();
    }

    /** user + system CPU of a process, from /proc/PID/stat; -1 when unreadable. */
    private static long neo4jCpuMs(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * CLOCK_TICK_MS;
        } catch (Exception e) {
            return -1;
        }
    }

    /** JSON values as the driver takes them: numbers without a fraction as long, arrays as lists. */
    private static Object plain(Object value) {
        if (value instanceof JsonObject o) {
            Map<String, Object> map = new LinkedHashMap<>();
            o.forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (value instanceof JsonArray a) {
            List<Object> list = new ArrayList<>();
            a.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return n.longValue();
        }
        return value;
    }
}
