// A data migration, run once: relationships that list a measure under a parent and were written before V0040 get the
// page key that seed/measure-page-keys gives every relationship written since (the parent's id, then the measure's
// place in the default order: issue date, absent last; document; position in it; id; joined by U+0001). Until V0041
// this back-fill scanned every measure at each start. The key as of V0040: a later change of the key is a new
// migration that rewrites the keys, never an edit here (the checksum of this file is recorded); SchemaMigrationsTest
// checks that the two statements give the same keys. A few documents per transaction (CALL ... IN TRANSACTIONS, which
// the runner sends in an auto-commit transaction), so a graph of a million measures is not one transaction; a run cut
// short leaves the rest without keys and runs again whole, finding only those.
MATCH (m:Measure)-[r:LEADS|SUPPORTS|COORDINATES|CONCERNS|ADVANCES]-()
WHERE r.pageKey IS NULL
WITH DISTINCT m.documentId AS documentId
CALL (documentId) {
  MATCH (m:Measure {documentId: documentId})
  WITH m, '\u0001' + coalesce(m.issuedOn, '~') + '\u0001' + m.documentId + '\u0001'
          + right('0000000000' + toString(m.seq), 10) + '\u0001' + m.id AS place
  CALL (m, place) {
    MATCH (m)<-[r:LEADS|SUPPORTS|COORDINATES]-(parent:Department)
    SET r.pageKey = parent.id + place
  }
  CALL (m, place) {
    MATCH (m)-[r:CONCERNS|ADVANCES]->(parent)
    SET r.pageKey = parent.id + place
  }
} IN TRANSACTIONS OF 20 ROWS;
