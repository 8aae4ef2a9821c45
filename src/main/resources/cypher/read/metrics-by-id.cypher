UNWIND $ids AS id
OPTIONAL MATCH (m:Metric {id: id})
RETURN id, m {.id, .name, .aliases, .kind} AS item
