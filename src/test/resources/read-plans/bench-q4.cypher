// { search(text: "服务外包", first: 20) { kind measure { id text } } }
CALL () {
  CALL db.index.fulltext.queryNodes('text_search', $p0, {limit: $p1})
  YIELD node AS n0, score
  WITH n0, score ORDER BY score DESC, n0.id
  RETURN collect({id: n0.id, kind: CASE WHEN n0:Measure THEN 'MEASURE' ELSE 'SECTION' END, measure: CASE WHEN n0:Measure THEN n0 {id: n0.id, text: n0.text} END}) AS r0
}
RETURN r0
// parameters: {p0="服务外包"^4 OR (服务外包), p1=20}
