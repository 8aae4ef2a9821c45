// Every indicator whose metricId names a metric measures it; links to metrics it no longer names are removed.
MATCH (i:Indicator)
OPTIONAL MATCH (i)-[old:OF_METRIC]->(m:Metric)
WHERE m.id <> coalesce(i.metricId, '')
DELETE old
WITH DISTINCT i
WHERE i.metricId IS NOT NULL
MATCH (m:Metric {id: i.metricId})
MERGE (i)-[:OF_METRIC]->(m)
