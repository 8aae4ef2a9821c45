// { document(id: "003") { title measures(first: 20) { nodes { id number text leads { name } } } } }
CALL () {
  OPTIONAL MATCH (n0:Document {id: $p0})
  CALL (n0) {
    WITH n0.id AS id, -1 AS total
    CALL (id) {
      MATCH (m:Measure {documentId: id}) USING INDEX SEEK m:Measure(documentId, seq, id)
      WHERE (m.seq IS NOT NULL AND m.id IS NOT NULL AND true)
      WITH m ORDER BY m.documentId, m.seq, m.id
      SKIP $p2 LIMIT $p1
      RETURN collect(m) AS rows
    }
    CALL (rows) {
      UNWIND rows AS m
      RETURN collect(m {id: m.id, number: m.number, text: m.text, leads: COLLECT { MATCH (n1:Department)-[:LEADS]->(m) WITH n1 ORDER BY n1.name, n1.id RETURN n1 {id: n1.id, name: n1.name} }}) AS page
    }
    RETURN {total: total, page: page} AS c0
  }
  RETURN n0 {id: n0.id, title: coalesce(n0.title, n0.docNumber, n0.id), measures: c0} AS r0
}
RETURN r0
// parameters: {p0=003, p1=20, p2=0}
