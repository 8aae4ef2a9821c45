package org.policygraph.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * Runs read statements in read transactions (managed, retried, and routed to followers on a cluster).
 */
public final class GraphReads {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    public GraphReads(Driver driver) {
        this.driver = driver;
    }

    public List<Record> list(String statementName, Map<String, Object> parameters) {
        return driver.executableQuery(Cypher.statement(statementName))
                .withParameters(parameters)
                .withConfig(READ)
                .execute()
                .records();
    }
}
