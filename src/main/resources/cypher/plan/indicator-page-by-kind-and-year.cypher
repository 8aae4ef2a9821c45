// One page of the indicators of a filter by kind and year, in position order, without reading every match (issue
// 16): the kinds and years the filter covers are the IndicatorCount nodes it matches (WHERE, over `i`); for each, the
// kind-year-position index (V0004) gives that kind and year's first SKIP + LIMIT indicators already in position
// order (kind and year are equal within it), and the page is the first of those. It costs O(kinds × years ×
// (SKIP + LIMIT)) however many indicators match. TOTAL is computed first; returns one row: OUT.
WITH {{PARENT_ID}} AS id, {{TOTAL}} AS total
CALL (id) {
  MATCH (i:IndicatorCount)
  WHERE {{WHERE}} AND i.count > 0 AND i.year IS NOT NULL
  WITH i.kind AS kind, i.year AS year
  CALL (kind, year) {
    // the hint: from statistics alone the planner sometimes seeks another index and sorts every match (seen in CI)
    MATCH (i:Indicator) USING INDEX SEEK i:Indicator(kind, year, documentId, seq, id)
    WHERE i.kind = kind AND i.year = year AND i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL
    WITH i ORDER BY i.kind, i.year, i.documentId, i.seq, i.id
    LIMIT {{SKIP}} + {{LIMIT}}
    RETURN i
  }
  WITH i ORDER BY i.documentId, i.seq, i.id
  SKIP {{SKIP}} LIMIT {{LIMIT}}
  RETURN collect(i) AS rows
}
CALL (rows) {
  UNWIND rows AS i
  RETURN collect(i {{{PROPERTIES}}}) AS page
}
RETURN {total: total, page: page} AS {{OUT}}
