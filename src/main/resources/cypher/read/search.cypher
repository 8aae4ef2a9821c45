// Chinese full-text over measures and sections (cjk bigram analyzer); $query is escaped Lucene syntax.
// Returns the matched node's PROPERTIES (graph.MeasureProperties: all, or what the query selects), so
// SearchHit.measure / .section need no second statement.
CALL db.index.fulltext.queryNodes('text_search', $query, {limit: $limit})
YIELD node, score
RETURN score,
       CASE WHEN node:Measure THEN 'MEASURE' ELSE 'SECTION' END AS kind,
       node {{{PROPERTIES}}} AS item
ORDER BY score DESC, node.id
