// Indicators stated in each Measure or Section, in text order.
UNWIND $ids AS id
OPTIONAL MATCH (measure:Measure {id: id})
OPTIONAL MATCH (section:Section {id: id})
WITH id, coalesce(measure, section) AS owner
OPTIONAL MATCH (owner)-[:HAS_INDICATOR]->(i:Indicator)
WITH id, i ORDER BY i.seq
RETURN id, collect(i {.id, .documentId, .name, .value, .valueMax, .unit, .year, .kind, .comparator, .aspirational, .role, .period, .periodFrom, .periodTo, .printedUnit, .each,
                      .location, .quote}) AS items
