// Marks a document as written by the write path (not graph-seed): only such documents can be retracted.
MATCH (d:Document {id: $id})
SET d.origin = 'ingest', d.ingestedBy = $actor, d.ingestedAt = datetime()
