UNWIND $ids AS id
OPTIONAL MATCH (i:Initiative {id: id})
RETURN id, i {.id, .name, .aliases} AS item
