// Chinese full-text over measures and sections (cjk bigram analyzer); $query is escaped Lucene syntax.
// Returns the whole matched node, so SearchHit.measure / .section need no second statement.
CALL db.index.fulltext.queryNodes('text_search', $query, {limit: $limit})
YIELD node, score
RETURN score,
       CASE WHEN node:Measure THEN 'MEASURE' ELSE 'SECTION' END AS kind,
       node {.id, .documentId, .number, .list, .label, .title, .text, .timeline, .location, .quote} AS item
ORDER BY score DESC, node.id
