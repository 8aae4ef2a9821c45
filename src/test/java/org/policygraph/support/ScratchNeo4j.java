package org.policygraph.support;

import java.util.List;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.policygraph.graph.GraphSchema;

/**
 * One in-process Neo4j for the tests that build a graph of their own without the service (schema migrations, PROFILE
 * of page statements, concurrent writers): started once per test JVM, emptied — data, constraints and indexes — for
 * each test that asks. Starting a server costs about ten seconds; emptying one costs well under one.
 */
public final class ScratchNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;
    /** Set while the graph holds every migration as {@link #emptyWithSchema()} applied it; {@link #empty()} clears it. */
    private static boolean schemaApplied;

    private ScratchNeo4j() {
    }

    /** A driver to an empty graph with no schema (only Neo4j's own token lookup indexes). Do not close it. */
    public static synchronized Driver empty() {
        start();
        schemaApplied = false;
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            for (String constraint : session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString())) {
                session.run("DROP CONSTRAINT `" + constraint + "`").consume();
            }
            List<String> indexes = session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
                    .list(r -> r.get(0).asString());
            for (String index : indexes) {
                session.run("DROP INDEX `" + index + "`").consume();
            }
        }
        return driver;
    }

    /**
     * A driver to an empty graph with the service's schema ({@link GraphSchema#apply}). When the previous test asked
     * for the same, only its data is deleted: applying every migration to an empty graph costs seconds, and a graph
     * emptied of data after the migrations is the graph they make. Do not close it.
     */
    public static synchronized Driver emptyWithSchema() {
        start();
        if (!schemaApplied) {
            empty();
            GraphSchema.apply(driver);
            schemaApplied = true;
            return driver;
        }
        try (Session session = driver.session()) {
            session.run("""
                    MATCH (n) WHERE NOT n:__SchemaMigration
                    CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
        }
        return driver;
    }

    private static void start() {
        if (neo4j == null) {
            neo4j = Neo4jTestResource.inProcess(64);
            driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        }
    }
}
