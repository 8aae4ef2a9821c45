package org.policygraph.api.http;

import static org.policygraph.api.http.GraphQLHttpException.requestError;
import static org.policygraph.api.http.GraphQLHttpException.requestErrors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.policygraph.cache.BoundedCache;
import org.policygraph.config.PolicyGraphConfig;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.UnknownOperationException;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;

/**
 * Everything the spec wants decided before execution starts, so it can be answered with the right status:
 * parsing (GRAPHQL_PARSE_FAILED, QUERY_TOO_LARGE), choosing the operation (OPERATION_RESOLUTION_FAILURE), the
 * operation type (a mutation over GET is 405), the complexity limit counted through fragments (QUERY_TOO_COMPLEX),
 * validation (GRAPHQL_VALIDATION_FAILED) and variable coercion (BAD_USER_INPUT), both by graphql-java against the
 * served schema with the spec's scalars ({@link #strict}). Valid documents and their checked operations are kept (bounded), so
 * repeated queries are parsed, validated and checked once (only their variables are coerced each time); the engine
 * does the same again behind its own cache, which is cheap.
 */
@ApplicationScoped
public class GraphQLDocuments {

    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String QUERY_TOO_LARGE = "QUERY_TOO_LARGE";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    private static final int CACHE_SIZE = 1000;

    @Inject
    Instance<GraphQLSchema> schemas;

    @Inject
    PolicyGraphConfig config;

    private volatile GraphQLSchema schema;

    private final BoundedCache<String, Document> valid = new BoundedCache<>(CACHE_SIZE);

    /** Operations of valid documents that passed the complexity and nested-argument checks (which need no variables). */
    private record OperationKey(String query, String operationName) {
    }

    private final BoundedCache<OperationKey, Boolean> checkedOperations = new BoundedCache<>(CACHE_SIZE);

    /** The operation a request selects, once its document is known to be valid. */
    public record Operation(Document document, OperationDefinition definition) {
        public boolean isQuery() {
            return definition.getOperation() == OperationDefinition.Operation.QUERY;
        }
    }

    /**
     * Parses, selects the operation, lets {@code beforeValidation} refuse it (405 for a mutation over GET), then
     * validates the document and coerces the variables.
     */
    public Operation prepare(String query, String operationName, Map<String, Object> variables,
            java.util.function.Consumer<OperationDefinition> beforeValidation) {
        Document cached = valid.get(query);
        Document document = cached != null ? cached : parse(query);
        OperationDefinition operation;
        try {
            operation = NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (UnknownOperationException e) {
            throw requestError(OPERATION_RESOLUTION_FAILURE, e.getMessage());
        }
        beforeValidation.accept(operation);
        OperationKey checked = new OperationKey(query, operationName);
        boolean known = checkedOperations.contains(checked);
        if (!known) {
            checkComplexity(document, operation);
        }
        if (cached == null) {
            List<ValidationError> errors = ParseAndValidate.validate(schema(), document, Locale.ENGLISH);
            if (!errors.isEmpty()) {
                throw requestErrors(VALIDATION_FAILED, errors);
            }
            valid.put(query, document);
        }
        if (!known) {
            List<GraphQLError> nestedArgumentErrors = NestedArguments.check(schema(), document, operation);
            if (!nestedArgumentErrors.isEmpty()) {
                throw requestErrors(VALIDATION_FAILED, nestedArgumentErrors);
            }
            checkedOperations.put(checked, Boolean.TRUE);
        }
        coerce(operation, variables);
        return new Operation(document, operation);
    }

    private static Document parse(String query) {
        try {
            // SmallRye installs the engine's parser options (quarkus.smallrye-graphql.parser-max-tokens) as the default.
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultParserOptions()).build());
        } catch (ParseCancelledException e) {
            throw requestError(QUERY_TOO_LARGE, "The query is too large: " + e.getMessage());
        } catch (InvalidSyntaxException e) {
            throw requestError(PARSE_FAILED, "The query is not valid GraphQL syntax: " + e.getMessage());
        }
    }

    /**
     * The engine's complexity limit, counted here first because the engine's own depth and complexity checks expand
     * every fragment spread, which a "fragment bomb" makes exponential (see {@link ExpandedFieldCount}): the same
     * count, code and message as the engine's check, without the expansion.
     */
    private void checkComplexity(Document document, OperationDefinition operation) {
        long complexity = ExpandedFieldCount.of(document, operation);
        int maxComplexity = config.graphql().maxComplexity();
        if (complexity > maxComplexity) {
            throw requestError(QUERY_TOO_COMPLEX,
                    "Query complexity " + complexity + " exceeds the maximum of " + maxComplexity + ".");
        }
    }

    /** Input coercion of the variables (the spec's CoerceVariableValues) before execution: a bad one is a request error. */
    private void coerce(OperationDefinition operation, Map<String, Object> variables) {
        try {
            ValuesResolver.coerceVariableValues(schema(), operation.getVariableDefinitions(),
                    RawVariables.of(variables == null ? Map.of() : variables), GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException e) {
            if (e instanceof GraphQLError error) {
                throw requestError(BAD_USER_INPUT, error.getMessage());
            }
            throw e;
        }
    }

    private GraphQLSchema schema() {
        GraphQLSchema s = schema;
        if (s == null) {
            schema = s = strict(schemas.get());
        }
        return s;
    }

    /**
     * The served schema rebuilt from its SDL, so with graphql-java's own Int, Float, String, Boolean and ID. SmallRye's
     * scalars of those names also take {@code first: "10"} as an Int, and {@code first: 99999999999} silently cut to
     * 32 bits, and fail only inside the resolver; the spec does not, so literals (validation) and variables
     * (coercion) are held to these.
     */
    static GraphQLSchema strict(GraphQLSchema served) {
        SchemaPrinter sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)
                .includeSchemaElement(e -> !(e instanceof GraphQLScalarType scalar
                        && ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName())))
                .includeDirectiveDefinition(name -> !DirectiveInfo.isGraphqlSpecifiedDirective(name)));
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl.print(served)));
    }
}
