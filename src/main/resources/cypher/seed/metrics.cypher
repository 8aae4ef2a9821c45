// The curated metrics (graph-seed/vocabulary/metrics.tsv), merged on id.
UNWIND $metrics AS m
MERGE (n:Metric {id: m.id})
SET n.name = m.name, n.kind = m.kind, n.aliases = m.aliases, n.note = m.note
