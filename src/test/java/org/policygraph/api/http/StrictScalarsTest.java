package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * Requests are validated and their variables coerced against the served schema with the spec's scalars
 * (GraphQLDocuments.strict), no Quarkus needed. The schema here has a lenient Int, as SmallRye's is: it takes
 * {@code "10"} and anything else, so graphql-java's validation against it lets such literals through.
 */
class StrictScalarsTest {

    private static final GraphQLScalarType LENIENT_INT = GraphQLScalarType.newScalar().name("Int")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value) {
                    return value;
                }

                @Override
                public Object parseValue(Object value) {
                    return value;
                }

                @Override
                public Object parseLiteral(Object value) {
                    return value;
                }
            }).build();

    private static final GraphQLSchema LENIENT = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { measures(first: Int, filter: Filter, ids: [ID!]): [Measure] }
            type Measure { id: ID, similar(first: Int): [Measure] }
            input Filter { year: Int, hasLead: Boolean, OR: [Filter] }
            """), RuntimeWiring.newRuntimeWiring().strictMode(false).scalar(LENIENT_INT).build());

    private static final GraphQLSchema STRICT = GraphQLDocuments.strict(LENIENT);

    private static List<String> errors(GraphQLSchema schema, String query) {
        return ParseAndValidate.validate(schema, new Parser().parseDocument(query), Locale.ENGLISH).stream()
                .map(GraphQLError::getMessage).toList();
    }

    private static void coerce(String query, Map<String, Object> variables) {
        OperationDefinition operation = new Parser().parseDocument(query)
                .getDefinitionsOfType(OperationDefinition.class).get(0);
        ValuesResolver.coerceVariableValues(STRICT, operation.getVariableDefinitions(), RawVariables.of(variables),
                GraphQLContext.getDefault(), Locale.ENGLISH);
    }

    @Test
    void theLenientScalarLetsAStringThrough() {
        assertThat(errors(LENIENT, "{ measures(first: \"10\") { id } }")).isEmpty();
    }

    @Test
    void validLiteralsAndVariablesPass() {
        assertThat(errors(STRICT, "query($n: Int = 5) { measures(first: 10, filter: {year: $n, OR: [{hasLead: true}]}, ids: [\"a\", 3]) { id } }"))
                .isEmpty();
        coerce("query($n: Int, $f: Filter) { measures(first: $n, filter: $f) { id } }",
                Map.of("n", 10, "f", Map.of("year", 2027, "OR", List.of(Map.of("hasLead", true)))));
    }

    @Test
    void argumentsNestedInputFieldsListsAndFragmentsAreChecked() {
        assertThat(errors(STRICT, "{ measures(first: \"10\") { id } }")).singleElement().asString()
                .contains("argument 'first'").contains("'Int'");
        assertThat(errors(STRICT, "{ measures(first: 99999999999) { id } }")).hasSize(1);
        assertThat(errors(STRICT, "{ measures(filter: {OR: [{year: 2027}, {year: \"2027\"}]}) { id } }")).hasSize(1);
        assertThat(errors(STRICT, "{ ...F } fragment F on Query { measures { similar(first: 1.5) { id } } }"))
                .singleElement().asString().contains("argument 'first'");
        assertThat(errors(STRICT, "{ measures { ... on Measure { similar(first: true) { id } } } }")).hasSize(1);
    }

    @Test
    void variableDefaultsAreChecked() {
        assertThat(errors(STRICT, "query($n: Int = \"5\") { measures(first: $n) { id } }")).hasSize(1);
    }

    @Test
    void variablesAreCoercedStrictly() {
        String query = "query($n: Int, $f: Filter) { measures(first: $n, filter: $f) { id } }";
        assertThatThrownBy(() -> coerce(query, Map.of("n", "10"))).isInstanceOf(GraphQLError.class);
        assertThatThrownBy(() -> coerce(query, Map.of("n", 99999999999L))).isInstanceOf(GraphQLError.class);
        assertThatThrownBy(() -> coerce(query, Map.of("f", Map.of("year", "2027")))).isInstanceOf(GraphQLError.class);
        assertThatThrownBy(() -> coerce(query, Map.of("f", Map.of("color", "red")))).isInstanceOf(GraphQLError.class);
        assertThatThrownBy(() -> coerce("query($n: Int!) { measures(first: $n) { id } }", Map.of()))
                .isInstanceOf(GraphQLError.class);
    }
}
