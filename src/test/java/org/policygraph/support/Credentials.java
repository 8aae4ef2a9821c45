package org.policygraph.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens as the production identity provider would issue them, signed with the test key (security/). */
public final class Credentials {

    public static final String ISSUER = "https://policy-graph.test/issuer";

    /** How long an issued token is valid, and how long it is reused: every token handed out has 4 minutes left. */
    private static final Duration VALID = Duration.ofMinutes(5);
    private static final Duration REUSED = Duration.ofMinutes(1);

    /**
     * Tokens are reused while fresh, as a real client reuses its token: signing reads and decodes the key file every
     * time, which cost a few percent of the suite's time when every request signed its own.
     */
    private record Issued(String token, Instant reuseUntil) {
    }

    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private Credentials() {
    }

    public static String editorToken(String user) {
        return issued("editor", user);
    }

    public static String readerToken(String user) {
        return issued("reader", user);
    }

    private static String issued(String group, String user) {
        Instant now = Instant.now();
        return ISSUED.compute(group + "|" + user, (key, issued) -> issued != null && now.isBefore(issued.reuseUntil())
                ? issued
                : new Issued(Jwt.issuer(ISSUER).upn(user).groups(group).expiresIn(VALID).sign(), now.plus(REUSED)))
                .token();
    }

    public static String expiredEditorToken(String user) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return Jwt.issuer(ISSUER).upn(user).groups("editor").issuedAt(past).expiresAt(past.plusSeconds(60)).sign();
    }

    public static String foreignIssuerToken(String user) {
        return Jwt.issuer("https://somebody-else.example/").upn(user).groups("editor")
                .expiresIn(Duration.ofMinutes(5)).sign();
    }
}
