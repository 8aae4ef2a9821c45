// department(name:), park(name:), initiative(name:), metric(name:) and genericActor(name:) find a node by its canonical
// name or any of its aliases. `name = $n OR $n IN aliases` has no index to use (a range index holds a list as one
// value, not its elements), so the lookup scanned the label — thousands of uncurated bodies once hundreds of plans are
// in. A full-text index with the keyword analyzer holds each name and each alias as one exact term, so the lookup is
// one term query (read/plan RootFields.byName, which checks name and aliases again on the hits).
CREATE FULLTEXT INDEX name_lookup IF NOT EXISTS FOR (n:Department|Park|Initiative|Metric|GenericActor) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
