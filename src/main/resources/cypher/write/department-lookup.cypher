// Departments a name designates (id, canonical name or alias), best match first.
MATCH (d:Department)
WHERE d.id = $name OR d.name = $name OR $name IN coalesce(d.aliases, [])
RETURN d.id AS id, d.name AS name, coalesce(d.curated, true) AS curated, d.place AS place
// several places' bodies may share a name (市商务局 of 武汉市, curated, and of 连云港市, uncurated): curated first
ORDER BY CASE WHEN d.id = $name THEN 0 WHEN d.name = $name THEN 1 ELSE 2 END, coalesce(d.curated, true) DESC, d.id
