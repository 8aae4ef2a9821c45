UNWIND $parks AS p
MERGE (n:Park {id: p.id})
// Aliases editors added at run time (n.editorAliases, addParkAlias) survive every reload of the vocabulary.
SET n.name = p.name, n.aliases = p.aliases + [a IN coalesce(n.editorAliases, []) WHERE NOT a IN p.aliases], n.note = p.note
WITH n, p
OPTIONAL MATCH (n)<-[old:ADMINISTERS]-()
DELETE old
WITH DISTINCT n, p
UNWIND p.administeredBy AS departmentId
MATCH (d:Department {id: departmentId})
MERGE (d)-[:ADMINISTERS]->(n)
