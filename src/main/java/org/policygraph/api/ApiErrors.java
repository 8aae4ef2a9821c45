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

    /** A mutation (or, with anonymous reads off, any operation) without credentials. */
    @ErrorCode("UNAUTHENTICATED")
    public static class Unauthenticated extends GraphQLException {
        public Unauthenticated(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** Authenticated, but without role editor. */
    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends GraphQLException {
        public Forbidden(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** A submitted document's metadata or text cannot be ingested; the message names the field or line. */
    @ErrorCode("INVALID_DOCUMENT")
    public static class InvalidDocument extends GraphQLException {
        public InvalidDocument(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** The parser failed on a submitted text: a bug of the service, logged; nothing was written. */
    @ErrorCode("PARSER_FAILED")
    public static class ParserFailed extends GraphQLException {
        public ParserFailed(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** The document, department or park to change does not exist. */
    @ErrorCode("NOT_FOUND")
    public static class NotFound extends GraphQLException {
        public NotFound(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** The change collides with what the graph holds (a document number or alias already taken). */
    @ErrorCode("CONFLICT")
    public static class Conflict extends GraphQLException {
        public Conflict(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** Seeded documents change through graph-seed/, not through mutations. */
    @ErrorCode("SEEDED_DOCUMENT")
    public static class SeededDocument extends GraphQLException {
        public SeededDocument(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }

    /** A replica serves at most policy-graph.subscriptions.max-per-replica subscriptions at once. */
    @ErrorCode("TOO_MANY_SUBSCRIPTIONS")
    public static class TooManySubscriptions extends GraphQLException {
        public TooManySubscriptions(String message) {
            super(message, ExceptionType.DataFetchingException);
        }
    }
}
