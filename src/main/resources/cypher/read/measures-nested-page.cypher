// For each parent id, one page of its measures (the ANCHOR slot binds `m` to them) and their total, from one scan;
// PROPERTIES are the measure properties returned (graph.MeasureProperties: all, or what the query selects);
// the PREFETCH slot adds what the query selects of each measure's leads and document (graph.MeasurePrefetch), or
// nothing; PARENT_MATCH and PARENT the parent itself (graph.PageParent), when a root field and its nested page come
// in one statement. (Slot names in comments are written bare: a comment is filled like the rest of the template.)
// The page is projected in a second subquery: projecting inside a list comprehension over the anchor's rows trips
// Neo4j 5.26's planner when a prefetch pattern is added (cached-property check).
UNWIND $ids AS id
{{PARENT_MATCH}}CALL (id) {
  MATCH {{ANCHOR}}
  WHERE {{WHERE}}
  WITH m ORDER BY {{ORDER}}
  RETURN collect(m) AS rows
}
CALL (rows) {
  UNWIND rows[$skip..($skip + $limit)] AS m
  RETURN collect(m {{{PROPERTIES}}{{PREFETCH}}}) AS page
}
RETURN id, size(rows) AS total, page{{PARENT}}
