MATCH (l:__SchemaMigrationLock {name: 'schema', owner: $owner})
DELETE l
