UNWIND $ids AS id
OPTIONAL MATCH (:Department {id: id})-[:ADMINISTERS]->(p:Park)
WITH id, p ORDER BY p.name
RETURN id, collect(p {.id, .name, .aliases}) AS items
