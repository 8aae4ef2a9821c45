// Bodies a submitted plan names that the curated vocabulary lacks: a Department (a name in a responsibility slot) or
// a Park (a park or zone a measure names) flagged curated = false, with the document, location and quote it was first
// read from. MERGE on the id (derived from the plan's place, or the document where the place is unknown, and the
// printed name: ingest.UnknownBodies), so a second plan of the same place naming the same body reaches the same node;
// a curated node is never touched.
UNWIND [b IN $bodies WHERE b.label = 'Department'] AS b
MERGE (d:Department {id: b.id})
ON CREATE SET d.curated = false, d.name = b.name, d.aliases = [], d.documentId = b.documentId,
              d.location = b.location, d.quote = b.quote, d.place = b.place
WITH count(*) AS departments
UNWIND [b IN $bodies WHERE b.label = 'Park'] AS b
MERGE (p:Park {id: b.id})
ON CREATE SET p.curated = false, p.name = b.name, p.aliases = [], p.documentId = b.documentId,
              p.location = b.location, p.quote = b.quote, p.place = b.place
