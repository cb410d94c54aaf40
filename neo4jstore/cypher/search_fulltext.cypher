// Returns the candidates of a search from the cjk full-text index. The
// query is Lucene syntax built from escaped terms (search.go).
// param query: STRING
CALL db.index.fulltext.queryNodes('wardgraph_text', $query) YIELD node
RETURN node AS n
