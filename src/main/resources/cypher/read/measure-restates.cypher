// The body Measure or Section a task-table row restates.
UNWIND $ids AS id
OPTIONAL MATCH (:Measure {id: id})-[r:RESTATES]->(target)
RETURN id, collect(CASE
    WHEN target:Measure THEN {kind: 'MEASURE', id: target.id, documentId: r.documentId, location: r.location, quote: r.quote}
    WHEN target:Section THEN {kind: 'SECTION', id: target.id, documentId: r.documentId, location: r.location, quote: r.quote}
  END) AS items
