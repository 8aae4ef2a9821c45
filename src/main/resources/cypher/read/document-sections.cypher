// Top-level sections of each document, in printed order.
UNWIND $ids AS id
OPTIONAL MATCH (:Document {id: id})-[:HAS_PART]->(s:Section)
WITH id, s ORDER BY s.order
RETURN id, collect(s {.id, .documentId, .label, .title, .text, .location, .quote}) AS items
