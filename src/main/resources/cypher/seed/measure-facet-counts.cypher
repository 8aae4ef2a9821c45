// The counts that answer an unfiltered measure list's facets without visiting its measures (issue 16;
// docs/graph-model.md "Measure counts"): adds $sign times the measures of the documents $documentIds to one
// (:MeasureFacetCount {key, value, count}) per list and facet value. key = anchor|parentId|facet|valueId, where the
// anchor names the list as read.plan's Anchor does (ALL with parentId '', DOCUMENT, LED_BY, SUPPORTED_BY,
// COORDINATED_BY, PARK, INITIATIVE), or HAS_INDICATOR with parentId 'true' or 'false' (the root list filtered by
// hasIndicator alone), and the facet as MeasureFacets does; value is the value's id (for hasIndicator 'true' or
// 'false'). A measure counts once per list and value, as read/measure-facets counts DISTINCT measures.
// $sign = -1 before a document's parts are removed or a department's roles move (department merge), +1 after. In the
// writer's transaction; the cells are merged in key order and each increment reads the count inside its own SET, so
// concurrent writers queue on a cell's lock in one order and lose no increment. Counts of 0 stay, read as absent.
UNWIND $documentIds AS documentId
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
SET c.count = coalesce(c.count, 0) + $sign * n
