UNWIND $ids AS id
OPTIONAL MATCH (m:Measure {id: id})
RETURN id, m {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote} AS item
