UNWIND $indicators AS i
OPTIONAL MATCH (measure:Measure {id: i.ownerId})
OPTIONAL MATCH (section:Section {id: i.ownerId})
WITH i, coalesce(measure, section) AS owner
CREATE (n:Indicator {id: i.id})
SET n.documentId = i.documentId, n.name = i.name, n.value = i.value, n.valueMax = i.valueMax, n.unit = i.unit,
    n.year = i.year, n.kind = i.kind, n.comparator = i.comparator, n.aspirational = i.aspirational, n.seq = i.seq, n.issuedOn = $issuedOn,
    n.location = i.location, n.quote = i.quote,
    n.role = i.role, n.period = i.period, n.periodFrom = i.periodFrom, n.periodTo = i.periodTo,
    n.printedUnit = i.printedUnit, n.each = i.each, n.metricId = i.metricId
WITH n, owner, i
FOREACH (o IN CASE WHEN owner IS NULL THEN [] ELSE [owner] END | CREATE (o)-[:HAS_INDICATOR]->(n))
WITH n, i
OPTIONAL MATCH (metric:Metric {id: i.metricId})
FOREACH (m IN CASE WHEN metric IS NULL THEN [] ELSE [metric] END | CREATE (n)-[:OF_METRIC]->(m))
