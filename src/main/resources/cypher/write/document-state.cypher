// What the graph holds for a document about to be ingested: its content hash and origin, its measures' ids (to
// report which stay), and other documents carrying the same document number.
OPTIONAL MATCH (d:Document {id: $id})
OPTIONAL MATCH (m:Measure {documentId: $id})
WITH d, collect(m.id) AS measureIds
OPTIONAL MATCH (other:Document {docNumber: $docNumber})
WHERE other.id <> $id AND other.external = false
RETURN d IS NOT NULL AND d.external = false AS present, d.contentHash AS contentHash,
       coalesce(d.origin, 'seed') AS origin, measureIds, collect(other.id) AS sameDocNumber
