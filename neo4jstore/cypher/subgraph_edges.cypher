// Returns every relationship between the given nodes but FROM.
// param ids: LIST<STRING>
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) <> 'FROM'
RETURN a.id AS src, type(r) AS type, b.id AS dst, r.evidence AS evidence, r.line AS line, r.wgSeq AS seq
