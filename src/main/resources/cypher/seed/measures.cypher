UNWIND $measures AS m
MATCH (parent:Section {id: m.parentId})
CREATE (parent)-[:HAS_PART]->(n:Measure {id: m.id})
SET n.documentId = m.documentId, n.number = m.number, n.list = m.list, n.title = m.title, n.text = m.text,
    n.timeline = m.timeline, n.order = m.order, n.seq = m.seq, n.issuedOn = $issuedOn, n.location = m.location, n.quote = m.quote
