// Departments holding a role (LEADS, SUPPORTS, COORDINATES) on each section, with provenance.
UNWIND $ids AS id
OPTIONAL MATCH (dept:Department)-[r:LEADS|SUPPORTS|COORDINATES]->(:Section {id: id})
WITH id, dept, r ORDER BY type(r), dept.name
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {
         department: dept {.id, .name, .aliases, .level, curated: coalesce(dept.curated, true)}, role: type(r),
         documentId: r.documentId, location: r.location, quote: r.quote} END) AS items
