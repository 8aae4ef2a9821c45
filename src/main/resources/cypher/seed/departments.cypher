// The curated department vocabulary; graph-seed/vocabulary/departments.tsv is the source of truth.
UNWIND $departments AS d
MERGE (n:Department {id: d.id})
SET n.name = d.name, n.aliases = d.aliases, n.level = d.level, n.note = d.note
