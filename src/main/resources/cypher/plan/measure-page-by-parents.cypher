// A page of the root measure list, in the default order, for a filter that names its parents — a department in a
// role, a park, an initiative (MeasureConditions.Parents) — without reading every measure: each parent the name
// matches (PARENTS binds `parent`, usually one) gives its first SEEK_SKIP + LIMIT measures that pass the whole filter
// (WHERE) from its page-key range (KEYED_ANCHOR binds `r` and `m`), as in plan/measure-page-keyed; the page is the
// first of those by the measures' own keys (V0045), each measure once. It costs O(parents × page) until WHERE's other
// conditions reject most of a parent's measures. AFTER and SEEK_SKIP as in plan/measure-page-keyed; TOTAL is
// computed first. Returns one row: OUT, the map {total, page}.
WITH {{TOTAL}} AS total
CALL () {
  {{PARENTS}}
  WITH parent.id + {{AFTER}} AS low, parent.id + '\u0002' AS high
  CALL (low, high) {
    MATCH {{KEYED_ANCHOR}}
    WHERE r.pageKey > low AND r.pageKey < high AND {{WHERE}}
    WITH m ORDER BY r.pageKey
    LIMIT {{SEEK_SKIP}} + {{LIMIT}}
    RETURN m
  }
  WITH DISTINCT m
  WITH m ORDER BY m.pageKey
  SKIP {{SEEK_SKIP}} LIMIT {{LIMIT}}
  RETURN collect({m: m, key: substring(m.pageKey, 1)}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.m AS m, row.key AS pageKey
  RETURN collect(m {{{PROPERTIES}}, pageKey: pageKey}) AS page
}
RETURN {total: total, page: page} AS {{OUT}}
