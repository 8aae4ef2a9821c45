// As measures-nested-page, for a parent whose measures hang on relationships with a page key (V0040, written by
// seed/measure-page-keys) and the default order: the page is a range seek on the key index — keys of parent `id`
// lie between id + U+0001 and id + U+0002 — that stops after SKIP + LIMIT entries, so it costs the page, not every
// measure of the parent. $after is U+0001 followed by the key of the last measure of the previous page (a keyset
// cursor), or U+0001 alone; $seekSkip skips on from there (offset cursors). KEYED_ANCHOR binds `r` and `m`; TOTAL is
// the count of the parent's keys between `first` and `high` (index entries only) or -1 when neither totalCount nor
// pageInfo is selected. The bounds are bound before the subquery: Neo4j 5.26 seeks on them only as variables (written
// inline, `id + $after`, it scans the whole index in key order and filters).
UNWIND $ids AS id
{{PARENT_MATCH}}WITH *, id + '\u0001' AS first, id + $after AS low, id + '\u0002' AS high
CALL (id, low, high) {
  MATCH {{KEYED_ANCHOR}}
  WHERE r.pageKey > low AND r.pageKey < high AND {{WHERE}}
  WITH m, r ORDER BY r.pageKey
  SKIP $seekSkip LIMIT $limit
  RETURN collect({m: m, key: substring(r.pageKey, size(id) + 1)}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.m AS m, row.key AS pageKey
  RETURN collect(m {{{PROPERTIES}}{{PREFETCH}}, pageKey: pageKey}) AS page
}
RETURN id, {{TOTAL}} AS total, page{{PARENT}}
