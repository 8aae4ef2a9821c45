package org.policygraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.Credentials;
import org.policygraph.support.WritableGraphProfile;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Reads are anonymous; every mutation needs an authenticated caller with role editor — a JWT bearer token (production)
 * or a configured user over HTTP Basic (local runs). Refusals are GraphQL errors with a code and the matching HTTP
 * status, and run nothing.
 */
@QuarkusTest
@TestProfile(WritableGraphProfile.class)
class WriteAuthorizationTest {

    static final String ALIAS = "mutation { addParkAlias(park: \"光谷\", alias: \"光谷科创走廊\") { added } }";
    static final String READ = "{ department(name: \"市商务局\") { name } }";

    static RequestSpecification request() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification bearer(String token) {
        return request().header("Authorization", "Bearer " + token);
    }

    @Test
    void anAnonymousMutationIsUnauthenticatedAndRunsNothing() {
        request().body(Map.of("query", ALIAS)).post("/graphql").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        request().body(Map.of("query", "{ park(name: \"光谷科创走廊\") { name } }")).post("/graphql").then()
                .body("data.park", nullValue());
    }

    @Test
    void aCallerWithoutRoleEditorIsForbidden() {
        bearer(Credentials.readerToken("bob")).body(Map.of("query", ALIAS)).post("/graphql").then()
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("'bob'"));
        request().auth().preemptive().basic("reader", "reader-secret").body(Map.of("query", ALIAS))
                .post("/graphql").then()
                .statusCode(403)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void invalidCredentialsAreUnauthenticatedEvenForReads() {
        for (String token : new String[] {Credentials.expiredEditorToken("alice"),
                Credentials.foreignIssuerToken("alice"), "not-a-jwt", Credentials.editorToken("alice") + "x"}) {
            bearer(token).body(Map.of("query", READ)).post("/graphql").then()
                    .statusCode(401)
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                    .body("errors[0].message", containsString("invalid or expired"));
        }
        request().auth().preemptive().basic("editor", "wrong").body(Map.of("query", ALIAS)).post("/graphql").then()
                .statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anEditorMayChangeTheGraphWithATokenOrTheConfiguredLocalUser() {
        bearer(Credentials.editorToken("alice")).body(Map.of("query",
                "mutation { addParkAlias(park: \"光谷\", alias: \"光谷东\") { added change { actor } } }"))
                .post("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addParkAlias.change.actor", equalTo("alice"));
        request().auth().preemptive().basic("editor", "editor-secret").body(Map.of("query",
                "mutation { addParkAlias(park: \"光谷\", alias: \"光谷西\") { added change { actor } } }"))
                .post("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.addParkAlias.change.actor", equalTo("editor"));
    }

    @Test
    void readsStayAnonymousAndWorkWithAnyValidToken() {
        request().body(Map.of("query", READ)).post("/graphql").then()
                .statusCode(200).body("data.department.name", equalTo("市商务局"));
        bearer(Credentials.readerToken("bob")).body(Map.of("query", READ)).post("/graphql").then()
                .statusCode(200).body("data.department.name", equalTo("市商务局"));
    }

    @Test
    void theGraphQLResponseMediaTypeGetsTheSameStatuses() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", ALIAS)).post("/graphql").then()
                .statusCode(401)
                .contentType(containsString("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
