// The page key of every measure of the documents $documentIds (the root measure list's, V0045) and of every
// relationship that lists one under a parent — a department's LEADS, SUPPORTS and COORDINATES, a park's CONCERNS, an
// initiative's ADVANCES: the measure's place in the default order of those lists (issue date, absent last;
// document; position in it; id), the relationship's key prefixed with the parent's id. The parts are joined by
// U+0001, which sorts below every character they contain, so that comparing two keys as strings compares parent,
// date, document, position and id in turn (seq zero-padded to ten digits). Indexed by V0040 and V0045; read by
// plan/measure-page-keyed. Written after the document's links, in the same transaction. Keys written before V0040
// and V0045 came from the data migrations V0041 and V0045 (SchemaMigrationsTest compares them with this).
UNWIND $documentIds AS documentId
MATCH (m:Measure {documentId: documentId})
WITH m, '\u0001' + coalesce(m.issuedOn, '~') + '\u0001' + m.documentId + '\u0001'
        + right('0000000000' + toString(m.seq), 10) + '\u0001' + m.id AS place
SET m.pageKey = place
WITH m, place
CALL (m, place) {
  MATCH (m)<-[r:LEADS|SUPPORTS|COORDINATES]-(parent:Department)
  SET r.pageKey = parent.id + place
}
CALL (m, place) {
  MATCH (m)-[r:CONCERNS|ADVANCES]->(parent)
  SET r.pageKey = parent.id + place
}
