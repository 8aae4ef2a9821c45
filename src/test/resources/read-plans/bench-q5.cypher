// { indicators(filter: { yearFrom: 2025, yearTo: 2027, kind: [LEVEL, COUNT] }, first: 20, after: "cGc6MTk") { totalCount nodes { id name value unit year kind } } }
CALL () {
  WITH '' AS id, head(COLLECT { MATCH (i:IndicatorCount) WHERE (i.year >= $p0 AND i.year <= $p1 AND i.kind IN $p2) RETURN sum(i.count) AS n }) AS total
  CALL (id) {
    MATCH (i:IndicatorCount)
    WHERE (i.year >= $p0 AND i.year <= $p1 AND i.kind IN $p2) AND i.count > 0 AND i.year IS NOT NULL
    WITH i.kind AS kind, i.year AS year
    CALL (kind, year) {
      // the hint: from statistics alone the planner sometimes seeks another index and sorts every match (seen in CI)
      MATCH (i:Indicator) USING INDEX SEEK i:Indicator(kind, year, documentId, seq, id)
      WHERE i.kind = kind AND i.year = year AND i.documentId IS NOT NULL AND i.seq IS NOT NULL AND i.id IS NOT NULL
      WITH i ORDER BY i.kind, i.year, i.documentId, i.seq, i.id
      LIMIT $p4 + $p3
      RETURN i
    }
    WITH i ORDER BY i.documentId, i.seq, i.id
    SKIP $p4 LIMIT $p3
    RETURN collect(i) AS rows
  }
  CALL (rows) {
    UNWIND rows AS i
    RETURN collect(i {id: i.id, name: i.name, value: i.value, unit: i.unit, year: i.year, kind: i.kind}) AS page
  }
  RETURN {total: total, page: page} AS r0
}
RETURN r0
// parameters: {p0=2025, p1=2027, p2=[LEVEL, COUNT], p3=20, p4=20}
