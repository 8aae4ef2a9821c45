// Facet counts of an indicator list filtered by nothing but kinds and years (Filters.indicatorsCountedByKindAndYear),
// read from the stored counts instead of visiting the matches: years and kinds from the IndicatorCount of each kind
// and year the WHERE covers, comparators, units and documents from those kinds' and years' IndicatorFacetCount cells
// (index indicator_facet_count_scope). The WHERE's conditions hold on both as they are (their kind and year are the
// indicators'). The same rows and order as read/indicator-facets gives the same filter; O(cells covered), however
// many indicators match. A facet's limit parameter is 0 (false for kinds and comparators) when the query does not
// select it. DOCUMENT: the whole document (of doc) as its shape (read.shape) reads it.
CALL () {
  MATCH (i:IndicatorCount)
  WHERE $years > 0 AND i.year IS NOT NULL AND {{WHERE}}
  WITH i.year AS value, sum(i.count) AS n
  WHERE n > 0
  ORDER BY n DESC, value
  LIMIT $years
  RETURN collect({value: value, count: n}) AS years
}
CALL () {
  MATCH (i:IndicatorCount)
  WHERE $kinds AND {{WHERE}}
  WITH i.kind AS value, sum(i.count) AS n
  WHERE n > 0
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS kinds
}
CALL () {
  MATCH (i:IndicatorFacetCount)
  WHERE $comparators AND i.facet = 'comparators' AND {{WHERE}}
  WITH i.value AS value, sum(i.count) AS n
  WHERE n > 0
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS comparators
}
CALL () {
  MATCH (i:IndicatorFacetCount)
  WHERE $units > 0 AND i.facet = 'units' AND {{WHERE}}
  WITH i.value AS value, sum(i.count) AS n
  WHERE n > 0
  ORDER BY n DESC, value
  LIMIT $units
  RETURN collect({value: value, count: n}) AS units
}
CALL () {
  MATCH (i:IndicatorFacetCount)
  WHERE $documents > 0 AND i.facet = 'documents' AND {{WHERE}}
  WITH i.value AS documentId, sum(i.count) AS n
  WHERE n > 0
  MATCH (doc:Document {id: documentId})
  WITH doc, n
  ORDER BY n DESC, doc.title, doc.id
  LIMIT $documents
  RETURN collect({value: {{DOCUMENT}}, count: n}) AS documents
}
RETURN years, kinds, comparators, units, documents
