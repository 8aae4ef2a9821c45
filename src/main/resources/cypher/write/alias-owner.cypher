// The {{LABEL}} an alias is to be added to (by id, name or alias), whether it already has the alias, and which other
// {{LABEL}} nodes already use that spelling.
MATCH (n:{{LABEL}})
WHERE n.id = $owner OR n.name = $owner OR $owner IN coalesce(n.aliases, [])
WITH n ORDER BY CASE WHEN n.id = $owner THEN 0 WHEN n.name = $owner THEN 1 ELSE 2 END, n.id
WITH collect(n) AS owners
WITH owners, owners[0] AS n
OPTIONAL MATCH (other:{{LABEL}})
// a body found in a submitted plan (curated = false) does not block the spelling: it is merged into n (addAlias)
WHERE other <> n AND coalesce(other.curated, true) AND (other.name = $alias OR $alias IN coalesce(other.aliases, []))
RETURN n.id AS id, n.name AS name, n.place AS place, [o IN owners | o.id] AS candidates,
       n.name = $alias OR $alias IN coalesce(n.aliases, []) AS already, collect(other.name) AS usedBy
