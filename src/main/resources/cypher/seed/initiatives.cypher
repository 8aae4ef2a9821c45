UNWIND $initiatives AS i
MERGE (n:Initiative {id: i.id})
SET n.name = i.name, n.aliases = i.aliases, n.note = i.note
