// Every role ($role: LEADS, SUPPORTS, COORDINATES or null for all) each department holds, on measures and on
// sections, with the text that states it; by document issue date, then document order. The slots are the whole
// objects as their shapes (read.shape) read them.
UNWIND $ids AS id
OPTIONAL MATCH (dept:Department {id: id})-[r:LEADS|SUPPORTS|COORDINATES]->(x)
WHERE (x:Measure OR x:Section) AND ($role IS NULL OR type(r) = $role)
OPTIONAL MATCH (doc:Document {id: x.documentId})
WITH id, dept, r, x, doc ORDER BY doc.issuedOn, x.documentId, x.seq, type(r)
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {
         role: type(r), documentId: r.documentId, location: r.location, quote: r.quote,
         department: {{DEPARTMENT}},
         measure: CASE WHEN x:Measure THEN {{MEASURE}} END,
         section: CASE WHEN x:Section THEN {{SECTION}} END,
         doc: {{DOCUMENT}}} END) AS items
