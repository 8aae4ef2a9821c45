// The migration runner's own bookkeeping (graph.SchemaMigrations), created before any versioned migration runs:
// one (:__SchemaMigration) per applied file, and one (:__SchemaMigrationLock) while a runner works.
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (n:__SchemaMigration) REQUIRE n.version IS UNIQUE;
CREATE CONSTRAINT schema_migration_lock_name IF NOT EXISTS FOR (n:__SchemaMigrationLock) REQUIRE n.name IS UNIQUE;
