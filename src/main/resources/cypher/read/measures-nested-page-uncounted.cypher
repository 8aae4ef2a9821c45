// As measures-nested-page, for queries that select neither totalCount nor pageInfo: the page alone, with a top-k
// sort instead of collecting every match to count it. total is -1 (not computed).
UNWIND $ids AS id
{{PARENT_MATCH}}CALL (id) {
  MATCH {{ANCHOR}}
  WHERE {{WHERE}}
  WITH m ORDER BY {{ORDER}}
  SKIP $skip LIMIT $limit
  RETURN collect(m) AS rows
}
CALL (rows) {
  UNWIND rows AS m
  RETURN collect(m {{{PROPERTIES}}{{PREFETCH}}}) AS page
}
RETURN id, -1 AS total, page{{PARENT}}
