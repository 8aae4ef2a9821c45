// Generic actors (各区人民政府, 各相关部门, 市政府分管领导 …); graph-seed/vocabulary/not-departments.tsv is the source of truth;
// a phrase listed there after a plan's roles named it (recognised-generic-actors.cypher) becomes curated.
UNWIND $actors AS g
MERGE (n:GenericActor {id: g.id})
SET n.name = g.name, n.kind = g.kind, n.note = g.note
REMOVE n.curated
