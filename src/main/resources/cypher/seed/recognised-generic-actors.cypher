// Generic actors a document's roles name that no list holds, recognised from their parts
// (graph-seed/vocabulary/generic-actor-parts.tsv): flagged curated = false so that reloading the vocabulary keeps them.
// MERGE on the id (derived from the phrase), so every plan printing the phrase reaches the same node; a listed
// (curated) node is never touched.
UNWIND $actors AS g
MERGE (n:GenericActor {id: g.id})
ON CREATE SET n.curated = false, n.name = g.name, n.kind = g.kind, n.note = g.note
