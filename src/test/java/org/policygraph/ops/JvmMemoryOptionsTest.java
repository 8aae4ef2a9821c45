package org.policygraph.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The JVM image, the k8s JVM overlay and the scripts run the service with the same memory options (measured in BENCHMARKS.md). */
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

    /**
     * The scripts that start the jar on a machine (the local run, the benchmark, the load and fault runs) take the
     * image's options from bin/jvm-memory-options, which reads them from the Dockerfile: one declaration.
     */
    @Test
    void theScriptsRunTheJarWithTheImagesOptions() throws IOException, InterruptedException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        StringBuilder expected = new StringBuilder(value(dockerfile, "ENV GC_CONTAINER_OPTIONS=\"?([^\"\n]*)\"?"));
        for (String option : value(dockerfile, "ENV JAVA_OPTS_APPEND=\"([^\"]*)\"").split("\\s+")) {
            if (option.startsWith("-X")) {
                expected.append(' ').append(option);
            }
        }
        assertThat(run("bin/jvm-memory-options")).isEqualTo(expected.toString());
        assertThat(run("bin/jvm-memory-options", "--malloc-arena-max"))
                .isEqualTo(value(dockerfile, "ENV MALLOC_ARENA_MAX=\"?([^\"\n]*)\"?"));
        for (String script : new String[] {"bin/local-run", "bench/bench.mjs", "bench/reliability-setup.sh", "bench/memory.mjs"}) {
            assertThat(Files.readString(Path.of(script))).as(script).contains("jvm-memory-options");
        }
        assertThat(Files.readString(Path.of("bin/local-run"))).contains("java $(bin/jvm-memory-options)");
        assertThat(Files.readString(Path.of("bench/reliability-setup.sh")))
                .contains("REL_SERVICE_MEMORY=${REL_SERVICE_MEMORY:-$(bin/jvm-memory-options)}")
                .doesNotContainPattern("-Xmx\\d");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static String value(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
