// Writes a batch of INCLUDES relationships. Each row is {from, to, props};
// at most one INCLUDES joins two nodes.
// Generated from testdata/templates by go test -update.
// param rows: LIST<MAP>
UNWIND $rows AS row
MATCH (a:Entity) WHERE a.id = row.from
MATCH (b:Entity) WHERE b.id = row.to
MERGE (a)-[r:INCLUDES]->(b)
SET r = row.props
