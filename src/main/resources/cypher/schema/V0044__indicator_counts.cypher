// The indicator counts that answer an indicator list's totalCount without counting (issue 16): one
// (:IndicatorCount {key, kind, year, count}) per kind and year (year absent for indicators without one), kept by
// seed/measure-counts in every write's own transaction. A filter by kind and year sums the few counts it covers
// instead of visiting every matching indicator (at 700,000 indicators, about 140,000 for a five-year range).
CREATE CONSTRAINT indicator_count_key IF NOT EXISTS FOR (c:IndicatorCount) REQUIRE c.key IS UNIQUE;
// A data migration, run once: absolute values, so a run cut short (or repeated) computes them again.
MATCH (i:Indicator)
WITH i.kind AS kind, i.year AS year, count(*) AS n
MERGE (c:IndicatorCount {key: kind + ':' + coalesce(toString(year), '')})
SET c.kind = kind, c.year = year, c.count = n;
