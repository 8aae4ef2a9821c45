// The counts that answer totalCount without counting (issue 16; docs/graph-model.md "Measure counts"): adds $sign
// times the roles the documents $documentIds give each department on their measures to its measuresLed,
// measuresSupported and measuresCoordinated, their indicators of each kind and year to that IndicatorCount, and to
// that kind and year's IndicatorFacetCount of each comparator, unit and document (key = the IndicatorCount's key,
// the facet and the value, joined by '|'; merged in key order, so concurrent writers lock cells in one order) —
// $sign = -1 before a document's parts are removed (re-write, retraction), +1 after its links are written — and sets
// each document's measureCount. In the writer's transaction, so a killed or
// failed write rolls the counts back with the roles. The increment reads the property inside its own SET, so Neo4j
// takes the department's write lock before reading it (a direct dependency): concurrent writers touching one
// department queue on it and no increment is lost. Absent counts read as 0.
UNWIND $documentIds AS documentId
CALL (documentId) {
  MATCH (:Measure {documentId: documentId})<-[r:LEADS|SUPPORTS|COORDINATES]-(d:Department)
  WITH d, sum(CASE type(r) WHEN 'LEADS' THEN 1 ELSE 0 END) AS leads,
       sum(CASE type(r) WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
       sum(CASE type(r) WHEN 'COORDINATES' THEN 1 ELSE 0 END) AS coordinates
  SET d.measuresLed = coalesce(d.measuresLed, 0) + $sign * leads,
      d.measuresSupported = coalesce(d.measuresSupported, 0) + $sign * supports,
      d.measuresCoordinated = coalesce(d.measuresCoordinated, 0) + $sign * coordinates
}
CALL (documentId) {
  MATCH (doc:Document {id: documentId})
  SET doc.measureCount = COUNT { (:Measure {documentId: documentId}) }
}
CALL (documentId) {
  MATCH (i:Indicator {documentId: documentId})
  WITH i.kind AS kind, i.year AS year, count(*) AS n
  MERGE (c:IndicatorCount {key: kind + ':' + coalesce(toString(year), '')})
  ON CREATE SET c.kind = kind, c.year = year
  SET c.count = coalesce(c.count, 0) + $sign * n
}
CALL (documentId) {
  MATCH (i:Indicator {documentId: documentId})
  UNWIND [['comparators', i.comparator], ['units', i.unit], ['documents', documentId]] AS facet
  WITH i.kind AS kind, i.year AS year, facet[0] AS name, facet[1] AS value, count(*) AS n
  WHERE value IS NOT NULL
  WITH kind + ':' + coalesce(toString(year), '') + '|' + name + '|' + value AS key, kind, year, name, value, n
  ORDER BY key
  MERGE (c:IndicatorFacetCount {key: key})
  ON CREATE SET c.kind = kind, c.year = year, c.facet = name, c.value = value
  SET c.count = coalesce(c.count, 0) + $sign * n
}
