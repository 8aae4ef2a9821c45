package org.policygraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.core.Document;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;

import static io.smallrye.graphql.client.core.Argument.arg;
import static io.smallrye.graphql.client.core.Argument.args;
import static io.smallrye.graphql.client.core.Document.document;
import static io.smallrye.graphql.client.core.Field.field;
import static io.smallrye.graphql.client.core.Operation.operation;

/** The SmallRye GraphQL clients (typesafe and dynamic), as a Java consumer would use them, over real HTTP. */
@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class HttpJavaClientInteropTest {

    /** The slice of the API a Java consumer declares; the client builds the query from it. */
    public interface PolicyGraphApi {
        @Query("documents")
        List<DocumentSummary> documents();

        @Query("document")
        DocumentSummary document(@Id @NonNull @Name("id") String id);

        @Query("parks")
        ParkPage parks(@Name("first") Integer first);
    }

    public static class DocumentSummary {
        public String id;
        public String title;
        public String docNumber;
    }

    public static class ParkPage {
        public int totalCount;
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    private DynamicGraphQLClient dynamic;

    @BeforeEach
    void dynamicClient() {
        dynamic = new VertxDynamicGraphQLClientBuilder().url(endpoint.toString()).build();
    }

    @AfterEach
    void close() throws Exception {
        dynamic.close();
    }

    private PolicyGraphApi typesafe() {
        return TypesafeGraphQLClientBuilder.newBuilder().endpoint(endpoint.toString()).build(PolicyGraphApi.class);
    }

    @Test
    void typesafeClientQueriesListsAndVariables() {
        PolicyGraphApi api = typesafe();
        assertThat(api.documents()).hasSize(4).allSatisfy(d -> assertThat(d.title).isNotBlank());
        assertThat(api.document("003").docNumber).isEqualTo("武政〔2016〕33号");
        assertThat(api.document("999")).isNull();
    }

    @Test
    void typesafeClientSeesTheErrorCode() {
        assertThatThrownBy(() -> typesafe().parks(101))
                .isInstanceOf(GraphQLClientException.class)
                .satisfies(e -> assertThat(((GraphQLClientException) e).getErrors().get(0).getExtensions().get("code"))
                        .isEqualTo("PAGE_SIZE_EXCEEDED"));
    }

    @Test
    void dynamicClientBuildsAndRunsADocument() throws Exception {
        Document query = document(operation(
                field("document", args(arg("id", "003")), field("id"), field("docNumber"))));
        Response response = dynamic.executeSync(query);
        assertThat(response.hasError()).isFalse();
        assertThat(response.getData().getJsonObject("document").getString("docNumber")).isEqualTo("武政〔2016〕33号");

        Response invalid = dynamic.executeSync("{ nosuchfield }");
        assertThat(invalid.hasError()).isTrue();
        assertThat(invalid.getErrors().get(0).getExtensions().get("code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }
}
