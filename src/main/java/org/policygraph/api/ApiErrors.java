package org.policygraph.api;

import org.eclipse.microprofile.graphql.GraphQLException;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The errors the API returns on purpose. Each carries a stable {@code extensions.code}; messages are written
 * for the client and never contain Cypher, stack traces or Java class names.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** An argument is malformed or out of range (bad cursor, empty search text, too deep a filter ...). */
    @ErrorCode("BAD_USER_INPUT")
    public static class BadUserInput extends GraphQLException {
        public BadUserInput(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** {@code first} asks for more than the maximum page size. */
    @ErrorCode("PAGE_SIZE_EXCEEDED")
    public static class PageSizeExceeded extends GraphQLException {
        public PageSizeExceeded(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** Neo4j cannot be reached; readiness reports DOWN at the same time. */
    @ErrorCode("DATABASE_UNAVAILABLE")
    public static class DatabaseUnavailable extends GraphQLException {
        public DatabaseUnavailable() {
            super("The graph database is unavailable; try again shortly.", ExceptionType.DataFetchingException);
        }
    }
}
