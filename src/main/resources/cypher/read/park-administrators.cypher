UNWIND $ids AS id
OPTIONAL MATCH (d:Department)-[:ADMINISTERS]->(:Park {id: id})
WITH id, d ORDER BY d.name
RETURN id, collect(d {.id, .name, .aliases, .level, curated: coalesce(d.curated, true)}) AS items
