// Pages of a parent's measures in key order (read/measures-keyed-page): each relationship that lists a measure under
// a department, park or initiative carries `pageKey` (seed/measure-page-keys: the parent's id, then the measure's
// place in the default order), so a page is a range seek on these indexes that stops after the page — no sort of
// every measure the parent has — and the next page continues from the last key (keyset cursor).
CREATE INDEX leads_page_key IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.pageKey);
CREATE INDEX supports_page_key IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.pageKey);
CREATE INDEX coordinates_page_key IF NOT EXISTS FOR ()-[r:COORDINATES]-() ON (r.pageKey);
CREATE INDEX concerns_page_key IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.pageKey);
CREATE INDEX advances_page_key IF NOT EXISTS FOR ()-[r:ADVANCES]-() ON (r.pageKey);
// A document's measures in document order (seq, then id) straight from the index: a page reads the page, not the
// whole document.
CREATE INDEX measure_document_position IF NOT EXISTS FOR (n:Measure) ON (n.documentId, n.seq, n.id);
