// A migration file has been applied completely: what, which bytes (checksum), when, by whom, how long it took.
CREATE (:__SchemaMigration {version: $version, name: $name, checksum: $checksum, appliedAt: datetime(),
                            appliedBy: $appliedBy, durationMs: $durationMs})
