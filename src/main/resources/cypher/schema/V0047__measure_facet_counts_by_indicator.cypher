// The facet counts gain the lists HAS_INDICATOR|true and HAS_INDICATOR|false (the root measures filtered by
// hasIndicator alone: its facets read them, O(values), instead of counting every match; seed/measure-facet-counts
// keeps them from this release on). A data migration, run once, as V0046 was: every count is cleared and added up
// again document by document, a few documents per transaction, exactly as the writer adds a document
// (SchemaMigrationsTest compares the two). A run cut short runs again whole, starting from the clearing.
MATCH (c:MeasureFacetCount)
CALL (c) {
  DELETE c
} IN TRANSACTIONS OF 5000 ROWS;
MATCH (doc:Document)
WHERE EXISTS { (:Measure {documentId: doc.id}) }
WITH doc.id AS documentId
CALL (documentId) {
  MATCH (m:Measure {documentId: documentId})
  WITH m, documentId,
       [(d:Department)-[:LEADS]->(m) | d.id] AS leads,
       [(d:Department)-[:SUPPORTS]->(m) | d.id] AS supporters,
       [(d:Department)-[:COORDINATES]->(m) | d.id] AS coordinators,
       [(m)-[:CONCERNS]->(p:Park) | p.id] AS parks,
       [(m)-[:ADVANCES]->(i:Initiative) | i.id] AS initiatives,
       toString(EXISTS { (m)-[:HAS_INDICATOR]->(:Indicator) }) AS hasIndicator
  WITH m,
       ['ALL|', 'DOCUMENT|' + documentId, 'HAS_INDICATOR|' + hasIndicator] + [id IN leads | 'LED_BY|' + id]
         + [id IN supporters | 'SUPPORTED_BY|' + id] + [id IN coordinators | 'COORDINATED_BY|' + id]
         + [id IN parks | 'PARK|' + id] + [id IN initiatives | 'INITIATIVE|' + id] AS lists,
       [id IN leads | ['leadDepartments', id]] + [id IN supporters | ['supportingDepartments', id]]
         + [['documents', documentId]] + [id IN parks | ['parks', id]] + [id IN initiatives | ['initiatives', id]]
         + [['hasIndicator', hasIndicator]] AS values
  UNWIND lists AS list
  UNWIND values AS value
  WITH list + '|' + value[0] + '|' + value[1] AS key, value[1] AS valueId, count(DISTINCT m) AS n
  ORDER BY key
  MERGE (c:MeasureFacetCount {key: key})
  ON CREATE SET c.value = valueId
  SET c.count = coalesce(c.count, 0) + n
} IN TRANSACTIONS OF 20 ROWS;
