// The metric each indicator measures, if any.
UNWIND $ids AS id
OPTIONAL MATCH (:Indicator {id: id})-[:OF_METRIC]->(m:Metric)
RETURN id, m {.id, .name, .aliases, .kind} AS metric
