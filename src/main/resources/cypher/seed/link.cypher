// Template for one relationship type between two labels. {{TYPE}}, {{FROM}} and {{TO}} are replaced by
// names from the LinkType enum (never by input); values always travel as parameters.
UNWIND $links AS l
MATCH (a:{{FROM}} {id: l.fromId})
MATCH (b:{{TO}} {id: l.toId})
MERGE (a)-[r:{{TYPE}}]->(b)
SET r.documentId = l.documentId, r.location = l.location, r.quote = l.quote
