MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.docNumber = $doc.docNumber, d.issuedOn = $doc.issuedOn, d.status = $doc.status,
    d.horizon = $doc.horizon, d.external = false, d.contentHash = $contentHash,
    d.location = $doc.location, d.quote = $doc.quote, d.origin = 'seed', d.place = $doc.place
// the write path marks its own documents again (write/document-ingested) in the same transaction
REMOVE d.ingestedBy, d.ingestedAt
WITH d
OPTIONAL MATCH (d)-[old:ISSUED_BY|CITES|IMPLEMENTS]->()
DELETE old
WITH DISTINCT d
UNWIND $doc.issuerIds AS issuerId
MATCH (issuer:Department {id: issuerId})
MERGE (d)-[:ISSUED_BY]->(issuer)
