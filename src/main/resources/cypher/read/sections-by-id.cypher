UNWIND $ids AS id
OPTIONAL MATCH (s:Section {id: id})
RETURN id, s {.id, .documentId, .label, .title, .text, .location, .quote} AS item
