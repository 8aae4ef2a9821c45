// Removes an ingested document with its sections, measures and indicators (and their relationships).
MATCH (d:Document {id: $id})
OPTIONAL MATCH (n)
WHERE (n:Section OR n:Measure OR n:Indicator) AND n.documentId = $id
WITH d, labels(n)[0] AS label, collect(n) AS parts
FOREACH (part IN parts | DETACH DELETE part)
WITH d, collect({label: label, count: size(parts)}) AS removed
OPTIONAL MATCH (d)<-[incoming:CITES|IMPLEMENTS]-()
WITH d, removed, count(incoming) AS incomingReferences
DETACH DELETE d
RETURN removed, incomingReferences
