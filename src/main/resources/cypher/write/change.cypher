// One audit record, written in the same transaction as the change it describes.
CREATE (c:Change {id: randomUUID(), kind: $kind, actor: $actor, at: datetime(), documentId: $documentId,
                  target: $target, summary: $summary})
RETURN c.id AS id, toString(c.at) AS at
