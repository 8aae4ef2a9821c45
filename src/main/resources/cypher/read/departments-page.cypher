CALL () {
  MATCH (d:Department)
  WHERE {{WHERE}}
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Department)
  WHERE {{WHERE}}
  WITH d ORDER BY d.name, d.id
  SKIP $skip LIMIT $limit
  RETURN collect(d {.id, .name, .aliases, .level, curated: coalesce(d.curated, true)}) AS page
}
RETURN total, page
