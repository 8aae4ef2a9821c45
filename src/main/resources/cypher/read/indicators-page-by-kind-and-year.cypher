// As indicators-page, for a filter on kind and year (the usual one): two passes over the index
// indicator_kind_year_position (V0004) cost less than one pass that holds every match — the count needs index
// entries only, and the page is a top-k sort on index-provided documentId, seq and id (at 40k measures: 4.5 against
// 17 ms of Neo4j CPU). The IS NOT NULL terms change no result (every Indicator has those properties); they let the
// planner use the composite index. Without a kind and a year term that index cannot serve, and one pass is cheaper.
CALL () {
  MATCH (i:Indicator)
  WHERE {{WHERE}} AND i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL
  RETURN count(i) AS total
}
CALL () {
  MATCH (i:Indicator)
  WHERE {{WHERE}} AND i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL
  WITH i ORDER BY {{ORDER}}
  SKIP $skip LIMIT $limit
  RETURN collect(i {.id, .documentId, .name, .value, .valueMax, .unit, .year, .kind, .comparator, .aspirational, .role, .period, .periodFrom, .periodTo, .printedUnit, .each,
                    .location, .quote}) AS page
}
RETURN total, page
