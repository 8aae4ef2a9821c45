// One page of what MATCH binds to V (under parent PARENT_ID, '' for a root list) by a top-k sort; TOTAL is a
// count of its own (a COUNT subquery an index can serve, or a parent's O(1) count: MeasureConditions.Anchor.total)
// or -1 when neither totalCount nor pageInfo is selected; evaluated first, while the parent is in scope.
// Returns one row: OUT.
WITH {{PARENT_ID}} AS id, {{TOTAL}} AS total
CALL (id) {
  MATCH {{MATCH}}
  WHERE {{WHERE}}
  WITH {{V}} ORDER BY {{ORDER}}
  SKIP {{SKIP}} LIMIT {{LIMIT}}
  RETURN collect({{V}}) AS rows
}
CALL (rows) {
  UNWIND rows AS {{V}}
  RETURN collect({{V}} {{{PROPERTIES}}}) AS page
}
RETURN {total: total, page: page} AS {{OUT}}
