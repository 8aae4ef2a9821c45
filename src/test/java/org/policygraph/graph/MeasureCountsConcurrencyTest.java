package org.policygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.policygraph.support.ScratchNeo4j;

/**
 * The measure counts (seed/measure-counts) and facet counts (seed/measure-facet-counts) under concurrent writers:
 * writers of different documents whose measures one department leads add to its counts at the same time, and no
 * increment is lost (the SET reads the count it increments, so Neo4j locks the node before the read).
 */
class MeasureCountsConcurrencyTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 25;
    private static final int MEASURES = 10;

    private static Driver driver;

    @BeforeAll
    static void start() {
        driver = ScratchNeo4j.emptyWithSchema();
        try (Session session = driver.session()) {
            // more than 50 relationships: a dense node, whose relationships Neo4j lets concurrent writers add
            session.run("""
                    CREATE (d:Department {id: 'shared'})
                    WITH d
                    UNWIND range(1, $writers) AS w
                    UNWIND range(1, $measures) AS s
                    CREATE (d)-[:LEADS]->(:Measure {id: 'w' + w + '/' + s, documentId: 'w' + w, seq: s})
                    """, Map.of("writers", WRITERS, "measures", MEASURES)).consume();
        }
    }

    @Test
    void concurrentWritersTouchingOneDepartmentLoseNoIncrement() throws Exception {
        writeConcurrently("seed/measure-counts");
        try (Session session = driver.session()) {
            long led = session.run("MATCH (d:Department {id: 'shared'}) RETURN d.measuresLed AS led").single()
                    .get("led").asLong();
            assertThat(led).isEqualTo((long) WRITERS * ROUNDS * MEASURES);
        }
    }

    /** The facet counts (seed/measure-facet-counts): every writer adds to the shared department's and the root's. */
    @Test
    void concurrentWritersTouchingOneFacetCountLoseNoIncrement() throws Exception {
        writeConcurrently("seed/measure-facet-counts");
        try (Session session = driver.session()) {
            for (String key : List.of("LED_BY|shared|hasIndicator|false", "ALL||leadDepartments|shared")) {
                long count = session.run("MATCH (c:MeasureFacetCount {key: $key}) RETURN c.count AS count",
                        Map.of("key", key)).single().get("count").asLong();
                assertThat(count).as(key).isEqualTo((long) WRITERS * ROUNDS * MEASURES);
            }
        }
    }

    /** Each writer adds its own document ROUNDS times with the statement, all writers at once. */
    private static void writeConcurrently(String statement) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 1; w <= WRITERS; w++) {
                String documentId = "w" + w;
                writers.add(pool.submit(() -> {
                    try (Session session = driver.session()) {
                        for (int round = 0; round < ROUNDS; round++) {
                            session.executeWriteWithoutResult(tx -> tx.run(Cypher.statement(statement),
                                    Map.of("documentIds", List.of(documentId), "sign", 1)).consume());
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
