// Merges an uncurated department into a known one: its roles (with their provenance) move over, the spellings it was
// found under become editor aliases of the target (so later ingests resolve them to it), and the node goes.
MATCH (from:Department {id: $fromId}), (into:Department {id: $intoId})
CALL (from, into) {
  MATCH (from)-[r:LEADS]->(x)
  MERGE (into)-[n:LEADS]->(x)
  SET n += properties(r)
  DELETE r
  RETURN count(*) AS leads
}
CALL (from, into) {
  MATCH (from)-[r:SUPPORTS]->(x)
  MERGE (into)-[n:SUPPORTS]->(x)
  SET n += properties(r)
  DELETE r
  RETURN count(*) AS supports
}
CALL (from, into) {
  MATCH (from)-[r:COORDINATES]->(x)
  MERGE (into)-[n:COORDINATES]->(x)
  SET n += properties(r)
  DELETE r
  RETURN count(*) AS coordinates
}
WITH from, into, leads + supports + coordinates AS moved,
     [s IN [from.name] + coalesce(from.aliases, []) WHERE s <> into.name AND NOT s IN coalesce(into.aliases, [])] AS spellings
SET into.editorAliases = coalesce(into.editorAliases, []) + spellings,
    into.aliases = coalesce(into.aliases, []) + spellings
DETACH DELETE from
RETURN moved, spellings
