MATCH (i:Initiative)
RETURN i {.id, .name, .aliases} AS item
ORDER BY i.name
