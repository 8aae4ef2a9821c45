UNWIND $ids AS id
OPTIONAL MATCH (doc:Document)-[:ISSUED_BY]->(:Department {id: id})
WITH id, doc ORDER BY doc.issuedOn
RETURN id, collect(doc {.id, .title, .docNumber, .issuedOn, .status, .horizon, .external, .location, .quote}) AS items
