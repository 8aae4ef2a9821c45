// Plans (seeded and ingested), oldest first. Documents that are only cited (external) are reached through Document.cites.
MATCH (d:Document)
WHERE NOT d.external
RETURN d {.id, .title, .docNumber, .issuedOn, .status, .horizon, .external, .location, .quote} AS item
ORDER BY d.issuedOn, d.id
