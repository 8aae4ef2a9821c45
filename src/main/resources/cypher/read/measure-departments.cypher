// Departments holding one role ($role: LEADS, SUPPORTS or COORDINATES) on each measure, with provenance.
UNWIND $ids AS id
OPTIONAL MATCH (dept:Department)-[r:LEADS|SUPPORTS|COORDINATES]->(:Measure {id: id})
WHERE $role IS NULL OR type(r) = $role
WITH id, dept, r ORDER BY type(r), dept.name
RETURN id, collect({department: dept {.id, .name, .aliases, .level, curated: coalesce(dept.curated, true)}, role: type(r),
                    documentId: r.documentId, location: r.location, quote: r.quote}) AS items
