// Documents a plan CITES or IMPLEMENTS ($type), with the quote that says so.
UNWIND $ids AS id
OPTIONAL MATCH (:Document {id: id})-[r:CITES|IMPLEMENTS]->(cited:Document)
WHERE type(r) = $type
WITH id, cited ORDER BY cited.issuedOn, cited.docNumber, cited.title
RETURN id, collect(cited {.id, .title, .docNumber, .issuedOn, .status, .horizon, .external, .location, .quote}) AS items
