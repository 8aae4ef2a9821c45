// The curated department vocabulary; graph-seed/vocabulary/departments.tsv is the source of truth.
UNWIND $departments AS d
MERGE (n:Department {id: d.id})
// Aliases editors added at run time (n.editorAliases, addDepartmentAlias) survive every reload of the vocabulary.
SET n.curated = true, n.name = d.name, n.aliases = d.aliases + [a IN coalesce(n.editorAliases, []) WHERE NOT a IN d.aliases], n.level = d.level, n.note = d.note, n.place = d.place
