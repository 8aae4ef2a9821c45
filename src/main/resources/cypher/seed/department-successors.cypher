// Renamed or merged bodies (graph-seed/vocabulary/department-successors.tsv): the old name keeps its node and facts,
// linked to its successor with the date of the change. Links no longer in the file go.
MATCH (:Department)-[old:SUCCEEDED_BY]->(:Department)
DELETE old
WITH count(*) AS cleared
UNWIND $successions AS s
MATCH (a:Department {id: s.fromId}), (b:Department {id: s.toId})
MERGE (a)-[r:SUCCEEDED_BY]->(b)
SET r.since = s.since, r.note = s.note
