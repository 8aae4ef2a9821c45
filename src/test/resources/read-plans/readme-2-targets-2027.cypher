// { indicators(filter: {year: 2027}, first: 100) { totalCount nodes { name value valueMax unit kind comparator aspirational source { quote document { title } } } } }
CALL () {
  WITH '' AS id, head(COLLECT { MATCH (i:IndicatorCount) WHERE (i.year = $p0) RETURN sum(i.count) AS n }) AS total
  CALL (id) {
    MATCH (i:IndicatorCount)
    WHERE (i.year = $p0) AND i.count > 0 AND i.year IS NOT NULL
    WITH i.kind AS kind, i.year AS year
    CALL (kind, year) {
      // the hint: from statistics alone the planner sometimes seeks another index and sorts every match (seen in CI)
      MATCH (i:Indicator) USING INDEX SEEK i:Indicator(kind, year, documentId, seq, id)
      WHERE i.kind = kind AND i.year = year AND i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL
      WITH i ORDER BY i.kind, i.year, i.documentId, i.seq, i.id
      LIMIT $p2 + $p1
      RETURN i
    }
    WITH i ORDER BY i.documentId, i.seq, i.id
    SKIP $p2 LIMIT $p1
    RETURN collect(i) AS rows
  }
  CALL (rows) {
    UNWIND rows AS i
    RETURN collect(i {id: i.id, name: i.name, value: i.value, valueMax: i.valueMax, unit: i.unit, kind: i.kind, comparator: i.comparator, aspirational: coalesce(i.aspirational, false), source: {quote: coalesce(i.quote, ''), document: head(COLLECT { MATCH (n0:Document {id: i.documentId}) RETURN n0 {id: n0.id, title: coalesce(n0.title, n0.docNumber, n0.id)} LIMIT 1 })}}) AS page
  }
  RETURN {total: total, page: page} AS r0
}
RETURN r0
// parameters: {p0=2027, p1=100, p2=0}
