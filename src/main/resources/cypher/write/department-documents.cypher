// The documents whose measures the department $id has a role on (LEADS, SUPPORTS, COORDINATES): those whose facet
// counts (seed/measure-facet-counts) change when its roles move to another department.
MATCH (:Department {id: $id})-[:LEADS|SUPPORTS|COORDINATES]->(m:Measure)
RETURN DISTINCT m.documentId AS documentId
