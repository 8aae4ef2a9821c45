// For each parent id, one page of its measures ({{ANCHOR}} binds `m` to them) and their total, from one scan;
// {{PREFETCH}} adds what the query selects of each measure's leads and document (graph.MeasurePrefetch), or nothing.
UNWIND $ids AS id
CALL (id) {
  MATCH {{ANCHOR}}
  WHERE {{WHERE}}
  WITH m ORDER BY {{ORDER}}
  RETURN collect(m) AS rows
}
RETURN id, size(rows) AS total,
       [m IN rows[$skip..($skip + $limit)] | m {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote{{PREFETCH}}}] AS page
