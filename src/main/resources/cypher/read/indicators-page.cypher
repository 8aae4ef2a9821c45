// One page of indicators matching a filter, and how many match in all: one scan serves both.
MATCH (i:Indicator)
WHERE {{WHERE}}
WITH i ORDER BY {{ORDER}}
WITH collect(i) AS rows
RETURN size(rows) AS total,
       [i IN rows[$skip..($skip + $limit)] | i {.id, .documentId, .name, .value, .valueMax, .unit, .year, .kind, .comparator,
                                                 .aspirational, .role, .period, .periodFrom, .periodTo, .printedUnit, .each, .location, .quote}] AS page
