// Returns the initiatives linked to each of the given partners, topics or
// target groups, with the plan each belongs to and the version of the save
// that wrote it.
// param targetIds: LIST<STRING>
MATCH (i:Initiative)-[:INVOLVES|ABOUT|SERVES]->(t:Entity)
WHERE t.id IN $targetIds
RETURN DISTINCT t.id AS target, i.id AS id, i.plan AS plan, i.wgVersion AS version
