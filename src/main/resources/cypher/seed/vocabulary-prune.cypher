// Vocabulary entries removed from the files disappear from the graph with their relationships. Departments and parks
// found in submitted plans and generic actors recognised from their parts (curated = false) are not part of the files
// and stay.
MATCH (n)
WHERE (n:Department AND NOT n.id IN $departmentIds AND coalesce(n.curated, true))
   OR (n:Park AND NOT n.id IN $parkIds AND coalesce(n.curated, true))
   OR (n:Initiative AND NOT n.id IN $initiativeIds)
   OR (n:GenericActor AND NOT n.id IN $genericActorIds AND coalesce(n.curated, true))
DETACH DELETE n
