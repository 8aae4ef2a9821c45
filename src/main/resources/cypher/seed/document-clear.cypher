// Re-loading a document replaces its parts; node ids are stable, so the result is the same graph.
MATCH (n)
WHERE (n:Section OR n:Measure OR n:Indicator) AND n.documentId = $id
DETACH DELETE n
