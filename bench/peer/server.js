// The peer: the same Neo4j graph served by the Neo4j GraphQL Library (@neo4j/graphql 7) on graphql-yoga.
// Type definitions mirror policy-graph's model (schema.graphql); each request becomes one Cypher statement.
//
//   PEER_PORT=28081 NEO4J_URI=bolt://localhost:27687 node server.js
import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type RoleProps @relationshipProperties {
    documentId: String
    location: String
    quote: String
  }

  type Document @node {
    id: ID!
    title: String
    docNumber: String
    issuedOn: String
    status: String
    horizon: String
    external: Boolean
    location: String
    quote: String
    sections: [Section!]! @relationship(type: "HAS_PART", direction: OUT)
    issuers: [Department!]! @relationship(type: "ISSUED_BY", direction: OUT)
    "The document's measures in document order (as policy-graph's Document.measures)."
    measures(first: Int = 20): [Measure!]!
      @cypher(
        statement: "MATCH (m:Measure {documentId: this.id}) WITH m ORDER BY m.documentId, m.seq, m.id LIMIT $first RETURN m"
        columnName: "m"
      )
  }

  type Section @node {
    id: ID!
    documentId: String
    label: String
    title: String
    text: String
    order: Int
    seq: Int
    location: String
    quote: String
    measures: [Measure!]! @relationship(type: "HAS_PART", direction: OUT)
    indicators: [Indicator!]! @relationship(type: "HAS_INDICATOR", direction: OUT)
  }

  type Measure @node @fulltext(indexes: [{ indexName: "text_search", queryName: "searchMeasures", fields: ["title", "text"] }]) {
    id: ID!
    documentId: String
    number: String
    list: String
    title: String
    text: String
    timeline: String
    order: Int
    seq: Int
    issuedOn: String
    location: String
    quote: String
    document: Document
      @cypher(statement: "MATCH (d:Document {id: this.documentId}) RETURN d", columnName: "d")
    leads: [Department!]! @relationship(type: "LEADS", direction: IN, properties: "RoleProps")
    supporters: [Department!]! @relationship(type: "SUPPORTS", direction: IN, properties: "RoleProps")
    coordinators: [Department!]! @relationship(type: "COORDINATES", direction: IN, properties: "RoleProps")
    parks: [Park!]! @relationship(type: "CONCERNS", direction: OUT)
    initiatives: [Initiative!]! @relationship(type: "ADVANCES", direction: OUT)
    indicators: [Indicator!]! @relationship(type: "HAS_INDICATOR", direction: OUT)
  }

  type Department @node {
    id: ID!
    name: String!
    aliases: [String!]
    level: String
    leads: [Measure!]! @relationship(type: "LEADS", direction: OUT, properties: "RoleProps")
    supports: [Measure!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "RoleProps")
    coordinates: [Measure!]! @relationship(type: "COORDINATES", direction: OUT, properties: "RoleProps")
  }

  type Park @node {
    id: ID!
    name: String!
    aliases: [String!]
    measures: [Measure!]! @relationship(type: "CONCERNS", direction: IN)
  }

  type Initiative @node {
    id: ID!
    name: String!
    aliases: [String!]
    measures: [Measure!]! @relationship(type: "ADVANCES", direction: IN)
  }

  type Indicator @node {
    id: ID!
    documentId: String
    name: String
    value: Float
    valueMax: Float
    unit: String
    year: Int
    kind: String
    comparator: String
    aspirational: Boolean
    seq: Int
    location: String
    quote: String
    measure: [Measure!]! @relationship(type: "HAS_INDICATOR", direction: IN)
  }
`;

const uri = process.env.NEO4J_URI || 'bolt://localhost:27687';
const port = Number(process.env.PEER_PORT || 28081);
const driver = neo4j.driver(uri, neo4j.auth.none(), { maxConnectionPoolSize: 100 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', logging: false, graphiql: false, maskedErrors: false });
const server = createServer(yoga);
server.listen(port, '127.0.0.1', () => console.log(`peer: ready on http://127.0.0.1:${port}/graphql`));
const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
