// A page of the measures hanging on parent PARENT_ID by relationships with a page key (V0040, written by
// seed/measure-page-keys), or of all measures by their own key (PARENT_ID '', V0045), in the default order: a range
// seek on the key index — keys of parent `id` lie between id + U+0001 and id + U+0002 — that stops after the page, so
// it costs the page, not every measure of the parent. KEYED_ANCHOR binds `m` (and `r`); KEY is the key it seeks
// (r.pageKey, or m.pageKey). AFTER is U+0001 followed by the key of the last measure of the previous page (a keyset
// cursor), or U+0001 alone; SEEK_SKIP skips on from there (offset cursors). TOTAL is how many measures the parent
// has, read in O(1) (MeasureConditions.Anchor.total: a stored count, the node's degree or the label's count, issue
// 16), or -1 when neither totalCount nor pageInfo is selected; evaluated first, while the parent is in scope.
// The bounds are bound before the subquery: Neo4j 5.26 seeks on them only as variables. PROPERTIES: what the query
// selects of each measure (read.plan). Returns one row: OUT, the map {total, page}.
WITH {{PARENT_ID}} AS id, {{TOTAL}} AS total
WITH id, total, id + {{AFTER}} AS low, id + '\u0002' AS high
CALL (id, low, high) {
  MATCH {{KEYED_ANCHOR}}
  WHERE {{KEY}} > low AND {{KEY}} < high AND {{WHERE}}
  WITH m, {{KEY}} AS key ORDER BY {{KEY}}
  SKIP {{SEEK_SKIP}} LIMIT {{LIMIT}}
  RETURN collect({m: m, key: substring(key, size(id) + 1)}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.m AS m, row.key AS pageKey
  RETURN collect(m {{{PROPERTIES}}, pageKey: pageKey}) AS page
}
RETURN {total: total, page: page} AS {{OUT}}
