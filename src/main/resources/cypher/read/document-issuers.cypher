UNWIND $ids AS id
OPTIONAL MATCH (:Document {id: id})-[:ISSUED_BY]->(dept:Department)
WITH id, dept ORDER BY dept.name
RETURN id, collect(dept {.id, .name, .aliases, .level, curated: coalesce(dept.curated, true)}) AS items
