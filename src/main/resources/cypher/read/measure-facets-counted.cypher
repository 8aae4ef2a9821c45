// Facet counts of unfiltered measure lists, read from the stored counts (seed/measure-facet-counts) instead of
// visiting the measures: for each parent id (the root list has the one id ''), the counts of the list $anchor names,
// per facet a prefix seek on the counts' key (constraint measure_facet_count_key), most first, then by name — the
// same rows and order as read/measure-facets gives the same list. O(values of the facet), however many measures the
// list holds. Each facet's limit parameter is 0 (false for hasIndicator) when the query does not select it.
// DEPARTMENT (of d), DOCUMENT (doc), PARK (p), INITIATIVE (i): the whole objects as their shapes (read.shape) read them.
UNWIND $ids AS id
WITH id, $anchor + '|' + id + '|' AS list
CALL (list) {
  UNWIND CASE WHEN $leadDepartments > 0 THEN [list + 'leadDepartments|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  MATCH (d:Department {id: c.value})
  WITH d, c.count AS n
  ORDER BY n DESC, d.name, d.id
  LIMIT $leadDepartments
  RETURN collect({value: {{DEPARTMENT}}, count: n}) AS leadDepartments
}
CALL (list) {
  UNWIND CASE WHEN $supportingDepartments > 0 THEN [list + 'supportingDepartments|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  MATCH (d:Department {id: c.value})
  WITH d, c.count AS n
  ORDER BY n DESC, d.name, d.id
  LIMIT $supportingDepartments
  RETURN collect({value: {{DEPARTMENT}}, count: n}) AS supportingDepartments
}
CALL (list) {
  UNWIND CASE WHEN $documents > 0 THEN [list + 'documents|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  MATCH (doc:Document {id: c.value})
  WITH doc, c.count AS n
  ORDER BY n DESC, doc.title, doc.id
  LIMIT $documents
  RETURN collect({value: {{DOCUMENT}}, count: n}) AS documents
}
CALL (list) {
  UNWIND CASE WHEN $parks > 0 THEN [list + 'parks|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  MATCH (p:Park {id: c.value})
  WITH p, c.count AS n
  ORDER BY n DESC, p.name, p.id
  LIMIT $parks
  RETURN collect({value: {{PARK}}, count: n}) AS parks
}
CALL (list) {
  UNWIND CASE WHEN $initiatives > 0 THEN [list + 'initiatives|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  MATCH (i:Initiative {id: c.value})
  WITH i, c.count AS n
  ORDER BY n DESC, i.name, i.id
  LIMIT $initiatives
  RETURN collect({value: {{INITIATIVE}}, count: n}) AS initiatives
}
CALL (list) {
  UNWIND CASE WHEN $hasIndicator THEN [list + 'hasIndicator|'] ELSE [] END AS facet
  MATCH (c:MeasureFacetCount) WHERE c.key STARTS WITH facet AND c.count > 0
  WITH c.value = 'true' AS value, c.count AS n
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS hasIndicator
}
RETURN id, leadDepartments, supportingDepartments, documents, parks, initiatives, hasIndicator
