// One page of what MATCH binds to V (under parent PARENT_ID, '' for a root list) and how many match in all: one
// scan serves both. The page is projected in a second subquery: projecting inside a list comprehension over the
// rows trips Neo4j 5.26's planner when patterns are projected (cached-property check). Returns one row: OUT.
WITH {{PARENT_ID}} AS id
CALL (id) {
  MATCH {{MATCH}}
  WHERE {{WHERE}}
  WITH {{V}} ORDER BY {{ORDER}}
  RETURN collect({{V}}) AS rows
}
CALL (rows) {
  UNWIND rows[{{SKIP}}..({{SKIP}} + {{LIMIT}})] AS {{V}}
  RETURN collect({{V}} {{{PROPERTIES}}}) AS page
}
RETURN {total: size(rows), page: page} AS {{OUT}}
