package org.policygraph.api.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * One set of arguments per nested connection field in a request. The engine (SmallRye GraphQL) fetches a nested
 * field with arguments — {@code Document.measures}, {@code Department.leads}, … — for all its parents in one batch,
 * cached by parent, with the arguments of the first occurrence: an alias asking for another page of the same field,
 * or the same field with other arguments under another parent, would silently get the first occurrence's answer.
 * Such a request is refused instead (GRAPHQL_VALIDATION_FAILED), naming the field; the same arguments repeated are
 * fine. Root fields are not batched and may be repeated with any arguments.
 */
final class NestedArguments {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Set<String> fragmentsSeen = new HashSet<>();
    /** For each nested field with arguments (Type.field): its argument lists as written, first seen first. */
    private final Map<String, Set<String>> argumentsByField = new HashMap<>();
    private final List<GraphQLError> errors = new ArrayList<>();

    private NestedArguments(GraphQLSchema schema, Document document) {
        this.schema = schema;
        this.fragments = NodeUtil.getFragmentsByName(document);
    }

    /** The errors for the operation that runs (fragments it spreads included, each visited once). */
    static List<GraphQLError> check(GraphQLSchema schema, Document document, OperationDefinition operation) {
        NestedArguments check = new NestedArguments(schema, document);
        check.selections(operation.getSelectionSet(), switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        }, true);
        return check.errors;
    }

    private void selections(SelectionSet selectionSet, GraphQLType parent, boolean root) {
        if (selectionSet == null || !(parent instanceof GraphQLFieldsContainer container)) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue; // __typename and the other introspection fields
                }
                if (!root && !definition.getArguments().isEmpty()) {
                    record(container.getName() + "." + field.getName(), field);
                }
                selections(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), false);
            } else if (selection instanceof InlineFragment inline) {
                selections(inline.getSelectionSet(), inline.getTypeCondition() == null
                        ? parent : schema.getType(inline.getTypeCondition().getName()), root);
            } else if (selection instanceof FragmentSpread spread && fragmentsSeen.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    selections(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()), root);
                }
            }
        }
    }

    private void record(String coordinate, Field field) {
        String arguments = field.getArguments().stream().sorted(Comparator.comparing(Argument::getName))
                .map(AstPrinter::printAst).collect(Collectors.joining(", "));
        Set<String> seen = argumentsByField.computeIfAbsent(coordinate, key -> new LinkedHashSet<>());
        if (seen.isEmpty() || seen.contains(arguments)) {
            seen.add(arguments);
            return;
        }
        String first = seen.iterator().next();
        errors.add(GraphqlErrorBuilder.newError()
                .message(coordinate + " appears with different arguments in one request (" + describe(first)
                        + " and " + describe(arguments) + "). A nested connection is fetched once per request for all "
                        + "its parents, so it takes one set of arguments per request: ask for the other page in a "
                        + "separate request.")
                .location(field.getSourceLocation())
                .build());
        seen.add(arguments);
    }

    private static String describe(String arguments) {
        return arguments.isEmpty() ? "no arguments" : "(" + arguments + ")";
    }
}
