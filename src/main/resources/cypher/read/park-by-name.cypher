MATCH (p:Park)
WHERE p.name = $name OR $name IN p.aliases
RETURN p {.id, .name, .aliases} AS item
ORDER BY CASE WHEN p.name = $name THEN 0 ELSE 1 END
LIMIT 1
