package org.policygraph.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.execution.TypeFromAST;
import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The literal arguments of a valid document, checked against GraphQL's own Int, Float, String, Boolean and ID.
 * The served schema has SmallRye's scalars under those names, which also take {@code first: "10"} as an Int, and
 * {@code first: 99999999999}, silently cut to 32 bits — so graphql-java's validation lets them through. The spec does
 * not; variables get the same rule in {@link VariableCoercion}.
 *
 * <p>Runs after validation: every type, field and argument the document names exists (anything unknown is skipped).
 * Each operation and fragment definition is walked once, spreads are not followed, so the cost is linear.
 */
final class ScalarLiterals {

    private final GraphQLSchema schema;
    private final List<GraphQLError> errors = new ArrayList<>();

    private ScalarLiterals(GraphQLSchema schema) {
        this.schema = schema;
    }

    static List<GraphQLError> check(GraphQLSchema schema, Document document) {
        ScalarLiterals check = new ScalarLiterals(schema);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                for (VariableDefinition variable : operation.getVariableDefinitions()) {
                    if (variable.getDefaultValue() != null) {
                        check.value(variable.getDefaultValue(), TypeFromAST.getTypeFromAST(schema, variable.getType()),
                                "Default value of $" + variable.getName());
                    }
                }
                check.selections(operation.getSelectionSet(), rootType(schema, operation));
            } else if (definition instanceof FragmentDefinition fragment) {
                check.selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
            }
        }
        return check.errors;
    }

    /** The type an operation's selection set is on: Query, Mutation or Subscription. */
    static GraphQLType rootType(GraphQLSchema schema, OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    private void selections(SelectionSet selectionSet, GraphQLType parent) {
        if (selectionSet == null || !(parent instanceof GraphQLFieldsContainer container)) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue; // __typename and the other introspection fields: no scalar arguments of ours
                }
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument declared = definition.getArgument(argument.getName());
                    if (declared != null) {
                        value(argument.getValue(), declared.getType(),
                                "Argument '" + argument.getName() + "' of '" + field.getName() + "'");
                    }
                }
                selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(), inline.getTypeCondition() == null
                        ? parent : schema.getType(inline.getTypeCondition().getName()));
            }
        }
    }

    private void value(Value<?> value, GraphQLType type, String where) {
        if (value instanceof VariableReference || value instanceof NullValue || type == null) {
            return; // variables are checked by VariableCoercion; null against non-null by validation
        }
        GraphQLType expected = GraphQLTypeUtil.unwrapNonNull(type);
        if (expected instanceof GraphQLList list) {
            if (value instanceof ArrayValue array) {
                array.getValues().forEach(item -> value(item, list.getWrappedType(), where));
            } else {
                value(value, list.getWrappedType(), where); // a single value for a list: coerced to a list of one
            }
        } else if (expected instanceof GraphQLInputObjectType inputType && value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                GraphQLInputObjectField declared = inputType.getField(field.getName());
                if (declared != null) {
                    value(field.getValue(), declared.getType(), where + " (field '" + field.getName() + "')");
                }
            }
        } else if (expected instanceof GraphQLScalarType scalar && VariableCoercion.STANDARD_SCALARS.containsKey(scalar.getName())) {
            try {
                VariableCoercion.STANDARD_SCALARS.get(scalar.getName()).getCoercing()
                        .parseLiteral(value, CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.ENGLISH);
            } catch (CoercingParseLiteralException e) {
                errors.add(GraphqlErrorBuilder.newError()
                        .message(where + " is not a valid " + scalar.getName() + ": " + e.getMessage())
                        .location(value.getSourceLocation())
                        .build());
            }
        }
    }
}
