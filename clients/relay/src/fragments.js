// Real Relay fragments against schema.graphql: relay-compiler must compile them (relay/check.mjs), and the queries it
// generates must run against the service. graphql`` is only parsed by the compiler here; nothing imports react-relay.
/* global graphql */

// A plan, refetchable by its global id (relay-compiler generates a node(id:) query), with a paginated measures list.
graphql`
  fragment PlanView_document on Document
  @refetchable(queryName: "PlanViewRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    id
    title
    issuedOn
    measures(first: $count, after: $cursor) @connection(key: "PlanView_measures") {
      totalCount
      edges { node { id number text leads { id name } } }
    }
  }
`;

// What a department leads, paginated through the Department node.
graphql`
  fragment DepartmentLeads_department on Department
  @refetchable(queryName: "DepartmentLeadsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 3 }, cursor: { type: "String" }) {
    id
    name
    leads(first: $count, after: $cursor) @connection(key: "DepartmentLeads_leads") {
      edges { node { id text document { id title } } }
    }
  }
`;

// The root measures list with a filter and its facets, paginated on Query.
graphql`
  fragment MeasureSearch_query on Query
  @refetchable(queryName: "MeasureSearchPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }, filter: { type: "MeasureFilter" }) {
    measures(first: $count, after: $cursor, filter: $filter) @connection(key: "MeasureSearch_measures", filters: ["filter"]) {
      totalCount
      edges { node { id text } }
    }
  }
`;

graphql`
  query PlanPageQuery($id: ID!) {
    node(id: $id) { __typename id ...PlanView_document @alias(as: "plan") }
    department(name: "市商务局") { ...DepartmentLeads_department }
    ...MeasureSearch_query
  }
`;
