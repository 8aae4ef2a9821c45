package org.policygraph.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Renders every overlay under {@code k8s/overlays/} with {@code kubectl kustomize} and checks the facts operators
 * rely on: probes, security context, resources, the seed Job, the HPA, the PDB, the NetworkPolicies, credentials
 * only by Secret reference, and an explicit image per overlay. Plain JUnit: no Quarkus, no cluster. Skipped (not
 * failed) where kubectl is not installed.
 */
class KustomizeOverlaysTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path OVERLAYS = ROOT.resolve("k8s/overlays");
    private static final String PLACEHOLDER_IMAGE = "registry.example.com/policy-graph/policy-graph";
    private static final String CREDENTIALS_SECRET = "policy-graph-neo4j";
    private static final String NEO4J_NAME = "policy-graph-db";
    private static final Pattern LITERAL_PASSWORD = Pattern.compile("(?i)(?<![a-z])(password|passwd|neo4j_auth)[\"']?\\s*[:=]\\s*[\"']?[^\\s\"']+");

    private static String kubectl;

    @BeforeAll
    static void findKubectl() {
        kubectl = Stream.concat(
                        Stream.of(Optional.ofNullable(System.getenv("PATH")).orElse("").split(java.io.File.pathSeparator))
                                .filter(dir -> !dir.isBlank())
                                .map(dir -> Path.of(dir, "kubectl")),
                        Stream.of(Path.of("/usr/bin/kubectl"), Path.of("/usr/local/bin/kubectl")))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
    }

    @TestFactory
    Stream<DynamicTest> everyOverlayBuildsAndKeepsTheOperationalGuarantees() throws IOException {
        List<String> overlays;
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            overlays = dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        }
        assertThat(overlays).as("overlays under %s", OVERLAYS).contains("local", "prod");
        return overlays.stream().map(name -> dynamicTest(name, () -> checkCommon(name, render(name))));
    }

    @Test
    void prodRunsTheNativeImageAgainstARoutedCluster() {
        Rendered prod = render("prod");
        Map<String, Object> container = apiContainer(prod);
        assertThat(image(container)).endsWith("-native");
        assertThat(mebibytes(str(at(container, "resources", "limits", "memory")))).isBetween(64L, 256L);
        assertThat(mebibytes(str(at(container, "resources", "requests", "memory")))).isBetween(32L, 256L);
        // A CPU limit, and the native process told how many processors it has (pools size themselves from it).
        String cpuLimit = str(at(container, "resources", "limits", "cpu"));
        assertThat(cpuLimit).as("native CPU limit").isNotBlank();
        assertThat(list(container.get("args"))).as("native args").contains("-XX:ActiveProcessorCount="
                + (int) Math.max(1, Math.floor(cores(cpuLimit))));
        // neo4j:// at a fully qualified *.cluster.local host: the 5.x chart then leaves routing to the driver.
        String namespace = str(at(prod.one("Deployment"), "metadata", "namespace"));
        assertThat(configData(prod).get("QUARKUS_NEO4J_URI"))
                .isEqualTo("neo4j://" + NEO4J_NAME + "-headless." + namespace + ".svc.cluster.local:7687");
        // The driver pool against one server's Bolt threads (cluster-values.yaml), with room for Job, backup, analysts.
        int pool = Integer.parseInt(configData(prod).get("QUARKUS_NEO4J_POOL_MAX_CONNECTION_POOL_SIZE"));
        int maxPods = ((Number) at(prod.one("HorizontalPodAutoscaler"), "spec", "maxReplicas")).intValue();
        assertThat(maxPods * pool).as("pods x pool").isLessThanOrEqualTo(boltThreads() - 50);
        // CORS for the real frontends only.
        assertThat(configData(prod).get("QUARKUS_HTTP_CORS_ORIGINS")).startsWith("https://")
                .doesNotContain("*").doesNotContain("localhost");
        // HTTPS at the Ingress, for the host the CORS origin names.
        Map<String, Object> ingress = prod.one("Ingress");
        Map<String, Object> tls = map(list(at(ingress, "spec", "tls")).get(0));
        assertThat(str(tls.get("secretName"))).isNotBlank();
        assertThat(configData(prod).get("QUARKUS_HTTP_CORS_ORIGINS")).contains("https://" + list(tls.get("hosts")).get(0));
        // Nightly backups, admitted to the backup port of the Neo4j pods and nowhere else.
        Map<String, Object> backup = prod.one("CronJob");
        Map<String, Object> backupLabels = map(at(backup, "spec", "jobTemplate", "spec", "template", "metadata", "labels"));
        Map<String, Object> neo4jPolicy = prod.all("NetworkPolicy").stream()
                .filter(p -> NEO4J_NAME.equals(at(p, "spec", "podSelector", "matchLabels", "helm.neo4j.com/neo4j.name")))
                .findFirst().orElseThrow();
        assertThat(list(at(neo4jPolicy, "spec", "ingress")).stream().map(KustomizeOverlaysTest::map)
                .filter(rule -> list(rule.get("ports")).stream().anyMatch(p -> Objects.equals(map(p).get("port"), 6362))))
                .singleElement()
                .satisfies(rule -> assertThat(backupLabels).containsAllEntriesOf(
                        map(at(map(list(rule.get("from")).get(0)), "podSelector", "matchLabels"))));
        assertThat(configData(prod).get("QUARKUS_NEO4J_URI")).startsWith("neo4j://").contains(NEO4J_NAME);
        assertThat(configData(prod).get("QUARKUS_LOG_CONSOLE_JSON_ENABLED")).isEqualTo("true");
        Map<String, Object> hpa = prod.one("HorizontalPodAutoscaler");
        assertThat(((Number) at(hpa, "spec", "minReplicas")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(((Number) at(hpa, "spec", "maxReplicas")).intValue())
                .isGreaterThan(((Number) at(hpa, "spec", "minReplicas")).intValue());
        assertThat(at(prod.one("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);
    }

    @Test
    void localRunsTheJvmImageAgainstAStandaloneServer() {
        Rendered local = render("local");
        Map<String, Object> container = apiContainer(local);
        assertThat(image(container)).doesNotEndWith("-native");
        assertThat(mebibytes(str(at(container, "resources", "limits", "memory")))).isGreaterThanOrEqualTo(512L);
        assertThat(configData(local).get("QUARKUS_NEO4J_URI")).startsWith("bolt://").contains(NEO4J_NAME);
        assertThat(configData(local).get("QUARKUS_LOG_CONSOLE_JSON_ENABLED")).isEqualTo("false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void neo4jHelmValuesUseTheExistingSecretAndMatchTheManifests() throws IOException {
        for (String file : List.of("standalone-values.yaml", "cluster-values.yaml")) {
            Path path = ROOT.resolve("k8s/neo4j").resolve(file);
            String text = Files.readString(path);
            Map<String, Object> values = (Map<String, Object>) yaml().load(text);
            Map<String, Object> neo4j = (Map<String, Object>) values.get("neo4j");
            assertThat(neo4j.get("name")).as(file).isEqualTo(NEO4J_NAME);
            assertThat(neo4j.get("passwordFromSecret")).as(file).isEqualTo("policy-graph-db-auth");
            assertThat(neo4j).as(file + ": no inline password").doesNotContainKey("password");
            assertThat(str(at(values, "volumes", "data", "mode"))).as(file).isNotBlank();
            assertThat(at(values, "services", "neo4j", "enabled")).as(file + ": no LoadBalancer").isEqualTo(false);
            if (file.startsWith("cluster")) {
                assertThat(neo4j.get("edition")).isEqualTo("enterprise");
                assertThat(neo4j.get("minimumClusterSize")).isEqualTo(3);
                assertThat(neo4j).as(file + ": the operator accepts the licence (--set), it is not committed")
                        .doesNotContainKey("acceptLicenseAgreement");
                assertThat(at(values, "config", "server.backup.listen_address")).isEqualTo("0.0.0.0:6362");
                assertThat(at(values, "config", "initial.dbms.default_primaries_count")).isEqualTo("3");
            } else {
                assertThat(neo4j.get("edition")).isEqualTo("community");
            }
            // Analysts: a server-side transaction timeout, and the service's style and guide on connect.
            assertThat(str(at(values, "config", "db.transaction.timeout"))).as(file).isNotBlank();
            assertThat(str(at(values, "config", "browser.post_connect_cmd"))).as(file).contains("/browser/guide.html");
        }
    }

    // ---- checks shared by every overlay --------------------------------------------------------------------

    private static void checkCommon(String overlay, Rendered r) {
        assertThat(r.kinds()).as(overlay).contains("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler",
                "PodDisruptionBudget", "NetworkPolicy", "Job");

        // One namespace for everything, and not "default".
        List<Object> namespaces = r.docs.stream().map(d -> at(d, "metadata", "namespace")).distinct().toList();
        assertThat(namespaces).as(overlay + ": namespaces").hasSize(1);
        assertThat(str(namespaces.get(0))).as(overlay).isNotBlank().isNotEqualTo("default");

        // No Secret is rendered and no credential is written anywhere in the output.
        assertThat(r.kinds()).as(overlay + ": Secrets are created out of band").doesNotContain("Secret");
        assertThat(LITERAL_PASSWORD.matcher(r.text).results().map(m -> m.group()).toList())
                .as(overlay + ": literal credentials in the rendered YAML").isEmpty();
        assertThat(configData(r).keySet()).as(overlay + ": ConfigMap keys")
                .noneMatch(k -> k.matches("(?i).*(PASSWORD|SECRET|TOKEN).*"));
        assertThat(configData(r).get("QUARKUS_NEO4J_AUTHENTICATION_DISABLED")).isEqualTo("false");

        Map<String, Object> deployment = r.one("Deployment");
        assertThat(at(deployment, "spec", "replicas")).as(overlay + ": replicas belong to the HPA").isNull();
        Map<String, Object> podSpec = map(at(deployment, "spec", "template", "spec"));
        Map<String, Object> api = apiContainer(r);
        checkPodSecurity(overlay + " Deployment", podSpec, api);

        assertThat(str(at(api, "readinessProbe", "httpGet", "path"))).isEqualTo("/q/health/ready");
        assertThat(str(at(api, "livenessProbe", "httpGet", "path"))).isEqualTo("/q/health/live");
        assertThat(str(at(api, "startupProbe", "httpGet", "path"))).isEqualTo("/q/health/started");
        assertThat(list(api.get("ports"))).extracting(p -> map(p).get("containerPort")).containsExactly(8080);
        assertThat(env(api, "POLICY_GRAPH_SEED_ON_START")).isEqualTo("false");
        checkCredentialsFromSecret(overlay + " Deployment", api);
        assertThat(str(at(api, "resources", "limits", "memory"))).as(overlay + ": memory limit").isNotBlank();
        assertThat(str(at(api, "resources", "requests", "memory"))).as(overlay + ": memory request").isNotBlank();
        checkImage(overlay, image(api));
        Map<String, Object> podAnnotations = map(at(deployment, "spec", "template", "metadata", "annotations"));
        assertThat(podAnnotations).containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/q/metrics");

        // Seed Job: same image, seed-only mode, same hardening, and credentials by reference.
        Map<String, Object> job = r.one("Job");
        Map<String, Object> jobPod = map(at(job, "spec", "template", "spec"));
        Map<String, Object> seed = map(list(jobPod.get("containers")).get(0));
        assertThat(env(seed, "POLICY_GRAPH_SEED_ONLY")).isEqualTo("true");
        // One migrate Job per release: named after the image tag, so a new image never meets the old immutable Job.
        String tag = image(api).substring(image(api).lastIndexOf(':') + 1);
        assertThat(str(at(job, "metadata", "name"))).as(overlay + ": migrate Job name")
                .isEqualTo("policy-graph-migrate-" + tag.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        assertThat(env(seed, "POLICY_GRAPH_SEED_ON_START")).isEqualTo("true");
        assertThat(image(seed)).isEqualTo(image(api));
        assertThat(str(jobPod.get("restartPolicy"))).isIn("OnFailure", "Never");
        checkPodSecurity(overlay + " Job", jobPod, seed);
        checkCredentialsFromSecret(overlay + " Job", seed);

        // Service, HPA and PDB point at the API pods, not at the seed Job's.
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        Map<String, Object> jobLabels = map(at(job, "spec", "template", "metadata", "labels"));
        Map<String, Object> service = r.one("Service");
        assertThat(podLabels).containsAllEntriesOf(map(at(service, "spec", "selector")));
        assertThat(jobLabels).as("the Service must not select the seed Job").isNotEqualTo(podLabels)
                .doesNotContainEntry("app.kubernetes.io/component", "api");
        assertThat(list(at(service, "spec", "ports"))).extracting(p -> map(p).get("targetPort")).containsExactly("http");
        assertThat(podLabels).containsAllEntriesOf(map(at(r.one("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
        Map<String, Object> hpa = r.one("HorizontalPodAutoscaler");
        assertThat(at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(at(deployment, "metadata", "name"));

        checkNetworkPolicies(overlay, r, podLabels, jobLabels);
    }

    private static void checkPodSecurity(String what, Map<String, Object> podSpec, Map<String, Object> container) {
        assertThat(at(podSpec, "securityContext", "runAsNonRoot")).as(what + " runAsNonRoot").isEqualTo(true);
        assertThat(at(podSpec, "securityContext", "seccompProfile", "type")).as(what + " seccomp").isEqualTo("RuntimeDefault");
        assertThat(at(podSpec, "automountServiceAccountToken")).as(what + " SA token").isEqualTo(false);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).as(what + " read-only root").isEqualTo(true);
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).as(what).isEqualTo(false);
        assertThat(at(container, "securityContext", "runAsNonRoot")).as(what).isEqualTo(true);
        assertThat(list(at(container, "securityContext", "capabilities", "drop"))).as(what + " capabilities").containsExactly("ALL");
        assertThat(at(container, "securityContext", "capabilities", "add")).as(what).isNull();
        // /tmp is a writable emptyDir (the root filesystem is read-only).
        String tmpVolume = list(container.get("volumeMounts")).stream().map(KustomizeOverlaysTest::map)
                .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> str(m.get("name"))).findFirst().orElse(null);
        assertThat(tmpVolume).as(what + " /tmp mount").isNotNull();
        assertThat(list(podSpec.get("volumes")).stream().map(KustomizeOverlaysTest::map)
                .filter(v -> tmpVolume.equals(v.get("name"))).findFirst().orElseThrow())
                .as(what + " /tmp volume").containsKey("emptyDir");
    }

    private static void checkCredentialsFromSecret(String what, Map<String, Object> container) {
        for (String name : List.of("QUARKUS_NEO4J_AUTHENTICATION_USERNAME", "QUARKUS_NEO4J_AUTHENTICATION_PASSWORD")) {
            Map<String, Object> entry = envEntry(container, name).orElseThrow(() -> new AssertionError(what + ": no " + name));
            assertThat(entry).as(what + " " + name + " has no literal value").doesNotContainKey("value");
            assertThat(at(entry, "valueFrom", "secretKeyRef", "name")).as(what + " " + name).isEqualTo(CREDENTIALS_SECRET);
        }
        assertThat(list(container.get("env"))).as(what + ": every *PASSWORD* variable comes from a Secret")
                .map(KustomizeOverlaysTest::map)
                .filteredOn(e -> str(e.get("name")).toUpperCase().contains("PASSWORD"))
                .allSatisfy(e -> assertThat(at(e, "valueFrom", "secretKeyRef")).isNotNull());
    }

    private static void checkImage(String overlay, String image) {
        assertThat(image).as(overlay + ": the overlay sets the image").isNotEqualTo(PLACEHOLDER_IMAGE);
        String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
        assertThat(afterRegistry).as(overlay + ": explicit tag").contains(":");
        assertThat(image).as(overlay).doesNotEndWith(":latest");
    }

    private static void checkNetworkPolicies(String overlay, Rendered r, Map<String, Object> apiLabels, Map<String, Object> jobLabels) {
        List<Map<String, Object>> policies = r.all("NetworkPolicy");

        // Neo4j: Bolt only from policy-graph pods (API and seed Job); no rule opens 7687 to everyone.
        Map<String, Object> neo4j = policies.stream()
                .filter(p -> NEO4J_NAME.equals(at(p, "spec", "podSelector", "matchLabels", "helm.neo4j.com/neo4j.name")))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no NetworkPolicy for the Neo4j pods"));
        assertThat(list(at(neo4j, "spec", "policyTypes"))).contains("Ingress");
        List<Map<String, Object>> rules = list(at(neo4j, "spec", "ingress")).stream().map(KustomizeOverlaysTest::map).toList();
        assertThat(rules).as(overlay + ": every Neo4j ingress rule names its sources").allSatisfy(rule -> assertThat(list(rule.get("from"))).isNotEmpty());
        Map<String, Object> boltRule = rules.stream()
                .filter(rule -> list(rule.get("ports")).stream().anyMatch(p -> Objects.equals(map(p).get("port"), 7687)))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Bolt rule"));
        Map<String, Object> boltSource = map(at(map(list(boltRule.get("from")).get(0)), "podSelector", "matchLabels"));
        assertThat(apiLabels).as("API pods may reach Bolt").containsAllEntriesOf(boltSource);
        assertThat(jobLabels).as("seed Job pods may reach Bolt").containsAllEntriesOf(boltSource);

        // The service: ingress only on 8080.
        Map<String, Object> ingress = policies.stream()
                .filter(p -> list(at(p, "spec", "policyTypes")).contains("Ingress"))
                .filter(p -> apiLabels.entrySet().containsAll(map(at(p, "spec", "podSelector", "matchLabels")).entrySet()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no ingress NetworkPolicy for the API"));
        assertThat(list(at(ingress, "spec", "ingress")))
                .flatExtracting(rule -> list(map(rule).get("ports")))
                .extracting(p -> map(p).get("port"))
                .containsOnly(8080);

        // The service's egress: Neo4j Bolt, DNS, and HTTPS for the identity provider's JWT key set.
        Map<String, Object> egress = policies.stream()
                .filter(p -> list(at(p, "spec", "policyTypes")).contains("Egress"))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no egress NetworkPolicy"));
        assertThat(list(at(egress, "spec", "egress")))
                .flatExtracting(rule -> list(map(rule).get("ports")))
                .extracting(p -> map(p).get("port"))
                .containsOnly(7687, 6362, 53, 443);
    }

    /** server.bolt.thread_pool_max_size of one cluster server (cluster-values.yaml). */
    @SuppressWarnings("unchecked")
    private static int boltThreads() {
        try {
            Map<String, Object> values = (Map<String, Object>) yaml().load(
                    Files.readString(ROOT.resolve("k8s/neo4j/cluster-values.yaml")));
            return Integer.parseInt(str(at(values, "config", "server.bolt.thread_pool_max_size")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Kubernetes CPU quantity in cores ("1", "1500m"). */
    private static double cores(String quantity) {
        return quantity.endsWith("m") ? Integer.parseInt(quantity.substring(0, quantity.length() - 1)) / 1000.0
                : Double.parseDouble(quantity);
    }

    // ---- rendering and navigation ---------------------------------------------------------------------------

    private record Rendered(String text, List<Map<String, Object>> docs) {

        List<String> kinds() {
            return docs.stream().map(d -> str(d.get("kind"))).toList();
        }

        List<Map<String, Object>> all(String kind) {
            return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        }

        Map<String, Object> one(String kind) {
            List<Map<String, Object>> found = all(kind);
            assertThat(found).as("exactly one " + kind).hasSize(1);
            return found.get(0);
        }
    }

    private static Rendered render(String overlay) {
        Assumptions.assumeTrue(kubectl != null,
                "kubectl not found on PATH or in /usr/bin: KustomizeOverlaysTest skipped (install kubectl >= 1.27 to run it)");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", OVERLAYS.resolve(overlay).toString())
                    .redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            byte[] out;
            byte[] err;
            try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
                out = stdout.readAllBytes();
                err = stderr.readAllBytes();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
            String text = new String(out, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("kubectl kustomize k8s/overlays/%s exit code; stderr: %s", overlay, new String(err, StandardCharsets.UTF_8))
                    .isZero();
            List<Map<String, Object>> docs = new ArrayList<>();
            for (Object doc : yaml().loadAll(text)) {
                if (doc != null) {
                    docs.add(map(doc));
                }
            }
            assertThat(docs).as(overlay + " renders resources").isNotEmpty();
            return new Rendered(text, docs);
        } catch (IOException e) {
            throw new AssertionError("could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Map<String, Object> apiContainer(Rendered r) {
        List<Object> containers = list(at(r.one("Deployment"), "spec", "template", "spec", "containers"));
        assertThat(containers).hasSize(1);
        return map(containers.get(0));
    }

    private static Map<String, String> configData(Rendered r) {
        @SuppressWarnings("unchecked")
        Map<String, String> data = (Map<String, String>) at(r.one("ConfigMap"), "data");
        return data;
    }

    private static String image(Map<String, Object> container) {
        return str(container.get("image"));
    }

    private static Optional<Map<String, Object>> envEntry(Map<String, Object> container, String name) {
        return list(container.get("env")).stream().map(KustomizeOverlaysTest::map).filter(e -> name.equals(e.get("name"))).findFirst();
    }

    private static String env(Map<String, Object> container, String name) {
        return envEntry(container, name).map(e -> str(e.get("value"))).orElse(null);
    }

    /** Follows keys through nested maps; null when any step is missing. */
    private static Object at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** Kubernetes memory quantity in MiB (Ki, Mi, Gi, or plain bytes). */
    private static long mebibytes(String quantity) {
        var m = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(quantity);
        assertThat(m.matches()).as("memory quantity %s", quantity).isTrue();
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        return switch (unit) {
            case "Ki" -> n / 1024;
            case "Mi" -> n;
            case "Gi" -> n * 1024;
            default -> n / (1024 * 1024);
        };
    }
}
