// { metric(name: "服务外包规模") { id name series { year role period value unit indicator { id name periodFrom periodTo document { id } source { quote } metric { id } } } } }
CALL () {
  WITH head(COLLECT {
    CALL () {
      MATCH (n0:Metric {name: $p0}) RETURN n0
      UNION ALL
      OPTIONAL MATCH (n0_canonical:Metric {name: $p0}) WITH n0_canonical WHERE n0_canonical IS NULL
      CALL db.index.fulltext.queryNodes('name_lookup', $p1) YIELD node AS n0 WITH n0 WHERE n0:Metric AND $p0 IN n0.aliases RETURN n0
    }
    RETURN n0 ORDER BY CASE WHEN n0.name = $p0 THEN 0 ELSE 1 END, n0.id LIMIT 1
  }) AS n0
  RETURN n0 {id: n0.id, name: n0.name, series: COLLECT { MATCH (n0)<-[:OF_METRIC]-(n1:Indicator) WITH n1 ORDER BY n1.year IS NULL, n1.year, CASE n1.role WHEN 'ACTUAL' THEN 0 WHEN 'BASELINE' THEN 1 ELSE 2 END, n1.issuedOn, n1.documentId, n1.seq RETURN n1 {year: n1.year, role: coalesce(n1.role, CASE n1.comparator WHEN 'ACTUAL' THEN 'ACTUAL' ELSE 'TARGET' END), period: coalesce(n1.period, 'YEAR'), value: n1.value, unit: n1.unit, indicator: {id: n1.id, name: n1.name, periodFrom: n1.periodFrom, periodTo: n1.periodTo, document: head(COLLECT { MATCH (n2:Document {id: n1.documentId}) RETURN n2 {id: n2.id} LIMIT 1 }), source: {quote: coalesce(n1.quote, '')}, metric: head(COLLECT { MATCH (n1)-[:OF_METRIC]->(n3:Metric) RETURN n3 {id: n3.id} LIMIT 1 })}} }} AS r0
}
RETURN r0
// parameters: {p0=服务外包规模, p1="服务外包规模"}
