// Aliases editors added at run time, to be used by the next ingest alongside the curated vocabulary.
MATCH (n)
WHERE (n:Department OR n:Park) AND n.editorAliases IS NOT NULL
RETURN CASE WHEN n:Park THEN 'Park' ELSE 'Department' END AS label, n.id AS id, n.editorAliases AS aliases
