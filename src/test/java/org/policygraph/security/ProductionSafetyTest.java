package org.policygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Which settings the prod profile refuses (the refusal itself: it.ProductionSafetyIT, on the packaged jar). */
class ProductionSafetyTest {

    static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void productionSettingsPass() {
        assertThat(ProductionSafety.problems(config(Map.of(
                "quarkus.neo4j.authentication.disabled", "false",
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", "https://policy.example.org,https://explorer.example.org")))).isEmpty();
    }

    @Test
    void laptopSettingsAreNamedOneByOne() {
        assertThat(ProductionSafety.problems(config(Map.of(
                "quarkus.neo4j.authentication.disabled", "true",
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", "https://policy.example.org,http://localhost:5173,*",
                "quarkus.security.users.embedded.users.editor", "secret"))))
                .hasSize(4)
                .anyMatch(p -> p.contains("authentication is disabled"))
                .anyMatch(p -> p.contains("'http://localhost:5173'"))
                .anyMatch(p -> p.contains("'*'"))
                .anyMatch(p -> p.contains("[editor]"));
    }

    @Test
    void originsThatOpenToAnyoneOrToThisMachineAreUnsafe() {
        assertThat(ProductionSafety.unsafeOrigin("*")).isTrue();
        assertThat(ProductionSafety.unsafeOrigin("/https://.*/")).isTrue();
        assertThat(ProductionSafety.unsafeOrigin("http://127.0.0.1:3000")).isTrue();
        assertThat(ProductionSafety.unsafeOrigin("http://[::1]:8080")).isTrue();
        assertThat(ProductionSafety.unsafeOrigin("https://localhost")).isTrue();
        assertThat(ProductionSafety.unsafeOrigin("https://localhost.example.org")).isFalse();
        assertThat(ProductionSafety.unsafeOrigin("https://policy.example.org")).isFalse();
    }
}
