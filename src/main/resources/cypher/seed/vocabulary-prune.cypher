// Vocabulary entries removed from the files disappear from the graph with their relationships.
MATCH (n)
WHERE (n:Department AND NOT n.id IN $departmentIds)
   OR (n:Park AND NOT n.id IN $parkIds)
   OR (n:Initiative AND NOT n.id IN $initiativeIds)
DETACH DELETE n
