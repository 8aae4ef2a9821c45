CALL () {
  MATCH (p:Park)
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Park)
  WITH p ORDER BY p.name, p.id
  SKIP $skip LIMIT $limit
  RETURN collect(p {.id, .name, .aliases}) AS page
}
RETURN total, page
