MATCH (d:Document {id: $id})
RETURN d.contentHash AS contentHash
