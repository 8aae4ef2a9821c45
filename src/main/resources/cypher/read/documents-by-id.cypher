UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
RETURN id, d {.id, .title, .docNumber, .issuedOn, .status, .horizon, .external, .location, .quote} AS item
