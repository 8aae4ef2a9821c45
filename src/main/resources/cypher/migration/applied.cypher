// Every migration recorded in the graph, oldest first.
MATCH (m:__SchemaMigration)
RETURN m.version AS version, m.name AS name, m.checksum AS checksum
ORDER BY version
