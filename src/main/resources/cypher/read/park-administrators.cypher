UNWIND $ids AS id
OPTIONAL MATCH (d:Department)-[:ADMINISTERS]->(:Park {id: id})
WITH id, d ORDER BY d.name
RETURN id, collect(d {.id, .name, .aliases, .level}) AS items
