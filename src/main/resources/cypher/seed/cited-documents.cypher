// Documents a plan cites that are not themselves seeded: only number and title are known.
UNWIND $documents AS c
MERGE (d:Document {id: c.id})
ON CREATE SET d.external = true
SET d.title = coalesce(d.title, c.title), d.docNumber = coalesce(d.docNumber, c.docNumber)
