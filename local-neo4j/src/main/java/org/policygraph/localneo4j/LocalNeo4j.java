package org.policygraph.localneo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.server.CommunityBootstrapper;

/**
 * Starts a Neo4j Community server for local development: Bolt and HTTP (Neo4j Browser at /browser/) on
 * localhost, auth disabled, usage reporting off, data persisted under the given directory.
 *
 * <p>Configuration (system properties, then environment variables, then defaults):
 * {@code neo4j.home}/NEO4J_LOCAL_HOME (.local-neo4j), {@code neo4j.bolt.port}/NEO4J_BOLT_PORT (7687),
 * {@code neo4j.http.port}/NEO4J_HTTP_PORT (7474); for Neo4j Browser's style and guide, the service's URL
 * {@code policy-graph.service.url}/POLICY_GRAPH_SERVICE_URL (http://localhost:$QUARKUS_HTTP_PORT, port 8080).
 */
public final class LocalNeo4j {

    /** Exit code for a port that is already taken: bin/local-run turns it into one clear message. */
    static final int PORT_IN_USE = 3;

    private LocalNeo4j() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(setting("neo4j.home", "NEO4J_LOCAL_HOME", ".local-neo4j")).toAbsolutePath();
        int boltPort = Integer.parseInt(setting("neo4j.bolt.port", "NEO4J_BOLT_PORT", "7687"));
        int httpPort = Integer.parseInt(setting("neo4j.http.port", "NEO4J_HTTP_PORT", "7474"));

        for (int port : new int[] {boltPort, httpPort}) {
            if (!isFree(port)) {
                System.err.printf("local-neo4j: port %d on localhost is already in use "
                        + "(another Neo4j running?). Stop it or choose another port with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.%n",
                        port);
                System.exit(PORT_IN_USE);
            }
        }
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Map<String, String> config = new LinkedHashMap<>();
        config.put("server.directories.data", home.resolve("data").toString());
        config.put("server.directories.logs", home.resolve("logs").toString());
        config.put("server.default_listen_address", "127.0.0.1");
        config.put("server.default_advertised_address", "localhost");
        config.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
        config.put("server.bolt.advertised_address", "localhost:" + boltPort);
        config.put("server.http.enabled", "true");
        config.put("server.http.listen_address", "127.0.0.1:" + httpPort);
        config.put("server.http.advertised_address", "localhost:" + httpPort);
        config.put("server.https.enabled", "false");
        config.put("dbms.security.auth_enabled", "false");
        config.put("dbms.usage_report.enabled", "false");
        // Enough for the seeded graph; the benchmark's 1M-measure scale raises it (NEO4J_PAGECACHE / -Dneo4j.pagecache).
        config.put("server.memory.pagecache.size", setting("neo4j.pagecache", "NEO4J_PAGECACHE", "256m"));
        config.put("db.tx_log.rotation.retention_policy", "2 days");
        // Neo4j Browser for analysts: on connect (Browser reads these through dbms.clientConfig()), apply the
        // policy-graph style (captions: names and titles, not ids) and open the guide with one-click queries.
        // Both files are served by the service at /browser/ (src/main/resources/META-INF/resources/browser/,
        // with CORS headers for Browser's cross-origin fetch). Browser fetches remote content only from allowed
        // hostnames (hostnames only, no ports). post_connect_cmd holds Browser commands without the leading ':',
        // separated by ';'. The service's URL: POLICY_GRAPH_SERVICE_URL, else http://localhost:$QUARKUS_HTTP_PORT.
        String service = setting("policy-graph.service.url", "POLICY_GRAPH_SERVICE_URL",
                "http://localhost:" + setting("quarkus.http.port", "QUARKUS_HTTP_PORT", "8080"));
        config.put("browser.remote_content_hostname_whitelist", java.net.URI.create(service).getHost());
        config.put("browser.post_connect_cmd",
                "style " + service + "/browser/policy-graph.grass; play " + service + "/browser/guide.html");

        CommunityBootstrapper neo4j = new CommunityBootstrapper();
        int status = neo4j.start(home, config);
        if (status != 0) {
            System.err.printf("local-neo4j: Neo4j failed to start (status %d); see %s%n", status,
                    home.resolve("logs"));
            System.exit(status);
        }
        // NeoBootstrapper installs its own shutdown hook: SIGTERM/SIGINT stop Neo4j cleanly.
        System.out.printf("local-neo4j: ready. Bolt bolt://localhost:%d  Browser http://localhost:%d/browser/  data %s%n",
                boltPort, httpPort, home.resolve("data"));
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
