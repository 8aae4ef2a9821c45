// One audit record, written in the same transaction as the change it describes. It takes the next number of the
// change sequence: the counter node's write lock serializes concurrent changes until they commit, so sequence order
// is commit order, and a reader asking for "seq above the last one seen" (read/changes-after, the changes
// subscription) never skips a change that committed late.
MERGE (log:ChangeLog {id: 'changes'})
SET log.seq = coalesce(log.seq, 0) + 1
CREATE (c:Change {id: randomUUID(), seq: log.seq, kind: $kind, actor: $actor, at: datetime(), documentId: $documentId,
                  target: $target, summary: $summary})
RETURN c.id AS id, toString(c.at) AS at
