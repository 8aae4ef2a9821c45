UNWIND $ids AS id
OPTIONAL MATCH (:Measure {id: id})-[:ADVANCES]->(i:Initiative)
WITH id, i ORDER BY i.name
RETURN id, collect(i {.id, .name, .aliases}) AS items
