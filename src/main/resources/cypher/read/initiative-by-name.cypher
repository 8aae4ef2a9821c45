MATCH (i:Initiative)
WHERE i.name = $name OR $name IN i.aliases
RETURN i {.id, .name, .aliases} AS item
ORDER BY CASE WHEN i.name = $name THEN 0 ELSE 1 END
LIMIT 1
