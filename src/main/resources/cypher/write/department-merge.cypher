// Merges an uncurated department into a known one: its roles (with their provenance) move over, the spellings it was
// found under become editor aliases of the target (so later ingests resolve them to it), and the node goes. A moved
// role's page key (seed/measure-page-keys) is re-prefixed with the target's id, and the target's measure counts
// (seed/measure-counts) grow by the roles on measures it did not hold already.
MATCH (from:Department {id: $fromId}), (into:Department {id: $intoId})
CALL (from, into) {
  MATCH (from)-[r:LEADS]->(x)
  WITH from, into, r, x, x:Measure AND NOT EXISTS { (into)-[:LEADS]->(x) } AS counted
  MERGE (into)-[n:LEADS]->(x)
  SET n += properties(r), n.pageKey = into.id + substring(r.pageKey, size(from.id))
  DELETE r
  RETURN count(*) AS leads, sum(CASE WHEN counted THEN 1 ELSE 0 END) AS leadsCounted
}
CALL (from, into) {
  MATCH (from)-[r:SUPPORTS]->(x)
  WITH from, into, r, x, x:Measure AND NOT EXISTS { (into)-[:SUPPORTS]->(x) } AS counted
  MERGE (into)-[n:SUPPORTS]->(x)
  SET n += properties(r), n.pageKey = into.id + substring(r.pageKey, size(from.id))
  DELETE r
  RETURN count(*) AS supports, sum(CASE WHEN counted THEN 1 ELSE 0 END) AS supportsCounted
}
CALL (from, into) {
  MATCH (from)-[r:COORDINATES]->(x)
  WITH from, into, r, x, x:Measure AND NOT EXISTS { (into)-[:COORDINATES]->(x) } AS counted
  MERGE (into)-[n:COORDINATES]->(x)
  SET n += properties(r), n.pageKey = into.id + substring(r.pageKey, size(from.id))
  DELETE r
  RETURN count(*) AS coordinates, sum(CASE WHEN counted THEN 1 ELSE 0 END) AS coordinatesCounted
}
SET into.measuresLed = coalesce(into.measuresLed, 0) + leadsCounted,
    into.measuresSupported = coalesce(into.measuresSupported, 0) + supportsCounted,
    into.measuresCoordinated = coalesce(into.measuresCoordinated, 0) + coordinatesCounted
WITH from, into, leads + supports + coordinates AS moved,
     [s IN [from.name] + coalesce(from.aliases, []) WHERE s <> into.name AND NOT s IN coalesce(into.aliases, [])] AS spellings
SET into.editorAliases = coalesce(into.editorAliases, []) + spellings,
    into.aliases = coalesce(into.aliases, []) + spellings
DETACH DELETE from
RETURN moved, spellings
