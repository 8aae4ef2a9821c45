// The Measure or Section whose text states each indicator.
UNWIND $ids AS id
OPTIONAL MATCH (owner)-[:HAS_INDICATOR]->(:Indicator {id: id})
RETURN id,
       CASE WHEN owner:Measure THEN owner {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote} END AS measure,
       CASE WHEN owner:Section THEN owner {.id, .documentId, .label, .title, .text, .location, .quote} END AS section
