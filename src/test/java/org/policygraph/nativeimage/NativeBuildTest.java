package org.policygraph.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The two ways to build the native executable use one builder image, and the Dockerfile builds as non-root. */
class NativeBuildTest {

    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.native-build");

    @Test
    void theDockerfileAndTheContainerBuildUseTheSameBuilderImage() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        String builder = properties.getProperty("quarkus.native.builder-image");
        assertThat(builder).contains("mandrel-builder-image:jdk-25");
        List<String> from = Files.readAllLines(DOCKERFILE).stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from.get(0)).isEqualTo("FROM " + builder + " AS build");
    }

    @Test
    void theBuildStageRunsAsTheUnprivilegedUserInADirectoryItOwns() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        int build = lines.indexOf(lines.stream().filter(l -> l.startsWith("RUN ./mvnw -B package")).findFirst().orElseThrow());
        String lastUser = lines.subList(0, build).stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(lastUser).isEqualTo("USER quarkus");
        assertThat(lines).contains("RUN mkdir -p /code && chown quarkus:quarkus /code");
    }
}
