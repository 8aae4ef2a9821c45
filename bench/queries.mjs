// The five benchmark queries, written for both APIs with the same page sizes, and a normaliser per query
// that maps either answer to the same canonical shape (lists sorted by id, nested name lists sorted), so
// equality can be checked before anything is timed.
export const PAGE = 50; // Q1, Q2, Q5
export const DOC_PAGE = 20; // Q3
export const SEARCH_PAGE = 20; // Q4
export const IND_PAGE = 20; // Q5

const sortBy = (xs, key) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const names = (xs) => (xs || []).map((d) => d.name).sort();
const num = (x) => (x == null ? null : Number(x));
// Our ids are global ("Measure:003/附件-12", Relay's Node ids); the peer returns the stored key. Compare keys.
const key = (id) => id.slice(id.indexOf(':') + 1);
const indicator = (i) => ({ id: key(i.id), name: i.name, value: num(i.value), unit: i.unit, year: i.year, kind: i.kind });

// Reference answers, for a query the peer cannot answer (at L it runs out of time or of transaction memory): a
// plain Cypher statement written apart from the service's read plans, normalised like the answers. Ours is then
// checked against it instead of against the peer.
const LEADS_PAGE = `MATCH (:Department {name: $department})-[:LEADS]->(m:Measure)
  WITH m ORDER BY m.issuedOn, m.documentId, m.seq, m.id LIMIT ${PAGE}
  MATCH (doc:Document {id: m.documentId})`;
const rows = (records) => records.map((r) => r.toObject());

/**
 * probe: { department, document, searchTerm, yearFrom, yearTo, indicatorKinds } from gen.mjs; cursors (Q5's second
 * page) are filled in by bench.mjs from each side's own first page.
 */
