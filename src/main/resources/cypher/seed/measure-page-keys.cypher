// The page key of every relationship that lists a measure of the documents $documentIds under a parent — a
// department's LEADS, SUPPORTS and COORDINATES, a park's CONCERNS, an initiative's ADVANCES —: the parent's id, then
// the measure's place in the default order of those lists (issue date, absent last; document; position in it; id),
// the parts joined by U+0001, which sorts below every character they contain, so that comparing two keys as strings
// compares parent, date, document, position and id in turn (seq zero-padded to ten digits). Indexed by V0040; read
// by read/measures-keyed-page. Written after the document's links, in the same transaction. Relationships written
// before V0040 got the same keys once from the data migration V0041 (SchemaMigrationsTest compares the two).
UNWIND $documentIds AS documentId
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
