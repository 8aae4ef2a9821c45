UNWIND $ids AS id
OPTIONAL MATCH (p:Park {id: id})
RETURN id, p {.id, .name, .aliases} AS item
