package org.policygraph.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The JVM image and the k8s JVM overlay run the service with the same memory options (measured in BENCHMARKS.md). */
class JvmMemoryOptionsTest {

    private static final String[] VARIABLES = {"GC_CONTAINER_OPTIONS", "MALLOC_ARENA_MAX", "JAVA_OPTS_APPEND"};

    @Test
    void theImageAndTheOverlaySetTheSameMemoryOptions() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        String overlay = Files.readString(Path.of("k8s/overlays/local/deployment-jvm.yaml"));
        for (String variable : VARIABLES) {
            String image = value(dockerfile, "ENV " + variable + "=\"?([^\"\\n]*)\"?");
            String deployment = value(overlay, "- name: " + variable + "\\s+value: \"([^\"]*)\"");
            assertThat(deployment).as(variable).isEqualTo(image);
        }
        String options = value(dockerfile, "ENV JAVA_OPTS_APPEND=\"([^\"]*)\"");
        assertThat(options).contains("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=",
                "-XX:MaxDirectMemorySize=");
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
