package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * Where the scalar-literal check looks (no Quarkus needed). The corpus shows it against the served schema, whose
 * SmallRye scalars let these literals through validation.
 */
class ScalarLiteralsTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
            type Query { measures(first: Int, filter: Filter, ids: [ID!]): [Measure] }
            type Measure { id: ID, similar(first: Int): [Measure] }
            input Filter { year: Int, hasLead: Boolean, OR: [Filter] }
            """));

    private static List<String> errors(String query) {
        return ScalarLiterals.check(SCHEMA, new Parser().parseDocument(query)).stream().map(GraphQLError::getMessage).toList();
    }

    @Test
    void validLiteralsAndVariablesPass() {
        assertThat(errors("query($n: Int = 5) { measures(first: 10, filter: {year: $n, OR: [{hasLead: true}]}, ids: [\"a\", 3]) { id } }"))
                .isEmpty();
    }

    @Test
    void argumentsNestedInputFieldsListsAndFragmentsAreChecked() {
        assertThat(errors("{ measures(first: \"10\") { id } }")).singleElement().asString()
                .startsWith("Argument 'first' of 'measures' is not a valid Int");
        assertThat(errors("{ measures(first: 99999999999) { id } }")).hasSize(1);
        assertThat(errors("{ measures(filter: {OR: [{year: 2027}, {year: \"2027\"}]}) { id } }")).singleElement().asString()
                .contains("(field 'OR') (field 'year')");
        assertThat(errors("{ ...F } fragment F on Query { measures { similar(first: 1.5) { id } } }")).singleElement().asString()
                .startsWith("Argument 'first' of 'similar'");
        assertThat(errors("{ measures { ... on Measure { similar(first: true) { id } } } }")).hasSize(1);
    }

    @Test
    void variableDefaultsAreChecked() {
        assertThat(errors("query($n: Int = \"5\") { measures(first: $n) { id } }")).singleElement().asString()
                .startsWith("Default value of $n is not a valid Int");
    }
}
