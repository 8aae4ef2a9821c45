package org.policygraph.api.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Input coercion of the request's variables as the GraphQL spec defines it (CoerceVariableValues), before execution,
 * so a bad variable is a request error (400 for application/graphql-response+json) and not a field error after
 * execution started. Built-in scalars are checked with graphql-java's standard coercing: SmallRye's own scalars
 * accept e.g. a string for an Int and only fail later, inside the resolver.
 */
final class VariableCoercion {

    static final Map<String, GraphQLScalarType> STANDARD_SCALARS = Map.of(
            "Int", Scalars.GraphQLInt, "Float", Scalars.GraphQLFloat, "String", Scalars.GraphQLString,
            "Boolean", Scalars.GraphQLBoolean, "ID", Scalars.GraphQLID);

    /** Why a value does not coerce; the message names the variable path. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private VariableCoercion() {
    }

    static void check(GraphQLSchema schema, List<VariableDefinition> definitions, Map<String, Object> variables) {
        Map<String, Object> values = variables == null ? Map.of() : variables;
        for (VariableDefinition definition : definitions) {
            String path = "$" + definition.getName();
            if (!values.containsKey(definition.getName())) {
                if (definition.getType() instanceof NonNullType && definition.getDefaultValue() == null) {
                    throw new Failure("Variable " + path + " of non-null type " + print(definition.getType())
                            + " was not provided.");
                }
                continue;
            }
            coerce(schema, definition.getType(), values.get(definition.getName()), path);
        }
    }

    private static void coerce(GraphQLSchema schema, Type<?> type, Object value, String path) {
        if (type instanceof NonNullType nonNull) {
            if (value == null) {
                throw new Failure("Variable " + path + " must not be null.");
            }
            coerce(schema, nonNull.getType(), value, path);
            return;
        }
        if (value == null) {
            return;
        }
        if (type instanceof ListType list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    coerce(schema, list.getType(), items.get(i), path + "[" + i + "]");
                }
            } else {
                coerce(schema, list.getType(), value, path);
            }
            return;
        }
        coerceNamed(schema, schema.getType(((TypeName) type).getName()), value, path);
    }

    private static void coerceNamed(GraphQLSchema schema, GraphQLType type, Object value, String path) {
        if (type instanceof GraphQLScalarType scalar) {
            GraphQLScalarType strict = STANDARD_SCALARS.getOrDefault(scalar.getName(), scalar);
            try {
                strict.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
            } catch (CoercingParseValueException e) {
                throw new Failure("Variable " + path + " is not a valid " + scalar.getName() + ": " + e.getMessage());
            }
        } else if (type instanceof GraphQLEnumType enumType) {
            if (!(value instanceof String name) || enumType.getValue(name) == null) {
                throw new Failure("Variable " + path + " must be one of " + enumType.getValues().stream()
                        .map(v -> v.getName()).toList() + ".");
            }
        } else if (type instanceof GraphQLInputObjectType inputType) {
            if (!(value instanceof Map<?, ?> fields)) {
                throw new Failure("Variable " + path + " must be an object of type " + inputType.getName() + ".");
            }
            for (Object key : fields.keySet()) {
                if (inputType.getField(String.valueOf(key)) == null) {
                    throw new Failure("Variable " + path + " has no field " + key + " (type " + inputType.getName() + ").");
                }
            }
            for (GraphQLInputObjectField field : inputType.getFieldDefinitions()) {
                String fieldPath = path + "." + field.getName();
                if (!fields.containsKey(field.getName())) {
                    if (field.getType() instanceof graphql.schema.GraphQLNonNull && !field.hasSetDefaultValue()) {
                        throw new Failure("Variable " + fieldPath + " is required.");
                    }
                    continue;
                }
                coerceInput(schema, field.getType(), fields.get(field.getName()), fieldPath);
            }
        } else {
            throw new Failure("Variable " + path + " has a type that is not an input type.");
        }
    }

    /** The same rules for a schema type (an input object field) rather than an AST type. */
    private static void coerceInput(GraphQLSchema schema, GraphQLType type, Object value, String path) {
        if (type instanceof graphql.schema.GraphQLNonNull nonNull) {
            if (value == null) {
                throw new Failure("Variable " + path + " must not be null.");
            }
            coerceInput(schema, nonNull.getWrappedType(), value, path);
        } else if (value == null) {
            return;
        } else if (type instanceof graphql.schema.GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    coerceInput(schema, list.getWrappedType(), items.get(i), path + "[" + i + "]");
                }
            } else {
                coerceInput(schema, list.getWrappedType(), value, path);
            }
        } else {
            coerceNamed(schema, type, value, path);
        }
    }

    private static String print(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return print(nonNull.getType()) + "!";
        }
        if (type instanceof ListType list) {
            return "[" + print(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }
}
