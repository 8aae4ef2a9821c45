package org.policygraph.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** docs/graph-model.md must name everything the seeded database reports: labels, types, properties, schema. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class GraphModelDocTest {

    static final Path DOC = Path.of("docs/graph-model.md");

    @Inject
    Driver driver;

    private List<Record> cypher(String statement) {
        return driver.executableQuery(statement).execute().records();
    }

    @Test
    void everyConstraintAndIndexIsListed() throws IOException {
        String doc = Files.readString(DOC);
        List<String> names = new ArrayList<>();
        cypher("SHOW CONSTRAINTS YIELD name RETURN name").forEach(r -> names.add(r.get("name").asString()));
        cypher("SHOW INDEXES YIELD name RETURN name").forEach(r -> names.add(r.get("name").asString()));
        assertThat(names).contains("text_search", "measure_id", "indicator_year");
        assertThat(names).allSatisfy(name -> assertThat(doc).as("docs/graph-model.md lists %s", name)
                .contains("`" + name + "`"));
    }

    @Test
    void everyLabelAndItsPropertiesAreDescribedInTheLabelsSection() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (Record r : cypher("""
                CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName
                RETURN nodeLabels[0] AS label, propertyName AS property""")) {
            String label = r.get("label").asString();
            String section = section(doc, "### " + label + "\n");
            if (section == null) {
                missing.add("section ### " + label);
            } else if (!r.get("property").isNull() && !section.contains("| `" + r.get("property").asString() + "` |")) {
                missing.add(label + "." + r.get("property").asString());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRelationshipTypeAndItsPropertiesAreDescribed() throws IOException {
        String doc = Files.readString(DOC);
        List<String> missing = new ArrayList<>();
        for (Record r : cypher("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")) {
            String type = r.get("relationshipType").asString();
            if (!doc.contains("| `" + type + "` |")) {
                missing.add("relationship table row " + type);
            }
        }
        String factSection = section(doc, "#### LEADS, SUPPORTS, COORDINATES, CONCERNS, ADVANCES, RESTATES, CITES, IMPLEMENTS\n");
        assertThat(factSection).as("the fact relationships' property table").isNotNull();
        for (Record r : cypher("""
                CALL db.schema.relTypeProperties() YIELD relType, propertyName
                WHERE propertyName IS NOT NULL
                RETURN DISTINCT substring(relType, 2, size(relType) - 3) AS type, propertyName AS property""")) {
            if (!factSection.contains(r.get("type").asString())
                    || !factSection.contains("| `" + r.get("property").asString() + "` |")) {
                missing.add(r.get("type").asString() + "." + r.get("property").asString());
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The text from a heading line to the next heading of any level, or null. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        if (start < 0) {
            return null;
        }
        int end = doc.indexOf("\n#", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
