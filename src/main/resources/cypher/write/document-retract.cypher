// Removes an ingested document with its sections, measures and indicators (and their relationships).
MATCH (d:Document {id: $id})
// generic actors recognised from their parts (curated = false) that give this plan a role: candidates to go with it
OPTIONAL MATCH (g:GenericActor {curated: false})-->(part)
WHERE (part:Section OR part:Measure) AND part.documentId = $id
WITH d, collect(DISTINCT g) AS recognised
OPTIONAL MATCH (n)
WHERE (n:Section OR n:Measure OR n:Indicator) AND n.documentId = $id
WITH d, recognised, labels(n)[0] AS label, collect(n) AS parts
FOREACH (part IN parts | DETACH DELETE part)
WITH d, recognised, collect({label: label, count: size(parts)}) AS removed
OPTIONAL MATCH (d)<-[incoming:CITES|IMPLEMENTS]-()
WITH d, recognised, removed, count(incoming) AS incomingReferences
DETACH DELETE d
// uncurated bodies first read from this plan go with it when no other plan gives them a role; those another plan still
// names take their provenance from one of its roles, so every uncurated body keeps a quote
WITH recognised, removed, incomingReferences
CALL () {
  MATCH (u:Department {curated: false, documentId: $id})
  OPTIONAL MATCH (u)-[r]->()
  WITH u, collect(r)[0] AS other
  FOREACH (_ IN CASE WHEN other IS NULL THEN [1] ELSE [] END | DELETE u)
  FOREACH (_ IN CASE WHEN other IS NULL THEN [] ELSE [1] END |
    SET u.documentId = other.documentId, u.location = other.location, u.quote = other.quote)
  RETURN count(*) AS uncurated
}
// the same for uncurated parks: a measure of another plan that still names one (CONCERNS) lends it its provenance
CALL () {
  MATCH (u:Park {curated: false, documentId: $id})
  OPTIONAL MATCH ()-[r:CONCERNS]->(u)
  WITH u, collect(r)[0] AS other
  FOREACH (_ IN CASE WHEN other IS NULL THEN [1] ELSE [] END | DELETE u)
  FOREACH (_ IN CASE WHEN other IS NULL THEN [] ELSE [1] END |
    SET u.documentId = other.documentId, u.location = other.location, u.quote = other.quote)
  RETURN count(*) AS uncuratedParks
}
// a recognised generic actor left without any role goes too (no plan names it any more); a listed (curated) one stays
CALL (recognised) {
  UNWIND recognised AS g
  WITH g
  WHERE NOT EXISTS { (g)--() }
  DELETE g
  RETURN count(*) AS recognisedActors
}
RETURN removed, incomingReferences
