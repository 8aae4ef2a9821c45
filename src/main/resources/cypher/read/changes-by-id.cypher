// Audit records by id (node(id:) for editors).
UNWIND $ids AS id
OPTIONAL MATCH (c:Change {id: id})
RETURN id, CASE WHEN c IS NULL THEN null ELSE c {.id, .kind, .actor, at: toString(c.at), .documentId, .target, .summary} END AS item
