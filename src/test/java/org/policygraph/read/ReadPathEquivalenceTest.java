package org.policygraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policygraph.api.resolve.CompiledQueries;
import org.policygraph.read.shape.Shapes;
import org.policygraph.support.GraphQL;
import org.policygraph.support.Neo4jTestResource;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every field the shapes declare, on every type a root field finds, generated from the schema (not hand-picked),
 * read three ways on the seed graph, with the same answer: by the engine-free path (one statement), by the engine
 * with the field folded into its root field's statement, and by the engine with the field read alone for its parent
 * (the parent found by node(id), whose statement carries no nested fields).
 */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class ReadPathEquivalenceTest {

    @Inject
    CompiledQueries compiled;

    /** A root field finding one object of each type on the seed graph. */
    private static final List<String[]> ROOTS = List.of(
            new String[] { "Document", "document(id: \"003\")" },
            new String[] { "Document", "document(id: \"002\")" },
            new String[] { "Measure", "measure(id: \"003/附件-12\")" },
            new String[] { "Measure", "measure(id: \"002/二(一)3\")" },
            new String[] { "Section", "section(id: \"001/二(一)\")" },
            new String[] { "Section", "section(id: \"002/三\")" }, // roles of departments and of a generic actor
            new String[] { "GenericActor", "genericActor(name: \"各相关部门\")" },
            new String[] { "Department", "department(name: \"市商务局\")" },
            new String[] { "Park", "park(name: \"东湖新技术开发区\")" },
            new String[] { "Initiative", "initiative(name: \"设计之都\")" },
            new String[] { "Metric", "metric(name: \"服务外包规模\")" });

    static Stream<Arguments> fields() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] root : ROOTS) {
            GraphQLObjectType type = ReadPlanSnapshotTest.SCHEMA.getObjectType(root[0]);
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                if (Shapes.field(root[0], field.getName()) != null && !field.getName().equals("id")) {
                    cases.add(Arguments.of(root[0], root[1], field.getName() + selection(field)));
                }
            }
        }
        return cases.stream();
    }

    /** Arguments and sub-selection for a field: a connection's first page, an object's scalar fields. */
    private static String selection(GraphQLFieldDefinition field) {
        GraphQLType type = unwrap(field.getType());
        if (!(type instanceof GraphQLObjectType object)) {
            return "";
        }
        if (object.getFieldDefinition("pageInfo") != null) {
            return "(first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { "
                    + scalars((GraphQLObjectType) unwrap(object.getFieldDefinition("nodes").getType())) + " } }";
        }
        return " { " + scalars(object) + " }";
    }

    private static String scalars(GraphQLObjectType type) {
        String scalars = type.getFieldDefinitions().stream()
                .filter(f -> unwrap(f.getType()) instanceof GraphQLScalarType || unwrap(f.getType()) instanceof GraphQLEnumType)
                .map(GraphQLFieldDefinition::getName).collect(Collectors.joining(" "));
        return type.getFieldDefinition("source") != null ? scalars + " source { location quote }" : scalars;
    }

    private static GraphQLType unwrap(GraphQLType type) {
        while (type instanceof GraphQLNonNull || type instanceof GraphQLList) {
            type = type instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) type).getWrappedType();
        }
        return type;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("fields")
    void isTheSameHoweverItIsRead(String type, String root, String field) {
        String id = GraphQL.post("{ x: " + root + " { id } }").statusCode(200).extract().jsonPath().getString("data.x.id");
        assertThat(id).as("the seed has " + root).isNotNull();

        long answered = compiled.answered();
        String planned = GraphQL.post("{ x: " + root + " { id " + field + " } }").statusCode(200)
                .body("errors", nullValue()).extract().asString();
        assertThat(compiled.answered() - answered).as("answered without the engine").isEqualTo(1);
        String folded = GraphQL.post("{ x: " + root + " @include(if: true) { id " + field + " } }").statusCode(200)
                .body("errors", nullValue()).extract().asString();
        String alone = GraphQL.post("{ x: node(id: \"" + id + "\") { id ... on " + type + " { " + field + " } } }")
                .statusCode(200).body("errors", nullValue()).extract().asString();

        assertThat(planned).isEqualTo(folded);
        assertThat(alone).isEqualTo(folded);
    }
}
