// The indicator list's usual filter (kind and year) and its default order (document position) in one index: a
// filtered page is counted and ordered from index entries alone, without reading each match's properties
// (read/indicators-page-by-kind-and-year). Every Indicator has kind, documentId, seq and id (graph/SeedWriter writes them all).
CREATE INDEX indicator_kind_year_position IF NOT EXISTS FOR (n:Indicator) ON (n.kind, n.year, n.documentId, n.seq, n.id);