export function queries(probe) {
  const dep = JSON.stringify(probe.department);
  const doc = JSON.stringify(probe.document);
  const term = JSON.stringify(probe.searchTerm);
  const kinds = probe.indicatorKinds;
  return [
    {
      name: 'Q1',
      title: `measures a department leads (${probe.department}, first ${PAGE}) with their document`,
      ours: `{ department(name: ${dep}) { leads(first: ${PAGE}) { nodes { id text document { title } } } } }`,
      peer: `{ departments(where: { name: { eq: ${dep} } }) { leads(limit: ${PAGE}, sort: [{ issuedOn: ASC }, { documentId: ASC }, { seq: ASC }, { id: ASC }]) { id text document { title } } } }`,
      normOurs: (d) => sortBy(d.department.leads.nodes.map((m) => ({ id: key(m.id), text: m.text, doc: m.document.title })), (m) => m.id),
      normPeer: (d) => sortBy(d.departments[0].leads.map((m) => ({ id: m.id, text: m.text, doc: m.document.title })), (m) => m.id),
      reference: {
        statements: [`${LEADS_PAGE} RETURN m.id AS id, m.text AS text, doc.title AS doc`],
        params: { department: probe.department },
        norm: ([page]) => sortBy(rows(page), (m) => m.id),
      },
    },
    {
      name: 'Q2',
      title: `Q1 plus co-leads, supporters and indicators per measure`,
      ours: `{ department(name: ${dep}) { leads(first: ${PAGE}) { nodes { id text document { title } leads { name } supporters { name } indicators { id name value unit year kind } } } } }`,
      peer: `{ departments(where: { name: { eq: ${dep} } }) { leads(limit: ${PAGE}, sort: [{ issuedOn: ASC }, { documentId: ASC }, { seq: ASC }, { id: ASC }]) { id text document { title } leads { name } supporters { name } indicators(sort: [{ seq: ASC }]) { id name value unit year kind } } } }`,
      normOurs: (d) => sortBy(d.department.leads.nodes.map((m) => ({ id: key(m.id), text: m.text, doc: m.document.title, leads: names(m.leads), supporters: names(m.supporters), indicators: sortBy(m.indicators.map(indicator), (i) => i.id) })), (m) => m.id),
      normPeer: (d) => sortBy(d.departments[0].leads.map((m) => ({ id: m.id, text: m.text, doc: m.document.title, leads: names(m.leads), supporters: names(m.supporters), indicators: sortBy(m.indicators.map(indicator), (i) => i.id) })), (m) => m.id),
      reference: {
        statements: [`${LEADS_PAGE} RETURN m.id AS id, m.text AS text, doc.title AS doc,
          [(l:Department)-[:LEADS]->(m) | {name: l.name}] AS leads, [(s:Department)-[:SUPPORTS]->(m) | {name: s.name}] AS supporters,
          [(m)-[:HAS_INDICATOR]->(i:Indicator) | i {.id, .name, .value, .unit, .year, .kind}] AS indicators`],
        params: { department: probe.department },
        norm: ([page]) => sortBy(rows(page).map((m) => ({ ...m, leads: names(m.leads), supporters: names(m.supporters), indicators: sortBy(m.indicators.map(indicator), (i) => i.id) })), (m) => m.id),
      },
    },
    {
      name: 'Q3',
      title: `one document's first ${DOC_PAGE} measures with their leads (the largest document)`,
      ours: `{ document(id: ${doc}) { title measures(first: ${DOC_PAGE}) { nodes { id number text leads { name } } } } }`,
      peer: `{ documents(where: { id: { eq: ${doc} } }) { title measures(first: ${DOC_PAGE}) { id number text leads { name } } } }`,
      normOurs: (d) => ({ title: d.document.title, measures: sortBy(d.document.measures.nodes.map((m) => ({ id: key(m.id), number: m.number, text: m.text, leads: names(m.leads) })), (m) => m.id) }),
      normPeer: (d) => ({ title: d.documents[0].title, measures: sortBy(d.documents[0].measures.map((m) => ({ id: m.id, number: m.number, text: m.text, leads: names(m.leads) })), (m) => m.id) }),
    },
    {
      name: 'Q4',
      title: `full-text search (cjk index text_search), first ${SEARCH_PAGE} hits with the measure's text`,
      ours: `{ search(text: ${term}, first: ${SEARCH_PAGE}) { kind measure { id text } } }`,
      peer: `{ searchMeasures(phrase: ${term}, first: ${SEARCH_PAGE}) { edges { score node { id text } } } }`,
      normOurs: (d) => sortBy(d.search.map((h) => ({ kind: h.kind, id: key(h.measure.id), text: h.measure.text })), (m) => m.id),
      normPeer: (d) => sortBy(d.searchMeasures.edges.map((e) => ({ kind: 'MEASURE', id: e.node.id, text: e.node.text })), (m) => m.id),
    },
    {
      name: 'Q5',
      title: `indicators of years ${probe.yearFrom}–${probe.yearTo} and kind ${kinds.join('/')}, second page of ${IND_PAGE} (cursor), with total`,
      // {{AFTER}} is replaced by each side's own endCursor of the first page.
      ours: `{ indicators(filter: { yearFrom: ${probe.yearFrom}, yearTo: ${probe.yearTo}, kind: [${kinds.join(', ')}] }, first: ${IND_PAGE}, after: "{{AFTER}}") { totalCount nodes { id name value unit year kind } } }`,
      peer: `{ indicatorsConnection(where: { year: { gte: ${probe.yearFrom}, lte: ${probe.yearTo} }, kind: { in: ${JSON.stringify(kinds)} } }, first: ${IND_PAGE}, after: "{{AFTER}}", sort: [{ documentId: ASC }, { seq: ASC }, { id: ASC }]) { totalCount edges { node { id name value unit year kind } } } }`,
      firstOurs: `{ indicators(filter: { yearFrom: ${probe.yearFrom}, yearTo: ${probe.yearTo}, kind: [${kinds.join(', ')}] }, first: ${IND_PAGE}) { pageInfo { endCursor } } }`,
      firstPeer: `{ indicatorsConnection(where: { year: { gte: ${probe.yearFrom}, lte: ${probe.yearTo} }, kind: { in: ${JSON.stringify(kinds)} } }, first: ${IND_PAGE}, sort: [{ documentId: ASC }, { seq: ASC }, { id: ASC }]) { pageInfo { endCursor } } }`,
      cursorOurs: (d) => d.indicators.pageInfo.endCursor,
      cursorPeer: (d) => d.indicatorsConnection.pageInfo.endCursor,
      normOurs: (d) => ({ total: d.indicators.totalCount, nodes: sortBy(d.indicators.nodes.map(indicator), (i) => i.id) }),
      normPeer: (d) => ({ total: d.indicatorsConnection.totalCount, nodes: sortBy(d.indicatorsConnection.edges.map((e) => indicator(e.node)), (i) => i.id) }),
      reference: {
        statements: [
          'MATCH (i:Indicator) WHERE i.year >= $yearFrom AND i.year <= $yearTo AND i.kind IN $kinds RETURN count(i) AS total',
          `MATCH (i:Indicator) WHERE i.year >= $yearFrom AND i.year <= $yearTo AND i.kind IN $kinds
           WITH i ORDER BY i.documentId, i.seq, i.id SKIP ${IND_PAGE} LIMIT ${IND_PAGE}
           RETURN i {.id, .name, .value, .unit, .year, .kind} AS i`],
        params: { yearFrom: probe.yearFrom, yearTo: probe.yearTo, kinds },
        norm: ([count, page]) => ({ total: count[0].get('total'), nodes: sortBy(page.map((r) => indicator(r.get('i'))), (i) => i.id) }),
      },
    },
  ];
}

