package org.policygraph.read;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.policygraph.graph.GraphSchema;
import org.policygraph.read.plan.ReadPlan;
import org.policygraph.support.Neo4jTestResource;

class ScratchPlanTimingTest {
    @Test
    void time() {
        Neo4j neo4j = Neo4jTestResource.inProcess(64);
        try (Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            GraphSchema.apply(driver);
            for (String q : List.of(System.getProperty("q").split("\\|\\|"))) {
                ReadPlan plan = ReadPlanSnapshotTest.plan(q);
                for (int i = 0; i < 4; i++) {
                    long t = System.nanoTime();
                    try (Session s = driver.session()) {
                        s.run(plan.cypher() + (i < 3 ? " // " + i : ""), plan.parameters()).list();
                    }
                    System.out.println("TIMING " + (System.nanoTime() - t) / 1_000_000 + " ms: " + q);
                }
            }
        }
        neo4j.close();
    }
}
