// Bodies a submitted plan names that the curated vocabulary lacks: a Department flagged curated = false, with the
// document, location and quote it was first read from. MERGE on the id (derived from the printed name), so a second
// plan naming the same body reaches the same node; a curated node is never touched.
UNWIND $bodies AS b
MERGE (d:Department {id: b.id})
ON CREATE SET d.curated = false, d.name = b.name, d.aliases = [], d.documentId = b.documentId,
              d.location = b.location, d.quote = b.quote
