// Audit records numbered above $after, oldest first (the changes subscription's poll; index change_seq).
MATCH (c:Change)
WHERE c.seq > $after
RETURN c.seq AS seq, c.id AS id, c.kind AS kind, toString(c.at) AS at, c.documentId AS documentId, c.target AS target
ORDER BY c.seq
LIMIT $limit
