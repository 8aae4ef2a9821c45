// Every GraphQL document the explorer sends. Documents using parts of the API that other work adds (responsibilities,
// facets, metrics, the changes subscription) are only sent when the schema has them (client.js, features).
import { gql } from '@urql/core';

// One __Type.fields selection: the server's good-faith introspection check allows no more.
export const SCHEMA_FEATURES = gql`
  query SchemaFeatures {
    __schema { subscriptionType { name } types { name fields { name } } }
  }
`;

const INDICATOR = gql`
  fragment IndicatorLine on Indicator {
    id name value valueMax unit year kind comparator aspirational
  }
`;

const MEASURE_CARD = gql`
  fragment MeasureCard on Measure {
    id number title text list timeline
    document { id title issuedOn docNumber }
    roles { role department { id name } source { location quote } }
    parks { id name }
    initiatives { id name }
    indicators { ...IndicatorLine }
  }
  ${INDICATOR}
`;

const PAGE_INFO = gql`
  fragment Page on PageInfo { hasNextPage endCursor }
`;

export const DEPARTMENTS = gql`
  query Departments($after: String) {
    departments(first: 100, after: $after) {
      totalCount pageInfo { ...Page }
      nodes { id name level aliases }
    }
  }
  ${PAGE_INFO}
`;

/** What a department does, from its measure connections (every server has these). */
export const DEPARTMENT_BY_ROLE = gql`
  query DepartmentByRole($name: String!, $first: Int!) {
    department(name: $name) {
      id name level aliases
      leads(first: $first) { totalCount pageInfo { ...Page } nodes { ...MeasureCard } }
      supports(first: $first) { totalCount pageInfo { ...Page } nodes { ...MeasureCard } }
      coordinates(first: $first) { totalCount pageInfo { ...Page } nodes { ...MeasureCard } }
    }
  }
  ${MEASURE_CARD}
  ${PAGE_INFO}
`;

/** What a department does, measures and sections alike, from Department.responsibilities (schema.graphql). */
export const DEPARTMENT_RESPONSIBILITIES = gql`
  query DepartmentResponsibilities($name: String!, $first: Int!, $after: String) {
    department(name: $name) {
      id name level aliases curated
      leads(first: 1) { totalCount }
      supports(first: 1) { totalCount }
      coordinates(first: 1) { totalCount }
      responsibilities(first: $first, after: $after) {
        totalCount pageInfo { ...Page }
        nodes {
          role
          measure { id number title text parks { id name } indicators { ...IndicatorLine } }
          section { id label title }
          document { id title issuedOn docNumber }
          source { location quote }
        }
      }
    }
  }
  ${INDICATOR}
  ${PAGE_INFO}
`;

export const PLANS = gql`
  query Plans {
    documents { id title docNumber issuedOn horizon status external }
  }
`;

const TOC = gql`
  fragment Toc on Section { id label title }
`;

export const PLAN = gql`
  query Plan($id: ID!) {
    document(id: $id) {
      id title docNumber issuedOn horizon status external
      issuers { id name }
      sections { ...Toc sections { ...Toc sections { ...Toc sections { ...Toc } } } }
      measures(first: 1) { totalCount }
    }
  }
  ${TOC}
`;

export const SECTION = gql`
  query Section($id: ID!) {
    section(id: $id) {
      id label title text
      document { id title }
      source { location quote }
      indicators { ...IndicatorLine }
      measures { ...MeasureCard }
      sections {
        id label title text
        indicators { ...IndicatorLine }
        measures { ...MeasureCard }
      }
    }
  }
  ${MEASURE_CARD}
`;

export const PLAN_MEASURES = gql`
  query PlanMeasures($id: ID!, $after: String) {
    document(id: $id) {
      id
      measures(first: 50, after: $after) { totalCount pageInfo { ...Page } nodes { ...MeasureCard } }
    }
  }
  ${MEASURE_CARD}
  ${PAGE_INFO}
`;

const TARGET_FIELDS = gql`
  fragment TargetLine on Indicator {
    ...IndicatorLine
    document { id title issuedOn }
    measure { id number }
    section { id label title }
    source { location quote }
  }
  ${INDICATOR}
`;

export const TARGETS = gql`
  query Targets($filter: IndicatorFilter, $after: String) {
    indicators(filter: $filter, first: 100, after: $after) {
      totalCount pageInfo { ...Page } nodes { ...TargetLine }
    }
  }
  ${TARGET_FIELDS}
  ${PAGE_INFO}
`;

/** Targets with IndicatorConnection.facets and Indicator.metric (schema.graphql). */
export const TARGETS_FACETED = gql`
  query TargetsFaceted($filter: IndicatorFilter, $after: String) {
    indicators(filter: $filter, first: 100, after: $after) {
      totalCount pageInfo { ...Page } nodes { ...TargetLine }
      facets {
        years { value count }
        kinds { value count }
        documents { value { id title } count }
      }
    }
  }
  ${TARGET_FIELDS}
  ${PAGE_INFO}
`;

export const METRICS = gql`
  query Metrics { metrics { id name aliases } }
`;

export const METRIC = gql`
  query Metric($name: String!) {
    metric(name: $name) {
      id name aliases
      series {
        year role value valueMax unit
        indicator { id name comparator aspirational period document { id title issuedOn } source { location quote } }
      }
    }
  }
`;

export const PARK = gql`
  query Park($name: String!) {
    park(name: $name) {
      id name aliases
      administrators { id name }
      measures(first: 100) { totalCount pageInfo { ...Page } nodes { ...MeasureCard } }
    }
  }
  ${MEASURE_CARD}
  ${PAGE_INFO}
`;

export const INITIATIVE = gql`
  query Initiative($name: String!) {
    initiative(name: $name) {
      id name aliases
      measures(first: 100) { totalCount pageInfo { ...Page } nodes { ...MeasureCard source { location quote } } }
    }
  }
  ${MEASURE_CARD}
  ${PAGE_INFO}
`;

export const LISTS = gql`
  query Lists {
    parks(first: 100) { nodes { id name } }
    initiatives { id name }
  }
`;

export const SEARCH = gql`
  query Search($text: String!) {
    search(text: $text, first: 20) {
      id score kind snippet
      document { id title issuedOn }
      section { id label title }
      measure { id number leads { id name } }
    }
  }
`;

/** The measures containing the text, narrowed by the chosen facet values (MeasureConnection.facets, frontend-api). */
export const SEARCH_FACETS = gql`
  query SearchFacets($filter: MeasureFilter!) {
    measures(filter: $filter, first: 50) {
      totalCount
      nodes { ...MeasureCard }
      facets {
        leadDepartments { value { id name } count }
        supportingDepartments { value { id name } count }
        documents { value { id title } count }
        parks { value { id name } count }
        initiatives { value { id name } count }
        hasIndicator { value count }
      }
    }
  }
  ${MEASURE_CARD}
`;

export const CHANGES = gql`
  subscription Changes($after: String) {
    changes(after: $after) { cursor id kind target at documentId }
  }
`;
