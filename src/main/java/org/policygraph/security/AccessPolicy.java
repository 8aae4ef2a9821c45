package org.policygraph.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import jakarta.inject.Inject;

import org.policygraph.config.PolicyGraphConfig;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may do what: reads are anonymous unless {@code policy-graph.security.anonymous-reads=false}; every mutation
 * needs an authenticated caller with role {@value #EDITOR_ROLE} (a JWT {@code groups} claim in production, a
 * configured user locally; docs/operations.md). Both the HTTP layer (before execution, with 401/403) and each
 * mutation (defence in depth) ask this one class.
 */
@ApplicationScoped
public class AccessPolicy {

    public static final String EDITOR_ROLE = "editor";

    /** Why a request is refused: the GraphQL {@code extensions.code} and the HTTP status that go with it. */
    public enum Denial {
        UNAUTHENTICATED(401), FORBIDDEN(403);

        public final int status;

        Denial(int status) {
            this.status = status;
        }
    }

    @Inject
    PolicyGraphConfig config;

    /** Empty when {@code identity} may run the operation; {@code write} is true for mutations. */
    public Optional<Denial> check(SecurityIdentity identity, boolean write) {
        boolean anonymous = identity == null || identity.isAnonymous();
        if (write) {
            if (anonymous) {
                return Optional.of(Denial.UNAUTHENTICATED);
            }
            return identity.hasRole(EDITOR_ROLE) ? Optional.empty() : Optional.of(Denial.FORBIDDEN);
        }
        return !config.security().anonymousReads() && anonymous ? Optional.of(Denial.UNAUTHENTICATED) : Optional.empty();
    }

    /** What the client is told; never more than who they are and which role is missing. */
    public static String message(Denial denial, SecurityIdentity identity, boolean write) {
        if (denial == Denial.UNAUTHENTICATED) {
            return write
                    ? "Authentication required: mutations need a caller with role editor (Authorization: Bearer <token>)."
                    : "Authentication required: this service does not answer anonymous queries (Authorization: Bearer <token>).";
        }
        return "'" + actor(identity) + "' is not allowed to change the graph: mutations need role editor.";
    }

    /** The name recorded in the audit trail. */
    public static String actor(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
