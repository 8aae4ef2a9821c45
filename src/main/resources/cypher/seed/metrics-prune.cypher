// Metrics removed from the vocabulary disappear with their OF_METRIC links.
MATCH (n:Metric)
WHERE NOT n.id IN $ids
DETACH DELETE n
