// { search(text: "服务外包", first: 10) { score kind snippet document { title } measure { id leads { name } } } }
CALL () {
  CALL db.index.fulltext.queryNodes('text_search', $p0, {limit: $p1})
  YIELD node AS n0, score
  WITH n0, score ORDER BY score DESC, n0.id
  RETURN collect({id: n0.id, score: score, kind: CASE WHEN n0:Measure THEN 'MEASURE' ELSE 'SECTION' END, snippet: {title: n0.title, text: n0.text}, document: head(COLLECT { MATCH (n1:Document {id: n0.documentId}) RETURN n1 {id: n1.id, title: coalesce(n1.title, n1.docNumber, n1.id)} LIMIT 1 }), measure: CASE WHEN n0:Measure THEN n0 {id: n0.id, leads: COLLECT { MATCH (n2:Department)-[:LEADS]->(n0) WITH n2 ORDER BY n2.name, n2.id RETURN n2 {id: n2.id, name: n2.name} }} END}) AS r0
}
RETURN r0
// parameters: {p0="服务外包"^4 OR (服务外包), p1=10}
