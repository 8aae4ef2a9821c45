package org.policygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * The {@code policy-graph.*} settings: one mapping, each default defined there once; application.properties holds
 * only what differs per profile, and names nothing the mapping does not know.
 */
class PolicyGraphConfigTest {

    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    /** The mapping as SmallRye builds it from {@code values} alone (no application.properties). */
    static PolicyGraphConfig with(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PolicyGraphConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new MapBackedConfigSource("test", values, 400) {
                })
                .build();
        return config.getConfigMapping(PolicyGraphConfig.class);
    }

    @Test
    void everySettingHasItsDefaultWithNothingConfigured() {
        PolicyGraphConfig config = with(Map.of());
        assertThat(config.graph().readTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.graphql().maxDepth()).isEqualTo(10);
        assertThat(config.graphql().maxComplexity()).isEqualTo(2000);
        assertThat(config.graphql().compiled().enabled()).isTrue();
        assertThat(config.http().getCacheControl()).contains("public, max-age=60");
        assertThat(config.http().maxBodyBytes()).isEqualTo(1_048_576L);
        assertThat(config.http().apq().maxEntries()).isEqualTo(1000);
        assertThat(config.seed().onStart()).isFalse();
        assertThat(config.seed().only()).isFalse();
        assertThat(config.seed().directory()).isEmpty();
        assertThat(config.ingest().catalog()).isEmpty();
        assertThat(config.ingest().dryRun()).isFalse();
        assertThat(config.ingest().actor()).isEmpty();
        assertThat(config.subscriptions().maxPerReplica()).isEqualTo(100);
        assertThat(config.subscriptions().pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.security().anonymousReads()).as("queries are public unless locked down").isTrue();
        assertThat(config.productionSafety().enforced()).as("safe unless a profile says otherwise").isTrue();
        assertThat(config.allowLocalSettings()).isFalse();
    }

    @Test
    void settingsAreReadByTheirDocumentedNames() {
        PolicyGraphConfig config = with(Map.of(
                "policy-graph.graph.read-timeout", "500ms",
                "policy-graph.graphql.compiled.enabled", "false",
                "policy-graph.http.get-cache-control", "no-store",
                "policy-graph.http.apq.max-entries", "7",
                "policy-graph.seed.directory", "graph-seed",
                "policy-graph.subscriptions.poll-interval", "PT0.2S",
                "policy-graph.production-safety.enforced", "false",
                "policy-graph.allow-local-settings", "true"));
        assertThat(config.graph().readTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.graphql().compiled().enabled()).isFalse();
        assertThat(config.http().getCacheControl()).contains("no-store");
        assertThat(config.http().apq().maxEntries()).isEqualTo(7);
        assertThat(config.seed().directory()).contains("graph-seed");
        assertThat(config.subscriptions().pollInterval()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.productionSafety().enforced()).isFalse();
        assertThat(config.allowLocalSettings()).isTrue();
    }

    @Test
    void anEmptyValueSwitchesTheCacheControlHeaderOff() {
        assertThat(with(Map.of("policy-graph.http.get-cache-control", "")).http().getCacheControl()).isEmpty();
    }

    /** A default restated in application.properties would be a second definition, free to drift from the first. */
    @Test
    void applicationPropertiesSetsPolicyGraphValuesOnlyPerProfile() throws IOException {
        Set<String> unprofiled = new TreeSet<>();
        for (String key : properties().stringPropertyNames()) {
            if (key.startsWith("policy-graph.")) {
                unprofiled.add(key);
            }
        }
        assertThat(unprofiled).as("set in application.properties without a profile; the default belongs in "
                + "PolicyGraphConfig").isEmpty();
    }

    /** A misspelt key would be silently ignored: every policy-graph key in the file is one the mapping reads. */
    @Test
    void everyPolicyGraphKeyInApplicationPropertiesIsKnown() throws IOException {
        Properties file = properties();
        Map<String, String> unprofiled = new java.util.HashMap<>();
        for (String key : file.stringPropertyNames()) {
            String name = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (name.startsWith("policy-graph.")) {
                unprofiled.put(name, file.getProperty(key));
            }
        }
        assertThat(unprofiled).isNotEmpty();
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PolicyGraphConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(unprofiled, "application.properties", 400))
                .withValidateUnknown(true)
                .build();
        assertThat(config.getConfigMapping(PolicyGraphConfig.class)).isNotNull();
    }

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
            properties.load(reader);
        }
        return properties;
    }
}