/**
 * Facet queries (issue 18): ours only — the peer (@neo4j/graphql) has per-value aggregate counts but no group-by,
 * so there is no like-for-like answer to compare, and they are not part of the ours-vs-peer table. F1 asks the
 * facets of the measures with indicators (all six groups, one statement: read/measure-facets.cypher over the same
 * match as the page); F2 the indicator facets of Q5's filter (read/indicator-facets-counted.cypher: the stored counts of its kinds and years);
 * F3 the facets of what the busiest department leads (Q1's connection, the LEADS relationships of one department).
 * bench.mjs checks that their counts add up, collects their plans and loads them (BENCHMARKS.md, "Facets").
 */
export function facetQueries(probe) {
  const kinds = probe.indicatorKinds;
  return [
    {
      name: 'F1',
      title: 'facets of the measures that state an indicator: lead and supporting departments, documents, parks, initiatives, hasIndicator',
      ours: `{ measures(filter: { hasIndicator: true }, first: ${PAGE}) { totalCount nodes { id } facets { leadDepartments(first: 10) { value { name } count } supportingDepartments(first: 10) { value { name } count } documents(first: 10) { value { title } count } parks(first: 10) { value { name } count } initiatives(first: 10) { value { name } count } hasIndicator { value count } } } }`,
    },
    {
      name: 'F2',
      title: `facets of Q5's indicators (years ${probe.yearFrom}–${probe.yearTo}, kind ${kinds.join('/')})`,
      ours: `{ indicators(filter: { yearFrom: ${probe.yearFrom}, yearTo: ${probe.yearTo}, kind: [${kinds.join(', ')}] }, first: ${IND_PAGE}) { totalCount facets { years { value count } kinds { value count } comparators { value count } units(first: 10) { value count } documents(first: 10) { value { title } count } } } }`,
    },
    {
      name: 'F3',
      title: `facets of what ${probe.department} leads (${probe.departmentLeads} measures): supporting departments, documents, parks, initiatives, hasIndicator`,
      ours: `{ department(name: ${JSON.stringify(probe.department)}) { leads(first: ${PAGE}) { totalCount nodes { id } facets { supportingDepartments(first: 10) { value { name } count } documents(first: 10) { value { title } count } parks(first: 10) { value { name } count } initiatives(first: 10) { value { name } count } hasIndicator { value count } } } } }`,
    },
  ];
}
