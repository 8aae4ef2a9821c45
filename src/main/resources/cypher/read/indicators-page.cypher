CALL () {
  MATCH (i:Indicator)
  WHERE {{WHERE}}
  RETURN count(i) AS total
}
CALL () {
  MATCH (i:Indicator)
  WHERE {{WHERE}}
  WITH i ORDER BY {{ORDER}}
  SKIP $skip LIMIT $limit
  RETURN collect(i {.id, .documentId, .name, .value, .valueMax, .unit, .year, .kind, .comparator, .aspirational,
                    .location, .quote}) AS page
}
RETURN total, page
