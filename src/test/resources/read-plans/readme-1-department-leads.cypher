// { department(name: "市商务局") { name leads(first: 50) { totalCount nodes { id number text document { title docNumber } leads { name } supporters { name } roles { role department { name } source { location quote } } } } } }
CALL () {
  WITH head(COLLECT {
    CALL () {
      MATCH (n0:Department {name: $p0}) RETURN n0
      UNION ALL
      OPTIONAL MATCH (n0_canonical:Department {name: $p0}) WITH n0_canonical WHERE n0_canonical IS NULL
      CALL db.index.fulltext.queryNodes('name_lookup', $p1) YIELD node AS n0 WITH n0 WHERE n0:Department AND $p0 IN n0.aliases RETURN n0
    }
    RETURN n0 ORDER BY CASE WHEN n0.name = $p0 THEN 0 ELSE 1 END, CASE WHEN coalesce(n0.curated, true) THEN 0 ELSE 1 END, n0.id LIMIT 1
  }) AS n0
  CALL (n0) {
    WITH n0.id AS id, coalesce(n0.measuresLed, 0) AS total
    WITH id, total, id + $p3 AS low, id + '\u0002' AS high
    CALL (id, low, high) {
      MATCH ()-[r:LEADS]->(m) USING INDEX SEEK r:LEADS(pageKey)
      WHERE r.pageKey > low AND r.pageKey < high AND true
      WITH m, r.pageKey AS key ORDER BY r.pageKey
      SKIP $p4 LIMIT $p2
      RETURN collect({m: m, key: substring(key, size(id) + 1)}) AS rows
    }
    CALL (rows) {
      UNWIND rows AS row
      WITH row.m AS m, row.key AS pageKey
      RETURN collect(m {id: m.id, number: m.number, text: m.text, document: head(COLLECT { MATCH (n1:Document {id: m.documentId}) RETURN n1 {id: n1.id, title: coalesce(n1.title, n1.docNumber, n1.id), docNumber: n1.docNumber} LIMIT 1 }), leads: COLLECT { MATCH (n2:Department)-[:LEADS]->(m) WITH n2 ORDER BY n2.name, n2.id RETURN n2 {id: n2.id, name: n2.name} }, supporters: COLLECT { MATCH (n3:Department)-[:SUPPORTS]->(m) WITH n3 ORDER BY n3.name, n3.id RETURN n3 {id: n3.id, name: n3.name} }, roles: COLLECT { MATCH (:Department)-[n4:LEADS|SUPPORTS|COORDINATES]->(m) WITH n4 ORDER BY type(n4), startNode(n4).name RETURN n4 {role: type(n4), department: head(COLLECT { MATCH (n5:Department)-[n4]->() RETURN n5 {id: n5.id, name: n5.name} LIMIT 1 }), source: {location: coalesce(n4.location, ''), quote: coalesce(n4.quote, '')}} }, pageKey: pageKey}) AS page
    }
    RETURN {total: total, page: page} AS c0
  }
  RETURN n0 {id: n0.id, name: n0.name, leads: c0} AS r0
}
RETURN r0
// parameters: {p0=市商务局, p1="市商务局", p2=50, p3=, p4=0}
