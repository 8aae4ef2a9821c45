// A separate statement from sections.cypher, so every parent exists before it is linked.
UNWIND $sections AS s
MATCH (n:Section {id: s.id})
OPTIONAL MATCH (parentSection:Section {id: s.parentId})
OPTIONAL MATCH (parentDocument:Document {id: s.documentId})
WITH n, CASE WHEN s.parentId IS NULL THEN parentDocument ELSE parentSection END AS parent
FOREACH (p IN CASE WHEN parent IS NULL THEN [] ELSE [parent] END | CREATE (p)-[:HAS_PART]->(n))
