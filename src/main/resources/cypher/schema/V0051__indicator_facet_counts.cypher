// The facet counts of indicator lists filtered by kind and year (issue 16; seed/measure-counts keeps them from this
// release on, in every write's own transaction): one (:IndicatorFacetCount {key, kind, year, facet, value, count}) per
// kind, year, facet and value, for the facets comparators, units and documents (years and kinds are IndicatorCount's
// own). The facets of `indicators(filter: {kind, yearFrom, yearTo})` then sum the cells the filter covers instead of
// visiting every match (bench F2 at scale L: about 140,000 indicators for a five-year range of two kinds).
CREATE CONSTRAINT indicator_facet_count_key IF NOT EXISTS FOR (c:IndicatorFacetCount) REQUIRE c.key IS UNIQUE;
// A facet's cells within the filter's kinds and years: equality on the facet, a list of kinds, a range of years.
CREATE INDEX indicator_facet_count_scope IF NOT EXISTS FOR (c:IndicatorFacetCount) ON (c.facet, c.kind, c.year);
// A data migration, run once: every cell is cleared and added up again document by document, a few documents per
// transaction, exactly as the writer adds a document (SchemaMigrationsTest compares the two). A run cut short runs
// again whole, starting from the clearing.
MATCH (c:IndicatorFacetCount)
CALL (c) {
  DELETE c
} IN TRANSACTIONS OF 5000 ROWS;
MATCH (doc:Document)
WHERE EXISTS { (:Indicator {documentId: doc.id}) }
WITH doc.id AS documentId
CALL (documentId) {
  MATCH (i:Indicator {documentId: documentId})
  UNWIND [['comparators', i.comparator], ['units', i.unit], ['documents', documentId]] AS facet
  WITH i.kind AS kind, i.year AS year, facet[0] AS name, facet[1] AS value, count(*) AS n
  WHERE value IS NOT NULL
  WITH kind + ':' + coalesce(toString(year), '') + '|' + name + '|' + value AS key, kind, year, name, value, n
  ORDER BY key
  MERGE (c:IndicatorFacetCount {key: key})
  ON CREATE SET c.kind = kind, c.year = year, c.facet = name, c.value = value
  SET c.count = coalesce(c.count, 0) + n
} IN TRANSACTIONS OF 20 ROWS;
