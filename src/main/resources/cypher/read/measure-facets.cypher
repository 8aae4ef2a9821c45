// Facet counts of a measure connection: for each parent id (a root connection has the one id ''), the measures its
// reading clause MATCH binds to `m` (its anchor, or for a root list whose matches all contain a text the measures
// containing it, MeasureConditions.textCandidates) that pass its filter (WHERE), grouped by one value per facet: how
// many of them have each value, most first, then by name. The same match as the connection's page statement, so the
// same indexes serve it. Each facet's limit parameter is 0 (false for hasIndicator) when the query does not select it:
// it then unwinds nothing.
// DEPARTMENT (of d), DOCUMENT (doc), PARK (p), INITIATIVE (i): the whole objects as their shapes (read.shape) read them.
UNWIND $ids AS id
CALL (id) {
  {{MATCH}}
  WHERE {{WHERE}}
  RETURN collect(m) AS matched
}
CALL (matched) {
  UNWIND CASE WHEN $leadDepartments > 0 THEN matched ELSE [] END AS m
  MATCH (d:Department)-[:LEADS]->(m)
  WITH d, count(DISTINCT m) AS n
  ORDER BY n DESC, d.name, d.id
  LIMIT $leadDepartments
  RETURN collect({value: {{DEPARTMENT}}, count: n}) AS leadDepartments
}
CALL (matched) {
  UNWIND CASE WHEN $supportingDepartments > 0 THEN matched ELSE [] END AS m
  MATCH (d:Department)-[:SUPPORTS]->(m)
  WITH d, count(DISTINCT m) AS n
  ORDER BY n DESC, d.name, d.id
  LIMIT $supportingDepartments
  RETURN collect({value: {{DEPARTMENT}}, count: n}) AS supportingDepartments
}
CALL (matched) {
  UNWIND CASE WHEN $documents > 0 THEN matched ELSE [] END AS m
  WITH m.documentId AS documentId, count(*) AS n
  MATCH (doc:Document {id: documentId})
  WITH doc, n
  ORDER BY n DESC, doc.title, doc.id
  LIMIT $documents
  RETURN collect({value: {{DOCUMENT}}, count: n}) AS documents
}
CALL (matched) {
  UNWIND CASE WHEN $parks > 0 THEN matched ELSE [] END AS m
  MATCH (m)-[:CONCERNS]->(p:Park)
  WITH p, count(DISTINCT m) AS n
  ORDER BY n DESC, p.name, p.id
  LIMIT $parks
  RETURN collect({value: {{PARK}}, count: n}) AS parks
}
CALL (matched) {
  UNWIND CASE WHEN $initiatives > 0 THEN matched ELSE [] END AS m
  MATCH (m)-[:ADVANCES]->(i:Initiative)
  WITH i, count(DISTINCT m) AS n
  ORDER BY n DESC, i.name, i.id
  LIMIT $initiatives
  RETURN collect({value: {{INITIATIVE}}, count: n}) AS initiatives
}
CALL (matched) {
  UNWIND CASE WHEN $hasIndicator THEN matched ELSE [] END AS m
  WITH EXISTS { (m)-[:HAS_INDICATOR]->(:Indicator) } AS value, count(*) AS n
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS hasIndicator
}
RETURN id, leadDepartments, supportingDepartments, documents, parks, initiatives, hasIndicator
