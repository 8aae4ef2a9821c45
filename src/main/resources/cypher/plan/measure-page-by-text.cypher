// A page of the root measure list, in the default order, for a filter every match of which contains one of some texts
// (Filters.measureTexts: a textContains, or one in each branch of an OR): CANDIDATES binds `m` to each measure whose
// text or title contains one of them, from the TEXT indexes (MeasureConditions.textCandidates, V0049). While they number under CAP, the page is the first of those that pass
// the whole filter (WHERE), by page key (V0045): O(matches), however many measures there are (issue 16). A text so
// frequent that CAP candidates are found fills a page within a short walk of the page keys instead, as
// plan/measure-page-keyed walks them (about LIMIT × measures / CAP of them): so a frequent text costs at most CAP
// candidates more than before. AFTER and SEEK_SKIP as in plan/measure-page-keyed; TOTAL is computed first.
// Returns one row: OUT, the map {total, page}.
WITH {{TOTAL}} AS total
CALL () {
  {{CANDIDATES}}
  WITH m LIMIT {{CAP}}
  RETURN collect(m) AS candidates
}
// The walk's upper bound is '' (an empty range: nothing read) unless CAP candidates were found; a filter on the count
// alone the planner applies after the seek, not before (seen in TextFilterProfileTest).
WITH total, candidates, {{AFTER}} AS low, '\u0002' AS high,
     CASE WHEN size(candidates) >= {{CAP}} THEN '\u0002' ELSE '' END AS walkHigh
CALL (candidates, low, high, walkHigh) {
  CALL (candidates, low, high, walkHigh) {
    WITH candidates, low, high WHERE size(candidates) < {{CAP}}
    UNWIND candidates AS m
    WITH m WHERE m.pageKey > low AND m.pageKey < high AND {{WHERE}}
    WITH m ORDER BY m.pageKey
    SKIP {{SEEK_SKIP}} LIMIT {{LIMIT}}
    RETURN m
  UNION
    WITH low, walkHigh
    MATCH {{KEYED_ANCHOR}}
    WHERE m.pageKey > low AND m.pageKey < walkHigh AND {{WHERE}}
    WITH m ORDER BY m.pageKey
    SKIP {{SEEK_SKIP}} LIMIT {{LIMIT}}
    RETURN m
  }
  WITH m ORDER BY m.pageKey
  RETURN collect({m: m, key: substring(m.pageKey, 1)}) AS rows
}
CALL (rows) {
  UNWIND rows AS row
  WITH row.m AS m, row.key AS pageKey
  RETURN collect(m {{{PROPERTIES}}, pageKey: pageKey}) AS page
}
RETURN {total: total, page: page} AS {{OUT}}
