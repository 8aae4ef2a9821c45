// Documents with a measure whose LEADS, SUPPORTS, COORDINATES, CONCERNS or ADVANCES relationship has no page key
// (written before V0040): graph.GraphSchema gives them keys with seed/measure-page-keys.
MATCH (m:Measure)-[r:LEADS|SUPPORTS|COORDINATES|CONCERNS|ADVANCES]-()
WHERE r.pageKey IS NULL
RETURN DISTINCT m.documentId AS documentId
