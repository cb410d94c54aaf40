// Returns the nodes with the given ids.
// param ids: LIST<STRING>
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n
