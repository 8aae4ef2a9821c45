// The root measure list in its default order as a range seek (issue 16): every Measure carries `pageKey`, its place
// in that order (issue date, absent last; document; position in it; id; each part after U+0001, seq zero-padded to
// ten digits) — the page key of the relationships that list it under a parent (V0040), without the parent's id. A
// page of `measures` is then the first keys after the cursor's, not a sort of every measure.
CREATE INDEX measure_page_key IF NOT EXISTS FOR (n:Measure) ON (n.pageKey);
// A data migration, run once: measures written before this version get the key seed/measure-page-keys gives every
// measure written since (SchemaMigrationsTest compares the two). A few documents per transaction, as V0041; a run cut
// short leaves the rest without keys and runs again whole, finding only those.
MATCH (m:Measure)
WHERE m.pageKey IS NULL
WITH DISTINCT m.documentId AS documentId
CALL (documentId) {
  MATCH (m:Measure {documentId: documentId})
  SET m.pageKey = '\u0001' + coalesce(m.issuedOn, '~') + '\u0001' + m.documentId + '\u0001'
          + right('0000000000' + toString(m.seq), 10) + '\u0001' + m.id
} IN TRANSACTIONS OF 20 ROWS;
