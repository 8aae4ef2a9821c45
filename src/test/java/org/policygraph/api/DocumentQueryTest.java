package org.policygraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.policygraph.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(Neo4jTestResource.class)
class DocumentQueryTest {

    @Inject
    Driver driver;

    @BeforeEach
    void writeAProbeDocumentStraightToNeo4j() {
        driver.executableQuery("""
                MERGE (d:Document {id: 'probe-1'})
                SET d.title = '探针文件', d.docNumber = '测〔2099〕1号', d.status = 'DRAFT', d.external = false,
                    d.issuedOn = '2099-01'
                """).execute();
    }

    @org.junit.jupiter.api.AfterEach
    void removeTheProbe() {
        driver.executableQuery("MATCH (d:Document {id: 'probe-1'}) DETACH DELETE d").execute();
    }

    @Test
    void documentQueryReturnsWhatWasWrittenToNeo4j() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ document(id: \"probe-1\") { id title docNumber issuedOn status } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.document.title", equalTo("探针文件"))
                .body("data.document.docNumber", equalTo("测〔2099〕1号"))
                .body("data.document.issuedOn", equalTo("2099-01"))
                .body("data.document.status", equalTo("DRAFT"));
    }

    @Test
    void unknownDocumentIsNull() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ document(id: \"no-such-document\") { id } }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.document", nullValue());
    }

    @Test
    void typenameAnswers() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", equalTo("Query"));
    }
}
