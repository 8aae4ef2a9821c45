UNWIND $sections AS s
CREATE (n:Section {id: s.id})
SET n.documentId = s.documentId, n.label = s.label, n.title = s.title, n.text = s.text, n.order = s.order, n.seq = s.seq,
    n.location = s.location, n.quote = s.quote
