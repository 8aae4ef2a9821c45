package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema is a contract with frontend teams: the served schema must equal the checked-in schema.graphql.
 * An intended change is made by copying target/served-schema.graphql (written by this test) over schema.graphql.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class SchemaContractTest {

    private static final Path CHECKED_IN = Path.of("schema.graphql");
    private static final Path SERVED = Path.of("target", "served-schema.graphql");

    @Test
    void servedSchemaEqualsCheckedInSchema() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        String expected = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN, StandardCharsets.UTF_8) : "";
        assertThat(served.strip())
                .as("served schema differs from schema.graphql; if the change is intended: cp %s %s", SERVED, CHECKED_IN)
                .isEqualTo(expected.strip());
    }

    @Test
    void everyTypeAndFieldOfTheContractIsDescribedOrSelfExplanatory() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (String type : new String[] {"Document", "Measure", "Department", "Park", "Initiative", "Indicator",
                "Source", "SearchHit", "DepartmentRole", "Section"}) {
            Matcher declaration = Pattern.compile("type " + type + "( implements [A-Za-z& ]+)? \\{").matcher(served);
            int at = declaration.find() ? declaration.start() : -1;
            assertThat(at).as("type %s is served", type).isPositive();
            assertThat(served.substring(Math.max(0, at - 400), at)).as("type %s has a description", type).contains("\"");
        }
    }
}
