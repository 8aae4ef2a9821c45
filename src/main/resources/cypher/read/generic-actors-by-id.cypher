UNWIND $ids AS id
OPTIONAL MATCH (g:GenericActor {id: id})
RETURN id, g {.id, .name, .kind, .note} AS item
