// One page of measures matching a filter, and how many match in all.
CALL () {
  MATCH (m:Measure)
  WHERE {{WHERE}}
  RETURN count(m) AS total
}
CALL () {
  MATCH (m:Measure)
  WHERE {{WHERE}}
  WITH m ORDER BY {{ORDER}}
  SKIP $skip LIMIT $limit
  RETURN collect(m {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote}) AS page
}
RETURN total, page
