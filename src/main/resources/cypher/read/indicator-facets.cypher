// Facet counts of an indicator connection: the indicators its filter (WHERE) matches, grouped by one value per
// facet: how many have each value, most first, then by value (documents: by title). The same match as the page
// statement. A facet's limit parameter is 0 (false for kinds and comparators) when the query does not select it.
// DOCUMENT: the whole document (of doc) as its shape (read.shape) reads it.
MATCH (i:Indicator)
WHERE {{WHERE}}
WITH collect(i) AS matched
CALL (matched) {
  UNWIND CASE WHEN $years > 0 THEN matched ELSE [] END AS i
  WITH i.year AS value, count(*) AS n
  WHERE value IS NOT NULL
  ORDER BY n DESC, value
  LIMIT $years
  RETURN collect({value: value, count: n}) AS years
}
CALL (matched) {
  UNWIND CASE WHEN $kinds THEN matched ELSE [] END AS i
  WITH i.kind AS value, count(*) AS n
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS kinds
}
CALL (matched) {
  UNWIND CASE WHEN $comparators THEN matched ELSE [] END AS i
  WITH i.comparator AS value, count(*) AS n
  ORDER BY n DESC, value
  RETURN collect({value: value, count: n}) AS comparators
}
CALL (matched) {
  UNWIND CASE WHEN $units > 0 THEN matched ELSE [] END AS i
  WITH i.unit AS value, count(*) AS n
  WHERE value IS NOT NULL
  ORDER BY n DESC, value
  LIMIT $units
  RETURN collect({value: value, count: n}) AS units
}
CALL (matched) {
  UNWIND CASE WHEN $documents > 0 THEN matched ELSE [] END AS i
  WITH i.documentId AS documentId, count(*) AS n
  MATCH (doc:Document {id: documentId})
  WITH doc, n
  ORDER BY n DESC, doc.title, doc.id
  LIMIT $documents
  RETURN collect({value: {{DOCUMENT}}, count: n}) AS documents
}
RETURN years, kinds, comparators, units, documents
