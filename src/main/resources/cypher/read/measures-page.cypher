// One page of measures matching a filter, and how many match in all: one scan serves both.
MATCH (m:Measure)
WHERE {{WHERE}}
WITH m ORDER BY {{ORDER}}
WITH collect(m) AS rows
RETURN size(rows) AS total,
       [m IN rows[$skip..($skip + $limit)] | m {.id, .documentId, .number, .list, .title, .text, .timeline, .location, .quote}] AS page
