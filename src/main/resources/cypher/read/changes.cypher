// The audit trail, newest first, optionally of one document.
MATCH (c:Change)
WHERE $documentId IS NULL OR c.documentId = $documentId
RETURN c.id AS id, c.kind AS kind, c.actor AS actor, toString(c.at) AS at, c.documentId AS documentId,
       c.target AS target, c.summary AS summary
ORDER BY c.at DESC, c.id
LIMIT $first
