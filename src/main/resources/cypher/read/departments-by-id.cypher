UNWIND $ids AS id
OPTIONAL MATCH (d:Department {id: id})
RETURN id, d {.id, .name, .aliases, .level} AS item
