package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's raw-Cypher floor runs the statements the service runs: its copy of the fragments must not drift. */
class MeasurePrefetchTest {

    @Test
    void theBenchmarkFloorUsesTheServicesPrefetchAndParentFragments() throws IOException {
        String bench = Files.readString(Path.of("bench", "bench.mjs"));
        for (MeasurePrefetch prefetch : MeasurePrefetch.values()) {
            assertThat(bench).as(prefetch.name()).contains("'" + prefetch.projection + "'");
        }
        for (PageParent parent : PageParent.values()) {
            if (parent == PageParent.NONE) {
                continue; // empty fragments
            }
            assertThat(bench).as(parent.name()).contains("'" + parent.projection + "'")
                    .contains("'" + parent.match.replace("\n", "\\n") + "'");
        }
        // The properties api.CompiledQueries asks for Q1 and Q2 (id, text, and what is prefetched), Q3 (id, number,
        // text, leads) and Q4 (a hit's measure id and text).
        assertThat(bench).contains("'" + MeasureProperties.of(List.of("id", "text", "document"), ".id") + "'");
        assertThat(bench).contains("'" + MeasureProperties.of(List.of("id", "number", "text", "leads"), ".id") + "'");
        assertThat(bench).contains("'" + MeasureProperties.of(List.of("id", "text"), ".id", ".documentId", ".title",
                ".text") + "'");
    }
}
