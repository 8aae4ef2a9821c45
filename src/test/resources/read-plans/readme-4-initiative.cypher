// { initiative(name: "设计之都") { measures { nodes { document { issuedOn title } text source { quote } } } } }
CALL () {
  WITH head(COLLECT {
    CALL () {
      MATCH (n0:Initiative {name: $p0}) RETURN n0
      UNION ALL
      OPTIONAL MATCH (n0_canonical:Initiative {name: $p0}) WITH n0_canonical WHERE n0_canonical IS NULL
      CALL db.index.fulltext.queryNodes('name_lookup', $p1) YIELD node AS n0 WITH n0 WHERE n0:Initiative AND $p0 IN n0.aliases RETURN n0
    }
    RETURN n0 ORDER BY CASE WHEN n0.name = $p0 THEN 0 ELSE 1 END LIMIT 1
  }) AS n0
  CALL (n0) {
    WITH n0.id AS id, -1 AS total
    WITH id, total, id + $p3 AS low, id + '\u0002' AS high
    CALL (id, low, high) {
      MATCH (m)-[r:ADVANCES]->() USING INDEX SEEK r:ADVANCES(pageKey)
      WHERE r.pageKey > low AND r.pageKey < high AND true
      WITH m, r.pageKey AS key ORDER BY r.pageKey
      SKIP $p4 LIMIT $p2
      RETURN collect({m: m, key: substring(key, size(id) + 1)}) AS rows
    }
    CALL (rows) {
      UNWIND rows AS row
      WITH row.m AS m, row.key AS pageKey
      RETURN collect(m {id: m.id, document: head(COLLECT { MATCH (n1:Document {id: m.documentId}) RETURN n1 {id: n1.id, issuedOn: n1.issuedOn, title: coalesce(n1.title, n1.docNumber, n1.id)} LIMIT 1 }), text: m.text, source: {quote: coalesce(m.quote, '')}, pageKey: pageKey}) AS page
    }
    RETURN {total: total, page: page} AS c0
  }
  RETURN n0 {id: n0.id, measures: c0} AS r0
}
RETURN r0
// parameters: {p0=设计之都, p1="设计之都", p2=20, p3=, p4=0}
