// The number of the last change so far (0 before the first): where a subscription without a cursor starts.
OPTIONAL MATCH (log:ChangeLog {id: 'changes'})
RETURN coalesce(log.seq, 0) AS seq
