// Each metric's indicators across plans: by year (undated last), ACTUAL, BASELINE, TARGET, then the plan's issue date;
// INDICATOR: the whole indicator as its shape (read.shape) reads it.
UNWIND $ids AS id
OPTIONAL MATCH (:Metric {id: id})<-[:OF_METRIC]-(i:Indicator)
WITH id, i
ORDER BY i.year IS NULL, i.year, CASE i.role WHEN 'ACTUAL' THEN 0 WHEN 'BASELINE' THEN 1 ELSE 2 END, i.issuedOn,
         i.documentId, i.seq
RETURN id, collect({{INDICATOR}}) AS items
