// Take the one migration lock, or an expired one (its holder died); the uniqueness constraint on name serialises
// concurrent runners on this MERGE. `acquired` is true when the lock is now $owner's.
MERGE (l:__SchemaMigrationLock {name: 'schema'})
  ON CREATE SET l.owner = $owner, l.since = datetime(), l.expires = datetime() + duration({seconds: $leaseSeconds})
WITH l, l.owner <> $owner AND l.expires < datetime() AS expired
FOREACH (_ IN CASE WHEN expired THEN [1] ELSE [] END |
  SET l.owner = $owner, l.since = datetime(), l.expires = datetime() + duration({seconds: $leaseSeconds}))
RETURN l.owner = $owner AS acquired, l.owner AS owner, toString(l.since) AS since
