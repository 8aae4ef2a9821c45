UNWIND $parks AS p
MERGE (n:Park {id: p.id})
SET n.name = p.name, n.aliases = p.aliases, n.note = p.note
WITH n, p
OPTIONAL MATCH (n)<-[old:ADMINISTERS]-()
DELETE old
WITH DISTINCT n, p
UNWIND p.administeredBy AS departmentId
MATCH (d:Department {id: departmentId})
MERGE (d)-[:ADMINISTERS]->(n)
