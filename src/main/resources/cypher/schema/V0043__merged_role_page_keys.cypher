// A data migration, run once: until this release mergeDepartment moved a body's roles with their page keys unchanged,
// still prefixed with the merged-away body's id, so the target's pages (plan/measure-page-keyed) did not list them.
// Such a role gets the key seed/measure-page-keys gives (the department's id, then the measure's place), as
// write/department-merge now does. Only keys that do not start with their department's id change; a run cut short runs
// again whole and finds the rest.
MATCH (d:Department)-[r:LEADS|SUPPORTS|COORDINATES]->(m:Measure)
WHERE r.pageKey IS NOT NULL AND NOT r.pageKey STARTS WITH d.id + '\u0001'
CALL (d, r, m) {
  SET r.pageKey = d.id + '\u0001' + coalesce(m.issuedOn, '~') + '\u0001' + m.documentId + '\u0001'
                  + right('0000000000' + toString(m.seq), 10) + '\u0001' + m.id
} IN TRANSACTIONS OF 500 ROWS;
