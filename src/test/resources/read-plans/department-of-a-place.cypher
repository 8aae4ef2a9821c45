// { department(name: "市商务局", place: "连云港市") { id name place leads(first: 5) { totalCount nodes { id } } } }
CALL () {
  WITH head(COLLECT {
    CALL () {
      MATCH (n0:Department {name: $p0}) RETURN n0
      UNION ALL
      OPTIONAL MATCH (n0_canonical:Department {name: $p0}) WITH n0_canonical WHERE n0_canonical IS NULL
      CALL db.index.fulltext.queryNodes('name_lookup', $p1) YIELD node AS n0 WITH n0 WHERE n0:Department AND $p0 IN n0.aliases RETURN n0
    }
    WITH n0 WHERE (n0.place IS NULL AND coalesce(n0.curated, true)) OR $p2 STARTS WITH n0.place
    RETURN n0 ORDER BY CASE WHEN n0.name = $p0 THEN 0 ELSE 1 END, coalesce(size(n0.place), 0) DESC, CASE WHEN coalesce(n0.curated, true) THEN 0 ELSE 1 END, n0.id LIMIT 1
  }) AS n0
  CALL (n0) {
    WITH n0.id AS id, coalesce(n0.measuresLed, 0) AS total
    WITH id, total, id + $p4 AS low, id + '\u0002' AS high
    CALL (id, low, high) {
      MATCH ()-[r:LEADS]->(m) USING INDEX SEEK r:LEADS(pageKey)
      WHERE r.pageKey > low AND r.pageKey < high AND true
      WITH m, r.pageKey AS key ORDER BY r.pageKey
      SKIP $p5 LIMIT $p3
      RETURN collect({m: m, key: substring(key, size(id) + 1)}) AS rows
    }
    CALL (rows) {
      UNWIND rows AS row
      WITH row.m AS m, row.key AS pageKey
      RETURN collect(m {id: m.id, pageKey: pageKey}) AS page
    }
    RETURN {total: total, page: page} AS c0
  }
  RETURN n0 {id: n0.id, name: n0.name, place: n0.place, leads: c0} AS r0
}
RETURN r0
// parameters: {p0=市商务局, p1="市商务局", p2=连云港市, p3=5, p4=, p5=0}
