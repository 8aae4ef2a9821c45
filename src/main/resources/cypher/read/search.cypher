// Chinese full-text over measures and sections (cjk bigram analyzer); $query is escaped Lucene syntax.
CALL db.index.fulltext.queryNodes('text_search', $query, {limit: $limit})
YIELD node, score
RETURN score,
       CASE WHEN node:Measure THEN 'MEASURE' ELSE 'SECTION' END AS kind,
       node.id AS id, node.documentId AS documentId, node.title AS title, node.text AS text
ORDER BY score DESC, node.id
