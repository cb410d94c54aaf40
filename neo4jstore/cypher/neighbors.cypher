// Returns the ids of the nodes one link away from the given ones, ignoring
// the direction of links and the provenance links (FROM).
// param ids: LIST<STRING>
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) <> 'FROM'
RETURN DISTINCT b.id AS id
