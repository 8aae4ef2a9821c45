// All metrics, by name.
MATCH (m:Metric)
RETURN m {.id, .name, .aliases, .kind} AS item
ORDER BY m.name, m.id
