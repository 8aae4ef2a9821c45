UNWIND $ids AS id
OPTIONAL MATCH (:Measure {id: id})-[:CONCERNS]->(p:Park)
WITH id, p ORDER BY p.name
RETURN id, collect(p {.id, .name, .aliases}) AS items
