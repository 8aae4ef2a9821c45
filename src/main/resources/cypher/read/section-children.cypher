// Direct parts of each section: sub-sections and measures, in printed order.
UNWIND $ids AS id
OPTIONAL MATCH (:Section {id: id})-[:HAS_PART]->(child)
WHERE child:Measure = $measures AND (child:Measure OR child:Section)
WITH id, child ORDER BY child.order
RETURN id, collect(child {.id, .documentId, .number, .list, .label, .title, .text, .timeline, .location, .quote}) AS items
