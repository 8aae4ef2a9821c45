// For each parent id, one page of its measures ({{ANCHOR}} binds `m` to them) and their total.
UNWIND $ids AS id
CALL (id) {
  MATCH {{ANCHOR}}
  WHERE {{WHERE}}
  RETURN count(m) AS total
}
CALL (id) {
  MATCH {{ANCHOR}}
  WHERE {{WHERE}}
  WITH m ORDER BY {{ORDER}}
  SKIP $skip LIMIT $limit
  RETURN collect(m {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote}) AS page
}
RETURN id, total, page
