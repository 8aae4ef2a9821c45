package org.policygraph.support;

import java.time.Duration;
import java.time.Instant;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens as the production identity provider would issue them, signed with the test key (security/). */
public final class Credentials {

    public static final String ISSUER = "https://policy-graph.test/issuer";

    private Credentials() {
    }

    public static String editorToken(String user) {
        return Jwt.issuer(ISSUER).upn(user).groups("editor").expiresIn(Duration.ofMinutes(5)).sign();
    }

    public static String readerToken(String user) {
        return Jwt.issuer(ISSUER).upn(user).groups("reader").expiresIn(Duration.ofMinutes(5)).sign();
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
