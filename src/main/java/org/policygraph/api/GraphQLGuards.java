package org.policygraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.policygraph.cache.BoundedCache;
import org.policygraph.config.PolicyGraphConfig;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.validation.ValidationError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hooks into the GraphQL engine SmallRye builds: query depth and complexity limits, a cache of parsed and
 * validated documents, and a stable {@code extensions.code} on every error the engine itself raises
 * (parse and validation failures, exceeded limits), so clients never see engine class names.
 *
 * <p>Loaded by SmallRye through {@code META-INF/services}, always: there is no switch. (There was one,
 * {@code policy-graph.graphql.guards.enabled}, default false in code and true in the properties; SmallRye reads such a
 * switch when its ExecutionService is created, which Quarkus records at STATIC_INIT, so a native image would have
 * frozen it at build time.) The limits themselves are read when the engine is built, at the first request.
 */
@RegisterForReflection // instantiated by ServiceLoader, also in a native image
public class GraphQLGuards implements EventingService {

    private static final int DOCUMENT_CACHE_SIZE = 1000;

    /** No switch: always on (see the class comment). */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // Not a bean (ServiceLoader makes it): the mapping is looked up, at the first request, i.e. at run time.
        PolicyGraphConfig.GraphQL limits = PolicyGraphConfig.current().graphql();
        int maxDepth = limits.maxDepth();
        int maxComplexity = limits.maxComplexity();
        // Replaces SmallRye's chain (whose only members here would be the same limits and its own document cache).
        return builder
                .instrumentation(new ChainedInstrumentation(List.of(
                        new DepthLimit(maxDepth), new ComplexityLimit(maxComplexity), new ErrorCodes())))
                .preparsedDocumentProvider(new DocumentCache());
    }

    /**
     * Error codes of the engine's own errors; errors from resolvers already carry theirs. A performant instrumentation
     * (no per-field contexts): the chain calls every member for every field.
     */
    static final class ErrorCodes extends SimplePerformantInstrumentation {
        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                String code = codeOf(error);
                if (code == null) {
                    errors.add(error);
                    continue;
                }
                Map<String, Object> extensions = new LinkedHashMap<>();
                if (error.getExtensions() != null) {
                    extensions.putAll(error.getExtensions());
                }
                extensions.put("code", code);
                errors.add(GraphqlErrorBuilder.newError()
                        .message(error.getMessage())
                        .locations(error.getLocations())
                        .path(error.getPath())
                        .errorType(error.getErrorType())
                        .extensions(extensions)
                        .build());
            }
            return CompletableFuture.completedFuture(
                    ExecutionResultImpl.newExecutionResult().from(result).errors(errors).build());
        }

        static String codeOf(GraphQLError error) {
            if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
                return null;
            }
            ErrorClassification type = error.getErrorType();
            if (error instanceof ValidationError || type == ErrorType.ValidationError) {
                return "GRAPHQL_VALIDATION_FAILED";
            }
            if (type == ErrorType.InvalidSyntax) {
                return error.getMessage() != null && error.getMessage().contains("tokens")
                        ? "QUERY_TOO_LARGE" : "GRAPHQL_PARSE_FAILED";
            }
            return null;
        }
    }

    /** An exceeded limit, as a GraphQL error with its code. */
    static final class LimitExceeded extends AbortExecutionException {
        private final String code;

        LimitExceeded(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code);
        }
    }

    static final class DepthLimit extends MaxQueryDepthInstrumentation {
        DepthLimit(int maxDepth) {
            super(maxDepth);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new LimitExceeded("QUERY_TOO_DEEP", "Query depth " + depth + " exceeds the maximum of " + maxDepth + ".");
        }
    }

    static final class ComplexityLimit extends MaxQueryComplexityInstrumentation {
        ComplexityLimit(int maxComplexity) {
            super(maxComplexity);
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new LimitExceeded("QUERY_TOO_COMPLEX",
                    "Query complexity " + complexity + " exceeds the maximum of " + maxComplexity + ".");
        }
    }

    /** Parsed and validated documents by query text, so repeated queries skip parsing and validation. */
    static final class DocumentCache implements PreparsedDocumentProvider {
        private final BoundedCache<String, PreparsedDocumentEntry> entries = new BoundedCache<>(DOCUMENT_CACHE_SIZE);

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry cached = entries.get(input.getQuery());
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
            PreparsedDocumentEntry entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entries.put(input.getQuery(), entry);
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
