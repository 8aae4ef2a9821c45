// Seeded plans, oldest first; external (only cited) documents are reached through CITES.
MATCH (d:Document)
WHERE d.external = false AND ($id IS NULL OR d.id = $id)
RETURN d {.id, .title, .docNumber, .issuedOn, .status, .horizon} AS document
ORDER BY d.issuedOn, d.id
