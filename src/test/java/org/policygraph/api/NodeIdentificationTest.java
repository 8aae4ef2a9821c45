package org.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Relay Global Object Identification: every type with an id implements Node, ids are "<Type>:<key>", unique across
 * types, and node(id:)/nodes(ids:) fetch any of them again. The bare keys clients used before keep working as
 * arguments.
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class NodeIdentificationTest {

    /** One or more objects of every public Node type, from the seed graph. */
    private static final String ONE_OF_EACH = """
            { documents { id __typename }
              measures(first: 3) { nodes { id __typename indicators { id __typename } } }
              indicators(first: 3) { nodes { id __typename } }
              departments(first: 3) { nodes { id __typename } }
              parks(first: 3) { nodes { id __typename } }
              initiatives { id __typename }
              document(id: "001") { sections { id __typename } } }""";

    @Test
    void everyIdIsItsTypeAColonAndItsKeyAndNoTwoObjectsShareOne() {
        List<Map<String, Object>> objects = everyObject();
        assertThat(objects).extracting(o -> o.get("__typename")).contains("Document", "Measure", "Indicator",
                "Department", "Park", "Initiative", "Section");
        for (Map<String, Object> o : objects) {
            assertThat((String) o.get("id")).startsWith(o.get("__typename") + ":");
        }
        assertThat(new HashSet<>(objects.stream().map(o -> o.get("id")).toList()))
                .as("distinct ids").hasSameSizeAs(objects.stream().map(o -> List.of(o.get("id"), o.get("__typename"))).distinct().toList());
    }

    @Test
    void nodesFetchesEveryObjectAgainByItsIdInTheOrderAsked() {
        List<Map<String, Object>> objects = everyObject().stream().distinct().toList();
        List<String> ids = objects.stream().map(o -> (String) o.get("id")).toList();
        JsonPath answer = GraphQL.post("query($ids: [String!]!) { nodes(ids: $ids) { __typename id } }",
                Map.of("ids", ids)).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        assertThat(answer.<Map<String, Object>>getList("data.nodes")).isEqualTo(objects);
    }

    @Test
    void nodeAnswersWithTheTypesOwnFields() {
        GraphQL.post("""
                { node(id: "Measure:003/附件-12") { __typename id ... on Measure { number document { id } leads { name } } } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.node.__typename", equalTo("Measure"))
                .body("data.node.id", equalTo("Measure:003/附件-12"))
                .body("data.node.number", equalTo("12"))
                .body("data.node.document.id", equalTo("Document:003"))
                .body("data.node.leads.name", hasItem("市商务局"));
    }

    @Test
    void unknownIdsBareKeysAndOtherTypesKeysGiveNull() {
        GraphQL.post("""
                { nodes(ids: ["Measure:003/no-such-row", "003/附件-12", "Department:003/附件-12", "Nonsense:1", ":", "Measure:"]) { id } }""")
                .statusCode(200).body("errors", nullValue())
                .body("data.nodes", contains(nullValue(), nullValue(), nullValue(), nullValue(), nullValue(), nullValue()));
    }

    @Test
    void argumentsTakeTheGlobalIdOrTheBareKey() {
        String query = "query($id: ID!, $key: String) { document(id: $id) { id } measures(filter: {documentId: $key}) { totalCount } "
                + "indicators(filter: {documentId: $key}) { totalCount } departments(filter: {documentId: $key}) { totalCount } }";
        JsonPath bare = GraphQL.post(query, Map.of("id", "002", "key", "002")).statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        JsonPath global = GraphQL.post(query, Map.of("id", "Document:002", "key", "Document:002")).statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        assertThat(global.getMap("data")).isEqualTo(bare.getMap("data"));
        assertThat(bare.getString("data.document.id")).isEqualTo("Document:002");
        assertThat(bare.getInt("data.measures.totalCount")).isPositive();
        assertThat(bare.getInt("data.indicators.totalCount")).isPositive();
        for (String id : List.of("003/附件-12", "Measure:003/附件-12")) {
            GraphQL.post("query($id: ID!) { measure(id: $id) { id } }", Map.of("id", id))
                    .statusCode(200).body("errors", nullValue()).body("data.measure.id", equalTo("Measure:003/附件-12"));
        }
        String section = GraphQL.post("{ document(id: \"001\") { sections { id } } }").extract()
                .path("data.document.sections[0].id");
        assertThat(section).startsWith("Section:001/");
        for (String id : List.of(section, section.substring("Section:".length()))) {
            GraphQL.post("query($id: ID!) { section(id: $id) { id } }", Map.of("id", id))
                    .statusCode(200).body("errors", nullValue()).body("data.section.id", equalTo(section));
        }
        GraphQL.post("{ document(id: \"Measure:003\") { id } }").statusCode(200).body("errors", nullValue())
                .body("data.document", nullValue());
    }

    @Test
    void changeRecordsStayEditorsOnly() {
        GraphQL.post("{ node(id: \"Change:00000000-0000-0000-0000-000000000000\") { id } }")
                .statusCode(200).body("data.node", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void moreThanAHundredIdsAreRefused() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add("Measure:003/附件-" + i);
        }
        GraphQL.post("query($ids: [String!]!) { nodes(ids: $ids) { id } }", Map.of("ids", ids))
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> everyObject() {
        JsonPath answer = GraphQL.post(ONE_OF_EACH).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> all = new ArrayList<>();
        all.addAll(answer.getList("data.documents"));
        for (Map<String, Object> m : answer.<Map<String, Object>>getList("data.measures.nodes")) {
            all.add(Map.of("id", m.get("id"), "__typename", m.get("__typename")));
            all.addAll((List<Map<String, Object>>) m.get("indicators"));
        }
        all.addAll(answer.getList("data.indicators.nodes"));
        all.addAll(answer.getList("data.departments.nodes"));
        all.addAll(answer.getList("data.parks.nodes"));
        all.addAll(answer.getList("data.initiatives"));
        all.addAll(answer.getList("data.document.sections"));
        return all;
    }
}
