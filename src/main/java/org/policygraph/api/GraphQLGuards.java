package org.policygraph.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

import org.policygraph.config.PolicyGraphConfig;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hooks into the GraphQL engine SmallRye builds: query depth and complexity limits, and a stable
 * {@code extensions.code} on every error the engine itself raises (parse and validation failures, exceeded limits), so
 * clients never see engine class names. Parsed and validated documents are cached by SmallRye (its
 * {@code io.smallrye.graphql.execution.queryCacheMaxSize}, 2048 documents).
 *
 * <p>Loaded by SmallRye through {@code META-INF/services}, always: there is no switch. (There was one,
 * {@code policy-graph.graphql.guards.enabled}, default false in code and true in the properties; SmallRye reads such a
 * switch when its ExecutionService is created, which Quarkus records at STATIC_INIT, so a native image would have
 * frozen it at build time.) The limits themselves are read when the engine is built, at the first request.
 */
@RegisterForReflection // instantiated by ServiceLoader, also in a native image
public class GraphQLGuards implements EventingService {

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
        // SmallRye's own chain and document provider stay: its document cache is both (an instrumentation fills it
        // after validation), and SmallRye reads every request's operation types through that same cache, so a
        // document cache of our own left SmallRye's empty and it parsed every request a second time (a third of the
        // CPU of a request that fails fast, bench/analysis.md). The limits and codes run first.
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(
                new OncePerOperation(new DepthLimit(maxDepth)),
                new OncePerOperation(new ComplexityLimit(maxComplexity)), new ErrorCodes(), smallRyes)));
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

    /**
     * Runs an operation check (depth, complexity) once per operation of a cached document rather than on every
     * request: the engine hands a repeated query the same parsed {@link OperationDefinition}, and the check's outcome
     * depends on nothing else — unless a directive ({@code @skip}/{@code @include}) makes the selection depend on
     * the variables, so documents with any directive are checked every time. Why: each check walks the whole
     * selection, about a tenth of the service's CPU for a repeated query (bench/analysis.md).
     */
    static final class OncePerOperation extends SimplePerformantInstrumentation {
        private final Instrumentation check;
        /** Weak keys, by identity (as nodes compare): an operation leaves with its document when the cache drops it. */
        private final Set<OperationDefinition> passed = Collections.synchronizedSet(
                Collections.newSetFromMap(new WeakHashMap<>()));

        OncePerOperation(Instrumentation check) {
            this.check = check;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(
                InstrumentationCreateStateParameters parameters) {
            return check.createStateAsync(parameters);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            return check.beginValidation(parameters, state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            OperationDefinition operation = execution.getOperationDefinition();
            if (passed.contains(operation)) {
                return SimpleInstrumentationContext.noOp();
            }
            // throws when the operation is over the limit
            InstrumentationContext<ExecutionResult> context = check.beginExecuteOperation(parameters, state);
            if (execution.getExecutionInput().getQuery().indexOf('@') < 0) {
                passed.add(operation);
            }
            return context;
        }
    }
}
