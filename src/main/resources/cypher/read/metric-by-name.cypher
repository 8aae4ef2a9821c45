// A metric by name or alias; its own name wins over another metric's alias.
MATCH (m:Metric)
WHERE m.name = $name OR $name IN m.aliases
RETURN m {.id, .name, .aliases, .kind} AS item
ORDER BY CASE WHEN m.name = $name THEN 0 ELSE 1 END, m.id
LIMIT 1
