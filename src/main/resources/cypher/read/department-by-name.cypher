// Canonical name first, then any alias (商务局 finds 市商务局).
MATCH (d:Department)
WHERE d.name = $name OR $name IN d.aliases
RETURN d {.id, .name, .aliases, .level, curated: coalesce(d.curated, true)} AS item
ORDER BY CASE WHEN d.name = $name THEN 0 ELSE 1 END
LIMIT 1
