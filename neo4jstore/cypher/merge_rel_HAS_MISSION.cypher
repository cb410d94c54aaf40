// Writes a batch of HAS_MISSION relationships. Each row is {from, to, props};
// at most one HAS_MISSION joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:HAS_MISSION]->(b)
SET r = row.props
